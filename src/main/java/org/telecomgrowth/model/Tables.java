package org.telecomgrowth.model;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Published table names and their column order, as ../shared/CONTRACT.md fixes them; one place for all. */
public final class Tables {
  private Tables() {}

  public static final String OBSERVATIONS = "observations";
  public static final String EVENTS = "events";
  public static final String DOCUMENTS = "documents";
  public static final String REJECTS = "rejects";
  public static final String UNRESOLVED = "unresolved";
  public static final String PROJECTIONS = "projections";

  public static final List<String> OBSERVATION_COLUMNS = List.of("doc_id", "metric", "value", "unit", "qualifier",
      "period_start", "period_end", "scope", "source", "section", "sentence_index", "sentence", "char_start",
      "char_end", "location");
  public static final List<String> EVENT_COLUMNS = List.of("doc_id", "period_start", "period_end", "category",
      "section", "sentence_index", "sentence", "char_start", "char_end");
  public static final List<String> DOCUMENT_COLUMNS = List.of("doc_id", "path", "title", "country_iso3", "chars",
      "sentences", "observations", "events", "document_date");
  public static final List<String> REJECT_COLUMNS = List.of("path", "reason");
  /** Numbers found but not published as observations, with the reason code (extract/Reasons). */
  public static final List<String> UNRESOLVED_COLUMNS = List.of("doc_id", "value", "unit", "reason", "section",
      "sentence_index", "sentence", "char_start", "char_end");

  /** Stable row orders (same input, same bytes). */
  public static final List<String> OBSERVATION_ORDER = List.of("doc_id", "char_start", "sentence_index", "metric",
      "value", "period_start");
  public static final List<String> EVENT_ORDER = List.of("doc_id", "char_start", "period_start", "category");
  public static final List<String> DOCUMENT_ORDER = List.of("doc_id", "path");
  public static final List<String> REJECT_ORDER = List.of("path", "reason");
  public static final List<String> UNRESOLVED_ORDER = List.of("doc_id", "char_start", "value", "reason");

  /** Selects bean properties (camelCase) under their contract names (snake_case), in contract order. */
  public static Dataset<Row> contractView(Dataset<?> beans, List<String> columns) {
    List<Column> cols = new ArrayList<>();
    for (String c : columns) {
      cols.add(col(camel(c)).as(c));
    }
    return beans.toDF().select(cols.toArray(new Column[0]));
  }

  static String camel(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char ch : snake.toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }
}
