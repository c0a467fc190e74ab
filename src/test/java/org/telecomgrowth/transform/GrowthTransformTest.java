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
    long days = ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to));
    double years = days / 365.25;
    Double cagr = note.isEmpty() || note.equals("conflicting bounds")
        ? Math.pow(toValue / fromValue, 1 / years) - 1 : null;
    Double doubling = cagr != null && cagr > 0 ? Math.log(2) / Math.log(1 + cagr) : null;
    // The flag, as the issue states it: under a year, across a break, above 300 % a year.
    List<String> flags = new java.util.ArrayList<>();
    if (days > 0 && days < 365) {
      flags.add("interval under one year");
    }
    if (crosses) {
      flags.add("crosses a regime break");
    }
    if (cagr != null && cagr > 3) {
      flags.add("CAGR above 300 %/yr");
    }
    return row(series, "PRK", "m", "national", "", kind, segment, d(from), d(to), fromValue, toValue, years, cagr,
        doubling, qualifier, crosses, interpolated, note, refs, String.join("; ", flags));
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
        // A whole-span CAGR never spans a regime break.
        g("s", "span", null, "2003-11-15", "2010-09-15", 20000, 301000, "exact", true, false,
            "spans a regime break", "d#6;d#8"),
        g("s", "segment", 0, "2003-11-15", "2003-11-15", 20000, 20000, "exact", false, false, "single point",
            "d#6"),
        g("s", "segment", 1, "2010-05-16", "2010-09-15", 120000, 301000, "at_most", false, false, "",
            "d#7;d#8")),
        growthOf("s", p("s", "2003-11-15", 20000, "exact", "d#6", 0),
            p("s", "2010-05-16", 120000, "at_least", "d#7", 1), p("s", "2010-09-15", 301000, "exact", "d#8", 1)));
  }

  @Test
  void aPairUnderOneYearAndAnExtremeRateAreFlagged() {
    // 1,000 to 100,000 in two years: x10 a year, 900 % a year -- real only for a launch, never a headline.
    Dataset<Row> g = growthOf("s", p("s", "2010-07-02", 1000, "exact", "d#1", 0),
        p("s", "2010-12-16", 1100, "exact", "d#2", 0), p("s", "2012-07-01", 100000, "exact", "d#3", 0));
    Row shortPair = g.filter(col("kind").equalTo("pair").and(col("to_date").equalTo(d("2010-12-16")))).first();
    org.junit.jupiter.api.Assertions.assertEquals("interval under one year", shortPair.getAs("flag"));
    Row span = g.filter(col("kind").equalTo("span")).first();
    org.junit.jupiter.api.Assertions.assertEquals("CAGR above 300 %/yr", span.getAs("flag"));
    org.junit.jupiter.api.Assertions.assertEquals(0L,
        g.filter(col("cagr").gt(3).and(col("flag").equalTo(""))).count());
  }

  @Test
  void standardWindowsTakeTheFirstAndLastPointInTheirYearsAndNeverSpanABreak() {
    Dataset<Row> points = session().createDataFrame(List.of(
        p("s", "2001-07-02", 100, "exact", "d#1", 0), p("s", "2010-07-02", 400, "exact", "d#2", 0),
        p("s", "2012-07-01", 500, "exact", "d#3", 1), p("s", "2019-07-02", 900, "exact", "d#4", 1),
        p("t", "2011-07-02", 10, "exact", "d#5", 0), p("t", "2013-07-02", 20, "exact", "d#6", 0)), POINTS);
    java.util.Map<String, Row> w = new java.util.HashMap<>();
    for (Row r : GrowthTransform.windows(points).collectAsList()) {
      w.put(r.getAs("series_id") + " " + r.getAs("window"), r);
    }
    org.junit.jupiter.api.Assertions.assertEquals(5, w.size(), w.keySet().toString());
    Row a = w.get("s 2000-2010");
    org.junit.jupiter.api.Assertions.assertEquals(Math.pow(4, 365.25 / 3287) - 1, a.<Double>getAs("cagr"), 1e-12);
    org.junit.jupiter.api.Assertions.assertEquals("", a.getAs("flag"));
    // 2010-2020 holds points of both segments: no rate.
    Row b = w.get("s 2010-2020");
    org.junit.jupiter.api.Assertions.assertNull(b.getAs("cagr"));
    org.junit.jupiter.api.Assertions.assertEquals("spans a regime break", b.getAs("note"));
    org.junit.jupiter.api.Assertions.assertEquals("crosses a regime break", b.getAs("flag"));
    Row c = w.get("s since_last_break");
    org.junit.jupiter.api.Assertions.assertEquals(d("2012-07-01"), c.getAs("from_date"));
    org.junit.jupiter.api.Assertions.assertEquals(Math.pow(900 / 500.0, 365.25 / 2557) - 1,
        c.<Double>getAs("cagr"), 1e-12);
    Row t = w.get("t 2010-2020");
    org.junit.jupiter.api.Assertions.assertEquals("covers under half the window", t.getAs("flag"));
    org.junit.jupiter.api.Assertions.assertEquals(TransformColumns.GROWTH_WINDOWS_COLUMNS,
        java.util.Arrays.asList(GrowthTransform.windows(points).columns()));
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
