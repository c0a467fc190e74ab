package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.telecomgrowth.transform.Fixtures.obs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class PlausibilityTransformTest extends TransformTestBase {

  private static Row y(String metric, double value, String unit, int year, String source, int idx) {
    return obs(metric, value, unit, "exact", year + "-01-01", year + "-12-31", "national", source, idx);
  }

  /** value of each point (series source, year) -> its flag. */
  private Map<String, String> flags(Row... observations) {
    Dataset<Row> series = SeriesTransform.series(Fixtures.frame(session(), Fixtures.OBSERVATIONS, observations),
        Fixtures.documents(session(), "IND"));
    Dataset<Row> population = Fixtures.population(session(),
        RowFactory.create("IND", 2015, 1.3e9, "World Bank SP.POP.TOTL"));
    Dataset<Row> flagged = PlausibilityTransform.flag(series, population);
    assertEquals(TransformColumns.SERIES_COLUMNS, java.util.List.of(flagged.columns()));
    Map<String, String> out = new LinkedHashMap<>();
    for (Row r : flagged.orderBy("series_id", "date").collectAsList()) {
      out.put(r.<String>getAs("source") + " " + r.<java.sql.Date>getAs("date").toLocalDate().getYear() + " "
          + r.<String>getAs("metric"), r.getAs("flag"));
    }
    return out;
  }

  @Test
  void pointsThatBreakTheirSeriesScaleAreFlaggedWithTheReason() {
    Map<String, String> f = flags(
        // Counts around 100 million with a rank (150) among them, a per-100 figure typed as the count metric and a
        // figure above three people's worth of subscriptions each.
        y("mobile_subscribers", 100e6, "count", 2010, "a", 1),
        y("mobile_subscribers", 120e6, "count", 2011, "a", 2),
        y("mobile_subscribers", 150, "count", 2012, "a", 3),
        y("mobile_subscribers", 160e6, "count", 2013, "a", 4),
        y("mobile_subscribers", 75, "per_100_inhabitants", 2014, "a", 5),
        y("mobile_subscribers", 5e9, "count", 2015, "a", 6),
        // Early mobile growth of x5 a year is real.
        y("mobile_subscribers", 1000, "count", 1995, "b", 7),
        y("mobile_subscribers", 5000, "count", 1996, "b", 8),
        y("mobile_subscribers", 25000, "count", 1997, "b", 9),
        // The first point is the odd one: the walk starts from the median, not from the first point.
        y("fixed_lines", 3, "count", 2000, "c", 10),
        y("fixed_lines", 1e6, "count", 2001, "c", 11),
        y("fixed_lines", 1.5e6, "count", 2002, "c", 12),
        y("fixed_lines", 1.2e6, "count", 2003, "c", 13),
        // x20 within a year.
        y("internet_users", 1e6, "count", 2005, "d", 14),
        y("internet_users", 1.1e6, "count", 2006, "d", 15),
        y("internet_users", 22e6, "count", 2007, "d", 16),
        y("mobile_subscribers_per_100", 1110, "per_100_inhabitants", 2023, "e", 17),
        // A world rank typed as a count, in a year with a population: far below 1 per 100,000 people.
        y("internet_users", 13, "count", 2015, "f", 18),
        y("fixed_lines", 25e6, "count", 2015, "g", 19));

    assertEquals("", f.get("a 2010 mobile_subscribers"));
    assertEquals("", f.get("a 2011 mobile_subscribers"));
    assertEquals("fall to below a fifth a year against 2011-07-02 (120000000)", f.get("a 2012 mobile_subscribers"));
    assertEquals("", f.get("a 2013 mobile_subscribers"));
    assertEquals("per-100 value in a count series", f.get("a 2014 mobile_subscribers"));
    assertEquals("mobile subscribers above 3 x population", f.get("a 2015 mobile_subscribers"));
    assertEquals("", f.get("b 1995 mobile_subscribers"));
    assertEquals("", f.get("b 1996 mobile_subscribers"));
    assertEquals("", f.get("b 1997 mobile_subscribers"));
    assertEquals("below a tenth a year of the next point against 2001-07-02 (1000000)", f.get("c 2000 fixed_lines"));
    assertEquals("", f.get("c 2001 fixed_lines"));
    assertEquals("", f.get("c 2003 fixed_lines"));
    assertEquals("rise of more than x10 a year against 2006-07-02 (1100000)", f.get("d 2007 internet_users"));
    assertEquals("mobile subscribers above 3 x population", f.get("e 2023 mobile_subscribers_per_100"));
    assertEquals("fewer than 1 per 100,000 inhabitants", f.get("f 2015 internet_users"));
    assertEquals("", f.get("g 2015 fixed_lines"));
  }

  @Test
  void flaggedPointsStayOutOfGrowthSoNoUnflaggedRateExceeds300PercentAYear() {
    Dataset<Row> series = SeriesTransform.series(Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        y("mobile_subscribers", 100e6, "count", 2010, "", 1),
        y("mobile_subscribers", 150, "count", 2012, "", 2),
        y("mobile_subscribers", 160e6, "count", 2014, "", 3)), Fixtures.documents(session(), "IND"));
    Dataset<Row> flagged = PlausibilityTransform.flag(series, Fixtures.population(session()));
    Dataset<Row> plausible = PlausibilityTransform.plausible(flagged);
    Dataset<Row> growth = GrowthTransform.growth(RegimeBreakTransform.segments(plausible,
        RegimeBreakTransform.breaks(Fixtures.frame(session(), Fixtures.EVENTS), Fixtures.documents(session(), "IND"))));
    assertEquals(0, growth.filter(col("from_value").equalTo(150.0).or(col("to_value").equalTo(150.0))).count());
    assertEquals(0, growth.filter(col("cagr").gt(3).and(col("flag").equalTo(""))).count());
    assertEquals(1, growth.filter(col("kind").equalTo("pair")).count());
  }
}
