package org.telecomgrowth.transform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.telecomgrowth.transform.Fixtures.d;
import static org.telecomgrowth.transform.Fixtures.obs;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class QualityGatesTest extends TransformTestBase {

  private static final StructType SERIES = new StructType()
      .add("series_id", DataTypes.StringType).add("date", DataTypes.DateType)
      .add("value", DataTypes.DoubleType).add("unit", DataTypes.StringType)
      .add("evidence_ref", DataTypes.StringType);
  private static final StructType GROWTH = new StructType()
      .add("series_id", DataTypes.StringType).add("cagr", DataTypes.DoubleType);

  private Dataset<Row> observations() {
    return Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        obs("mobile_subscribers", 100, "count", "exact", "2010-01-01", "2010-12-31", "national", "", 1),
        obs("households_with_tv", 98, "percent", "exact", "2017-01-01", "2017-12-31", "national", "", 2));
  }

  private Dataset<Row> series(Row... rows) {
    return session().createDataFrame(List.of(rows), SERIES);
  }

  private Dataset<Row> growth(double cagr) {
    return session().createDataFrame(List.of(row("s", cagr)), GROWTH);
  }

  private QualityGateException failure(Dataset<Row> series, Dataset<Row> growth) {
    return assertThrows(QualityGateException.class, () -> QualityGates.check(observations(),
        Map.of(TransformColumns.SERIES, series, TransformColumns.GROWTH, growth)));
  }

  private static void assertNames(QualityGateException e, String rule, String table, String row) {
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(rule), e.getMessage());
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(table), e.getMessage());
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(row), e.getMessage());
  }

  @Test
  void cleanTablesPass() {
    assertDoesNotThrow(() -> QualityGates.check(observations(), Map.of(
        TransformColumns.SERIES, series(row("s", d("2010-07-02"), 100.0, "count", "doc#1"),
            row("t", d("2017-07-02"), 98.0, "percent", "doc#2;doc#1")),
        TransformColumns.GROWTH, growth(0.5))));
  }

  @Test
  void aNonFiniteValueStopsTheRun() {
    QualityGateException e = failure(series(row("s", d("2010-07-02"), 100.0, "count", "doc#1")),
        growth(Double.POSITIVE_INFINITY));
    assertNames(e, QualityGates.FINITE, TransformColumns.GROWTH, "Infinity");
  }

  @Test
  void aNegativeCountStopsTheRun() {
    QualityGateException e = failure(series(row("s", d("2010-07-02"), -100.0, "count", "doc#1")), growth(0.1));
    assertNames(e, QualityGates.NON_NEGATIVE_COUNTS, TransformColumns.SERIES, "-100.0");
  }

  @Test
  void aPercentageAboveOneHundredStopsTheRun() {
    QualityGateException e = failure(series(row("t", d("2017-07-02"), 101.0, "percent", "doc#2")), growth(0.1));
    assertNames(e, QualityGates.PERCENT_RANGE, TransformColumns.SERIES, "101.0");
  }

  @Test
  void aPointWithoutItsObservationStopsTheRun() {
    QualityGateException e = failure(series(row("s", d("2010-07-02"), 100.0, "count", "doc#1;doc#9")),
        growth(0.1));
    assertNames(e, QualityGates.TRACEABLE, TransformColumns.SERIES, "doc#9");
  }
}
