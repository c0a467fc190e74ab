package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.telecomgrowth.transform.Fixtures.d;
import static org.telecomgrowth.transform.Fixtures.obs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SeriesTransformTest extends TransformTestBase {

  @Test
  void pointsAtPeriodMidpointsOneSeriesPerSourceDuplicatesCollapsed() {
    Dataset<Row> observations = Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        obs("mobile_subscribers", 432000, "count", "exact", "2010-12-01", "2010-12-31", "national", "Orascom", 8),
        // The same fact restated later in the text: one point, both sentences as evidence.
        obs("mobile_subscribers", 432000, "count", "approx", "2010-12-01", "2010-12-31", "national", "Orascom", 12),
        // Another figure for the same country, metric, scope and date: one published point; this one loses.
        obs("mobile_subscribers", 430000, "count", "exact", "2010-12-01", "2010-12-31", "national", null, 9),
        obs("mobile_subscribers", 3000000, "count", "exact", "2015-01-01", "2015-12-31", "national", "", 11),
        obs("mobile_subscribers", 1000000, "count", "at_least", "2012-02-01", "2012-02-29", "national",
            "Orascom", 13),
        // No period: cannot be placed in time.
        obs("fixed_lines_household_share", 10, "percent", "approx", null, null, "national", "", 10));

    Dataset<Row> series = SeriesTransform.series(observations, Fixtures.documents(session(), "PRK"));

    String orascom = "PRK|mobile_subscribers|national|Orascom";
    String unattributed = "PRK|mobile_subscribers|national|";
    assertTable(SeriesTransform.POINT_COLUMNS, List.of(
        row("doc", "PRK", "mobile_subscribers", "national", "Orascom", orascom, d("2010-12-16"), d("2010-12-01"),
            d("2010-12-31"), 432000.0, "count", "exact", "doc#8;doc#12"),
        row("doc", "PRK", "mobile_subscribers", "national", "Orascom", orascom, d("2012-02-15"), d("2012-02-01"),
            d("2012-02-29"), 1000000.0, "count", "at_least", "doc#13"),
        row("doc", "PRK", "mobile_subscribers", "national", "", unattributed, d("2015-07-02"), d("2015-01-01"),
            d("2015-12-31"), 3000000.0, "count", "exact", "doc#11")),
        series, "series_id", "date");
  }

  /**
   * One figure stated for a year and again for a month of that year by the same source is one point (the month's,
   * with both sentences); a different value, a different source or a month of another year stays apart.
   */
  @Test
  void aYearAndAMonthInsideItWithTheSameValueAreOnePoint() {
    Dataset<Row> observations = Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        obs("mobile_subscribers", 2_750_000, "count", "approx", "2018-01-01", "2018-12-31", "national", "", 4),
        obs("mobile_subscribers", 2_750_000, "count", "approx", "2018-06-01", "2018-06-30", "national", "", 7),
        // Same value from another source: another series, left alone.
        obs("mobile_subscribers", 2_750_000, "count", "approx", "2018-01-01", "2018-12-31", "national", "Regulator",
            6),
        // A month and its year with different values: two figures.
        obs("mobile_subscribers", 2_750_000, "count", "approx", "2019-03-01", "2019-03-31", "national", "", 9),
        obs("mobile_subscribers", 2_900_000, "count", "approx", "2019-01-01", "2019-12-31", "national", "", 5));

    List<Row> got = SeriesTransform.series(observations, Fixtures.documents(session(), "NPL"))
        .select("series_id", "period_start", "period_end", "value", "evidence_ref")
        .orderBy("series_id", "period_start").collectAsList();
    assertEquals(List.of(
        row("NPL|mobile_subscribers|national|", d("2018-06-01"), d("2018-06-30"), 2_750_000.0, "doc#4;doc#7"),
        row("NPL|mobile_subscribers|national|", d("2019-01-01"), d("2019-12-31"), 2_900_000.0, "doc#5"),
        row("NPL|mobile_subscribers|national|", d("2019-03-01"), d("2019-03-31"), 2_750_000.0, "doc#9"),
        row("NPL|mobile_subscribers|national|Regulator", d("2018-01-01"), d("2018-12-31"), 2_750_000.0, "doc#6")),
        got);
  }

  /**
   * A span of years stating the figure that years inside it state too (a later edition dating a standing count with a
   * multi-year span): one point, at the latest such year (the figure as last stated inside the span), with the
   * evidence of both; the earlier year keeps its own point, a year with another value and a span from another source
   * stay apart. The span's periods need not end in the same year as the inner one.
   */
  @Test
  void aSpanOfYearsAndYearsInsideItWithTheSameValueAreOnePointAtTheLatest() {
    Dataset<Row> observations = Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        obs("satellite_earth_stations", 3, "count", "exact", "2011-01-01", "2016-12-31", "national", "", 20),
        obs("satellite_earth_stations", 3, "count", "exact", "2012-01-01", "2012-12-31", "national", "", 21),
        obs("satellite_earth_stations", 3, "count", "exact", "2014-01-01", "2014-12-31", "national", "", 22),
        obs("satellite_earth_stations", 4, "count", "exact", "2015-01-01", "2015-12-31", "national", "", 23),
        obs("satellite_earth_stations", 3, "count", "exact", "2011-01-01", "2016-12-31", "national", "Survey", 24));

    List<Row> got = SeriesTransform.series(observations, Fixtures.documents(session(), "NPL"))
        .select("series_id", "period_start", "period_end", "value", "evidence_ref")
        .orderBy("series_id", "period_start").collectAsList();
    assertEquals(List.of(
        row("NPL|satellite_earth_stations|national|", d("2012-01-01"), d("2012-12-31"), 3.0, "doc#21"),
        row("NPL|satellite_earth_stations|national|", d("2014-01-01"), d("2014-12-31"), 3.0, "doc#20;doc#22"),
        row("NPL|satellite_earth_stations|national|", d("2015-01-01"), d("2015-12-31"), 4.0, "doc#23"),
        row("NPL|satellite_earth_stations|national|Survey", d("2011-01-01"), d("2016-12-31"), 3.0, "doc#24")),
        got);
  }

  static final StructType DOCS = Fixtures.DOCUMENTS.add("document_date", DataTypes.StringType);

  static Row doc(String id, String title, String country, String date) {
    return RowFactory.create(id, id + ".txt", title, country, 100, 5, 3, 0, date);
  }

  static Row o(String doc, String metric, double value, String unit, String qualifier, String year, int idx) {
    return RowFactory.create(doc, metric, value, unit, qualifier, d(year + "-01-01"), d(year + "-12-31"), "national",
        "", "s", idx, metric + " " + value, idx, idx + 10);
  }

  /** Three editions restate and revise one year; the rule picks one value and every loser says why. */
  @Test
  void theMostRecentDocumentWinsAndEveryOtherStatementSaysWhyItLost() {
    Dataset<Row> documents = Fixtures.frame(session(), DOCS,
        // No document_date: the latest year of the title names the edition.
        doc("ind_2015", "India — Communications (The World Factbook, 2015 edition)", "IND", null),
        doc("ind_2016", "India — Communications", "IND", "2016-01-01"),
        doc("ind_2017", "India — Communications", "IND", "2017-01-01"),
        doc("world_2017", "World — Communications (2017 edition)", "", null),
        doc("oceans_2017", "Oceans — Communications (2017 edition)", "", null));
    Dataset<Row> observations = Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        o("ind_2015", "fixed_lines", 27e6, "count", "exact", "2014", 1),
        o("ind_2016", "fixed_lines", 26.5e6, "count", "approx", "2014", 1),
        // The newest edition states the same year as a bound; it still wins (newest first, qualifier second).
        o("ind_2017", "fixed_lines", 26e6, "count", "at_least", "2014", 1),
        // Same edition, two figures: the exact one beats the approximate one.
        o("ind_2017", "fixed_lines", 24e6, "count", "exact", "2016", 2),
        o("ind_2017", "fixed_lines", 25e6, "count", "approx", "2016", 3),
        // A per-100 figure typed as the count metric never wins over a count.
        o("ind_2017", "mobile_subscribers", 75, "per_100_inhabitants", "exact", "2016", 4),
        o("ind_2015", "mobile_subscribers", 944e6, "count", "exact", "2016", 4),
        // Documents without a country never share a series, nor a point.
        o("world_2017", "fixed_lines", 1e9, "count", "exact", "2016", 1),
        o("oceans_2017", "fixed_lines", 5, "count", "exact", "2016", 1));

    Dataset<Row> candidates = SeriesTransform.candidates(observations, documents).cache();
    Dataset<Row> series = SeriesTransform.published(candidates);

    assertEquals(0, series.groupBy("series_id", "date").count().filter(col("count").gt(1)).count());
    List<Row> pub = series.orderBy("series_id", "date").select("series_id", "value", "doc_id").collectAsList();
    assertEquals(List.of(
        RowFactory.create("IND|fixed_lines|national|", 26e6, "ind_2017"),
        RowFactory.create("IND|fixed_lines|national|", 24e6, "ind_2017"),
        RowFactory.create("IND|mobile_subscribers|national|", 944e6, "ind_2015"),
        RowFactory.create("doc:oceans_2017|fixed_lines|national|", 5.0, "oceans_2017"),
        RowFactory.create("world|fixed_lines|national|", 1e9, "world_2017")), pub);
    assertEquals("", series.filter(col("doc_id").equalTo("world_2017")).first().getAs("country_iso3"));

    Dataset<Row> lost = ConflictTransform.superseded(candidates);
    assertEquals(TransformColumns.CONFLICTS_COLUMNS, List.of(lost.columns()));
    List<Row> reasons = lost.orderBy("date_a", "value_b")
        .select(col("doc_a"), col("value_a"), col("doc_b"), col("value_b"), col("relative_difference"),
            col("reason"), col("kind"), col("days_apart"))
        .collectAsList();
    assertEquals(List.of(
        RowFactory.create("ind_2017", 26e6, "ind_2016", 26.5e6, 0.5 / 26.5,
            "older document (2016-01-01 < 2017-01-01)", "superseded", 0),
        RowFactory.create("ind_2017", 26e6, "ind_2015", 27e6, 1 / 27.0,
            "older document (2015-01-01 < 2017-01-01)", "superseded", 0),
        RowFactory.create("ind_2015", 944e6, "ind_2017", 75.0, (944e6 - 75) / 944e6,
            "unit per_100_inhabitants where the metric is counted in count", "superseded", 0),
        RowFactory.create("ind_2017", 24e6, "ind_2017", 25e6, 1 / 25.0,
            "qualifier exact beats approx", "superseded", 0)),
        reasons);
    candidates.unpersist();
  }
}
