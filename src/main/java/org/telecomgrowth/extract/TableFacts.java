package org.telecomgrowth.extract;

import java.util.List;
import org.telecomgrowth.extract.formats.DocumentModel;
import org.telecomgrowth.extract.table.Table;
import org.telecomgrowth.model.Observation;

/**
 * Where a document's tables meet the fact extractor: the {@link FactExtractor} reads the tables a format reader
 * found (cell by cell, through the {@link org.telecomgrowth.extract.table.TableExtractor}) and the prose with those
 * tables' spans left out; then every prose figure of a paged document gets its page as {@code location} (a table
 * cell already has its cell reference).
 */
public final class TableFacts {
  private TableFacts() {}

  /** Prose and table facts of one document, observations located. */
  public static FactExtractor.Facts extract(String docId, DocumentLayout layout, DocumentModel model,
      List<String> countryNames, DocumentDate documentDate) {
    List<Table> tables = model.tables();
    DocumentLayout prose = tables.isEmpty() ? layout
        : layout.withoutSpans(tables.stream().map(t -> new int[] {t.charStart(), t.charEnd()}).toList());
    FactExtractor.Facts facts = new FactExtractor(docId, prose, countryNames, tables, documentDate).extract();
    for (Observation o : facts.observations()) {
      locate(o, model);
    }
    for (Observation o : facts.projections()) {
      locate(o, model);
    }
    return facts;
  }

  private static void locate(Observation o, DocumentModel model) {
    if (o.getLocation() == null || o.getLocation().isEmpty()) {
      int page = model.pageAt(o.getCharStart());
      o.setLocation(page > 0 ? "page " + page : "");
    }
  }
}
