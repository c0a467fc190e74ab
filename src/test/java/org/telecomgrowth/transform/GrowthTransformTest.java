package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.telecomgrowth.transform.Fixtures.d;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class GrowthTransformTest extends TransformTestBase {

  private static final StructType POINTS = new StructType()
      .add("series_id", DataTypes.StringType).add("country_iso3", DataTypes.StringType)
      .add("metric", DataTypes.StringType).add("scope", DataTypes.StringType).add("source", DataTypes.StringType)
      .add("date", DataTypes.DateType).add("value", DataTypes.DoubleType).add("qualifier", DataTypes.StringType)
      .add("evidence_ref", DataTypes.StringType).add("segment", DataTypes.IntegerType);

  private static Row p(String series, String date, double value, String qualifier, String ref, int segment) {
    return row(series, "PRK", "m", "national", "", d(date), value, qualifier, ref, segment);
  }

  /** An expected growth row; years, cagr and doubling time from the formulas unless a note says why not. */
  private static Row g(String series, String kind, Integer segment, String from, String to, double fromValue,
      double toValue, String qualifier, boolean crosses, boolean interpolated, String note, String refs) {
    double years = ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to)) / 365.25;
    Double cagr = note.isEmpty() || note.equals("conflicting bounds")
        ? Math.pow(toValue / fromValue, 1 / years) - 1 : null;
    Double doubling = cagr != null && cagr > 0 ? Math.log(2) / Math.log(1 + cagr) : null;
    return row(series, "PRK", "m", "national", "", kind, segment, d(from), d(to), fromValue, toValue, years, cagr,
        doubling, qualifier, crosses, interpolated, note, refs);
  }

  private Dataset<Row> growthOf(String series, Row... points) {
    return GrowthTransform.growth(session().createDataFrame(List.of(points), POINTS))
        .filter(col("series_id").equalTo(series));
  }

  private void assertGrowth(List<Row> expected, Dataset<Row> actual) {
    assertTable(TransformColumns.GROWTH_COLUMNS, expected, actual, "kind", "segment", "from_date", "to_date",
        "from_value");
  }

  @Test
  void aSinglePointSeriesHasNoRateAndSaysWhy() {
    assertGrowth(List.of(
        g("s", "span", null, "2010-07-02", "2010-07-02", 500, 500, "exact", false, false, "single point", "d#1"),
        g("s", "segment", 0, "2010-07-02", "2010-07-02", 500, 500, "exact", false, false, "single point", "d#1")),
        growthOf("s", p("s", "2010-07-02", 500, "exact", "d#1", 0)));
  }

  @Test
  void twoPointsOnTheSameDateHaveNoRate() {
    assertGrowth(List.of(
        g("s", "pair", 0, "2011-07-02", "2011-07-02", 100, 120, "exact", false, false, "same date", "d#2;d#3"),
        g("s", "span", null, "2011-07-02", "2011-07-02", 100, 120, "exact", false, false, "same date", "d#2;d#3"),
        g("s", "segment", 0, "2011-07-02", "2011-07-02", 100, 120, "exact", false, false, "same date",
            "d#2;d#3")),
        growthOf("s", p("s", "2011-07-02", 120, "exact", "d#3", 0), p("s", "2011-07-02", 100, "exact", "d#2", 0)));
  }

  @Test
  void aZeroStartHasNoRateAndNoInterpolation() {
    String why = "start value not positive";
    assertGrowth(List.of(
        g("s", "pair", 0, "2010-07-02", "2012-07-01", 0, 50, "exact", false, false, why, "d#4;d#5"),
        g("s", "span", null, "2010-07-02", "2012-07-01", 0, 50, "exact", false, false, why, "d#4;d#5"),
        g("s", "segment", 0, "2010-07-02", "2012-07-01", 0, 50, "exact", false, false, why, "d#4;d#5")),
        growthOf("s", p("s", "2010-07-02", 0, "exact", "d#4", 0), p("s", "2012-07-01", 50, "exact", "d#5", 0)));
  }

  @Test
  void aPairAcrossABreakIsFlaggedAndLeftOutOfSegmentRatesBoundsCarried() {
    assertGrowth(List.of(
        // From an at_least end the rate is at_least; from an at_least start it is at_most.
        g("s", "pair", null, "2003-11-15", "2010-05-16", 20000, 120000, "at_least", true, false, "", "d#6;d#7"),
        g("s", "pair", 1, "2010-05-16", "2010-09-15", 120000, 301000, "at_most", false, false, "", "d#7;d#8"),
        g("s", "span", null, "2003-11-15", "2010-09-15", 20000, 301000, "exact", true, false, "", "d#6;d#8"),
        g("s", "segment", 0, "2003-11-15", "2003-11-15", 20000, 20000, "exact", false, false, "single point",
            "d#6"),
        g("s", "segment", 1, "2010-05-16", "2010-09-15", 120000, 301000, "at_most", false, false, "",
            "d#7;d#8")),
        growthOf("s", p("s", "2003-11-15", 20000, "exact", "d#6", 0),
            p("s", "2010-05-16", 120000, "at_least", "d#7", 1), p("s", "2010-09-15", 301000, "exact", "d#8", 1)));
  }

  @Test
  void yearOverYearOnTheLogLinearAnnualSeries() {
    // 100 at mid-2010 and 121 at mid-2012 (730 days): the mid-2011 point is 100 * 1.21^(365/730) = 110.
    assertGrowth(List.of(
        g("s", "pair", 0, "2010-07-02", "2012-07-01", 100, 121, "at_least", false, false, "", "d#9;d#10"),
        g("s", "span", null, "2010-07-02", "2012-07-01", 100, 121, "at_least", false, false, "", "d#9;d#10"),
        g("s", "segment", 0, "2010-07-02", "2012-07-01", 100, 121, "at_least", false, false, "", "d#9;d#10"),
        g("s", "yoy", 0, "2010-07-02", "2011-07-02", 100, 110, "at_least", false, true, "", "d#9;d#10"),
        // Both ends lower bounds: the rate could move either way.
        g("s", "yoy", 0, "2011-07-02", "2012-07-01", 110, 121, "approx", false, true, "conflicting bounds",
            "d#9;d#10")),
        growthOf("s", p("s", "2010-07-02", 100, "exact", "d#9", 0), p("s", "2012-07-01", 121, "at_least", "d#10", 0)));
  }
}
