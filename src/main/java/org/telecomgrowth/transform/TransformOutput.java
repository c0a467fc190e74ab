package org.telecomgrowth.transform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The transform tables to publish, in publish order, each with its stable row order. */
public final class TransformOutput {
  private final Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
  private final Map<String, List<String>> orders = new LinkedHashMap<>();

  public TransformOutput add(String name, Dataset<Row> rows, List<String> order) {
    tables.put(name, rows);
    orders.put(name, order);
    return this;
  }

  public Map<String, Dataset<Row>> tables() { return tables; }

  public Map<String, List<String>> orders() { return orders; }
}
