package org.telecomgrowth.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.telecomgrowth.SparkTestBase;

/** Spark test base for transforms: expected rows compared with spark-testing-base after a stable sort. */
abstract class TransformTestBase extends SparkTestBase {

  /** Published types of every transform column (DateType dates, DoubleType values, BooleanType flags). */
  static final Map<String, DataType> TYPES = Map.ofEntries(
      Map.entry("date", DataTypes.DateType), Map.entry("period_start", DataTypes.DateType),
      Map.entry("period_end", DataTypes.DateType), Map.entry("from_date", DataTypes.DateType),
      Map.entry("to_date", DataTypes.DateType), Map.entry("date_a", DataTypes.DateType),
      Map.entry("date_b", DataTypes.DateType), Map.entry("t0", DataTypes.DateType),
      Map.entry("value", DataTypes.DoubleType), Map.entry("from_value", DataTypes.DoubleType),
      Map.entry("to_value", DataTypes.DoubleType), Map.entry("years", DataTypes.DoubleType),
      Map.entry("cagr", DataTypes.DoubleType), Map.entry("doubling_time_years", DataTypes.DoubleType),
      Map.entry("value_a", DataTypes.DoubleType), Map.entry("value_b", DataTypes.DoubleType),
      Map.entry("relative_difference", DataTypes.DoubleType), Map.entry("k", DataTypes.DoubleType),
      Map.entry("r", DataTypes.DoubleType), Map.entry("r2", DataTypes.DoubleType),
      Map.entry("rmse", DataTypes.DoubleType), Map.entry("fitted_value", DataTypes.DoubleType),
      Map.entry("segment", DataTypes.IntegerType), Map.entry("year", DataTypes.IntegerType),
      Map.entry("days_apart", DataTypes.IntegerType), Map.entry("n_points", DataTypes.IntegerType),
      Map.entry("crosses_break", DataTypes.BooleanType), Map.entry("interpolated", DataTypes.BooleanType),
      Map.entry("estimated", DataTypes.BooleanType), Map.entry("forecast", DataTypes.BooleanType),
      Map.entry("break_date", DataTypes.DateType), Map.entry("ban_start", DataTypes.DateType),
      Map.entry("ban_end", DataTypes.DateType), Map.entry("documents", DataTypes.IntegerType));

  static DataType typeOf(String column) {
    return TYPES.getOrDefault(column, DataTypes.StringType);
  }

  /**
   * Asserts that {@code actual} has exactly {@code columns} with the published types and holds {@code expected}
   * (any order; both sorted by {@code order}), doubles equal within 1e-9.
   */
  void assertTable(List<String> columns, List<Row> expected, Dataset<Row> actual, String... order) {
    assertEquals(columns, Arrays.asList(actual.columns()));
    for (StructField f : actual.schema().fields()) {
      assertEquals(typeOf(f.name()), f.dataType(), "type of " + f.name());
    }
    Column[] by = Arrays.stream(order).map(functions::col).map(Column::asc_nulls_first).toArray(Column[]::new);
    Dataset<Row> exp = session().createDataFrame(expected, actual.schema()).orderBy(by);
    assertEquals(expected.size(), actual.count(), "row count");
    Dataset<Row> act = actual.orderBy(by);
    try {
      assertDataFrameApproximateEquals(exp, act, 1e-9);
    } catch (AssertionError e) {
      // Test tables are a handful of rows: show both so a failure explains itself.
      throw new AssertionError(e.getMessage() + "\nexpected: " + exp.collectAsList() + "\nactual:   "
          + act.collectAsList(), e);
    }
  }

  static Row row(Object... cells) {
    return org.apache.spark.sql.RowFactory.create(cells);
  }
}
