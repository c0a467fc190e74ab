package org.telecomgrowth.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Collects a small, already aggregated Dataset and sorts it on the driver, in the order Spark's
 * {@code orderBy(col(c).asc_nulls_first(), ...)} gives it. A global {@code orderBy} without a limit plans a range
 * partitioning, which first samples its input in a Spark job of its own (recomputing it); a few hundred rows are
 * sorted faster where they land.
 *
 * <p>Values compare as Spark compares them: strings by code point (UTF-8 byte order), doubles and floats with NaN
 * above every number and -0.0 equal to 0.0, other values by their natural order; nulls first.
 */
public final class DriverOrder {
  private DriverOrder() {}

  /** The rows of {@code rows}, sorted by {@code columns} ascending, nulls first. */
  public static List<Row> collect(Dataset<Row> rows, String... columns) {
    List<Row> out = new ArrayList<>(rows.collectAsList());
    out.sort(by(columns));
    return out;
  }

  /** The comparator: each column ascending, nulls first, ties broken by the next column. */
  public static Comparator<Row> by(String... columns) {
    Comparator<Row> c = (a, b) -> 0;
    for (String name : columns) {
      c = c.thenComparing((a, b) -> compare(a.get(a.fieldIndex(name)), b.get(b.fieldIndex(name))));
    }
    return c;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof String s && b instanceof String t) {
      return TablePublisher.compareCodePoints(s, t); // UTF-8 byte order, as Spark's
    }
    if (a instanceof Double x && b instanceof Double y) {
      return doubles(x, y);
    }
    if (a instanceof Float x && b instanceof Float y) {
      return doubles(x.doubleValue(), y.doubleValue());
    }
    return ((Comparable) a).compareTo(b);
  }

  /** Spark's order of doubles: -0.0 equals 0.0, NaN equals NaN and sorts above every number. */
  static int doubles(double x, double y) {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.isNaN(x) ? (Double.isNaN(y) ? 0 : 1) : -1;
    }
    return x < y ? -1 : x > y ? 1 : 0;
  }
}
