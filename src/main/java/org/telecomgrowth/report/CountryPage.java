package org.telecomgrowth.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * One country's page inputs, cut from one row of {@link CorpusInputs#pages}: each field an array of that table's
 * rows for the country, already filtered, ordered and capped in Spark.
 */
final class CountryPage implements PageInputs {
  private final String entity;
  private final Row row;

  CountryPage(Row row) {
    this.row = row;
    this.entity = row.getAs("entity");
  }

  String entity() {
    return entity;
  }

  private List<Row> list(String field) {
    int i = row.fieldIndex(field);
    if (row.isNullAt(i)) {
      return List.of();
    }
    return new ArrayList<>(row.<Row>getList(i));
  }

  @Override
  public List<Row> documents() {
    return list(CorpusInputs.DOCUMENTS);
  }

  @Override
  public List<Row> series(String metric) {
    return list(CorpusInputs.SERIES);
  }

  @Override
  public List<Row> fits(String metric) {
    return list(CorpusInputs.FITS);
  }

  @Override
  public List<Row> breaks() {
    return list(CorpusInputs.BREAKS);
  }

  @Override
  public List<Row> events() {
    return list(CorpusInputs.EVENTS);
  }

  @Override
  public List<Row> growth(String metric) {
    return list(CorpusInputs.GROWTH);
  }

  @Override
  public List<Row> growthTable() {
    return list(CorpusInputs.GROWTH_TABLE);
  }

  @Override
  public List<Row> penetration() {
    return list(CorpusInputs.PENETRATION);
  }

  @Override
  public List<Row> conflicts() {
    return list(CorpusInputs.CONFLICTS);
  }

  @Override
  public List<Row> heldBack() {
    return list(CorpusInputs.HELD_BACK);
  }

  @Override
  public List<Row> observations(Collection<String> refs) {
    Set<String> wanted = new HashSet<>(refs);
    return list(CorpusInputs.OBSERVATIONS).stream()
        .filter(r -> wanted.contains(RowValues.str(r, "doc_id") + "#" + RowValues.str(r, "sentence_index")))
        .toList();
  }
}
