package org.telecomgrowth.report;

import java.time.LocalDate;
import java.util.Arrays;
import org.apache.spark.sql.Row;

/**
 * Null-tolerant typed reads of a Row by column name. The transform tables are built in parallel to their spec, so
 * the report accepts any numeric type for a number and a Date, LocalDate or ISO string for a date, and treats a
 * missing column like a null cell instead of failing the whole report.
 */
final class RowValues {
  private RowValues() {}

  static boolean has(Row r, String column) {
    return r.schema() != null && Arrays.asList(r.schema().fieldNames()).contains(column);
  }

  private static Object raw(Row r, String column) {
    if (!has(r, column)) {
      return null;
    }
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? null : r.get(i);
  }

  static String str(Row r, String column) {
    Object v = raw(r, column);
    return v == null ? "" : v.toString();
  }

  static Double dbl(Row r, String column) {
    Object v = raw(r, column);
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof String && !((String) v).isBlank()) {
      try {
        return Double.parseDouble((String) v);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static Integer integer(Row r, String column) {
    Double d = dbl(r, column);
    return d == null ? null : (int) Math.round(d);
  }

  static boolean bool(Row r, String column) {
    Object v = raw(r, column);
    return v instanceof Boolean ? (Boolean) v : v != null && "true".equalsIgnoreCase(v.toString());
  }

  static LocalDate date(Row r, String column) {
    Object v = raw(r, column);
    if (v instanceof java.sql.Date) {
      return ((java.sql.Date) v).toLocalDate();
    }
    if (v instanceof LocalDate) {
      return (LocalDate) v;
    }
    if (v instanceof java.sql.Timestamp) {
      return ((java.sql.Timestamp) v).toLocalDateTime().toLocalDate();
    }
    if (v instanceof String && ((String) v).length() >= 10) {
      return LocalDate.parse(((String) v).substring(0, 10));
    }
    return null;
  }
}
