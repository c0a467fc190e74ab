package org.telecomgrowth.transform;

import static org.telecomgrowth.transform.Fixtures.d;
import static org.telecomgrowth.transform.Fixtures.obs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class PenetrationTransformTest extends TransformTestBase {

  private static final String WB = "WB";
  private static final String CENSUS = "Census 2014; census total population 1,000,000";
  private static final String ESTIMATED = "households estimated from population / persons per household";

  @Test
  void statedSharesAndDerivedRatiosWithTheirSources() {
    Dataset<Row> observations = Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        obs("mobile_subscribers", 1000, "count", "exact", "2014-01-01", "2014-12-31", "national", "", 1),
        obs("mobile_subscribers", 3000, "count", "exact", "2015-01-01", "2015-12-31", "national", "", 2),
        obs("fixed_lines", 500, "count", "exact", "2014-12-31", "2014-12-31", "national", "", 3),
        obs("fixed_lines", 700, "count", "exact", "2020-01-01", "2020-12-31", "national", "", 4),
        obs("mobile_subscribers", 50, "count", "exact", "2015-01-01", "2015-12-31", "Pyongyang", "", 5),
        obs("households_with_tv", 98, "percent", "exact", "2017-01-01", "2017-12-31", "national", "", 6),
        obs("tv_sets", 250000, "count", "approx", "2014-01-01", "2014-12-31", "national", "", 7));
    Dataset<Row> series = SeriesTransform.series(observations, Fixtures.documents(session(), "PRK"));
    Dataset<Row> population = Fixtures.population(session(),
        row("PRK", 2014, 1_000_000.0, WB), row("PRK", 2015, 2_000_000.0, WB));
    // No population_in_households: persons per household from the census text, 1,000,000 / 250,000 = 4.
    Dataset<Row> households = Fixtures.households(session(), row("PRK", 2014, 250_000.0, null, CENSUS));

    Dataset<Row> penetration = PenetrationTransform.penetration(series, population, households);

    // 2014-12-31 lies 182 of the 365 days from mid-2014 to mid-2015.
    double popEnd2014 = 1_000_000.0 + 1_000_000.0 * 182 / 365;
    // 2020 is a leap year: its midpoint is July 1.
    String noPop2020 = "no population for PRK 2020 in the reference table";
    assertTable(TransformColumns.PENETRATION_COLUMNS, List.of(
        row("PRK", "households_with_tv", "households_with_tv", "national", "", 2017, d("2017-07-02"), 98.0,
            "percent", "stated", false, null, "", "doc#6"),
        row("PRK", "mobile_subscribers_per_100", "mobile_subscribers", "national", "", 2014, d("2014-07-02"),
            0.1, "per_100_inhabitants", "derived", false, WB, "", "doc#1"),
        row("PRK", "mobile_subscribers_per_100", "mobile_subscribers", "national", "", 2015, d("2015-07-02"),
            0.15, "per_100_inhabitants", "derived", false, WB, "", "doc#2"),
        row("PRK", "mobile_subscribers_per_100", "mobile_subscribers", "Pyongyang", "", 2015, d("2015-07-02"),
            null, "per_100_inhabitants", "derived", false, null, "no population for scope Pyongyang", "doc#5"),
        row("PRK", "fixed_lines_per_100", "fixed_lines", "national", "", 2014, d("2014-12-31"),
            500 / popEnd2014 * 100, "per_100_inhabitants", "derived", false, WB, "", "doc#3"),
        row("PRK", "fixed_lines_per_100", "fixed_lines", "national", "", 2020, d("2020-07-01"), null,
            "per_100_inhabitants", "derived", false, null, noPop2020, "doc#4"),
        row("PRK", "mobile_subscribers_per_100_households", "mobile_subscribers", "national", "", 2014,
            d("2014-07-02"), 0.4, "per_100_households", "derived", false, CENSUS, "", "doc#1"),
        row("PRK", "mobile_subscribers_per_100_households", "mobile_subscribers", "national", "", 2015,
            d("2015-07-02"), 3000 / (2_000_000.0 / 4) * 100, "per_100_households", "derived", true,
            CENSUS + "; " + WB, ESTIMATED, "doc#2"),
        row("PRK", "mobile_subscribers_per_100_households", "mobile_subscribers", "Pyongyang", "", 2015,
            d("2015-07-02"), null, "per_100_households", "derived", false, null,
            "no households for scope Pyongyang", "doc#5"),
        row("PRK", "fixed_lines_per_100_households", "fixed_lines", "national", "", 2014, d("2014-12-31"), 0.2,
            "per_100_households", "derived", false, CENSUS, "", "doc#3"),
        row("PRK", "fixed_lines_per_100_households", "fixed_lines", "national", "", 2020, d("2020-07-01"), null,
            "per_100_households", "derived", false, CENSUS, noPop2020, "doc#4")),
        penetration, "metric", "scope", "date");
  }

  @Test
  void censusPopulationPrefersPopulationInHouseholdsThenTheSourceTextThenThePopulationTable() {
    Dataset<Row> population = Fixtures.population(session(), row("AAA", 2010, 900.0, WB), row("CCC", 2010, 600.0, WB));
    Dataset<Row> households = Fixtures.households(session(),
        row("AAA", 2010, 100.0, 500.0, "census; census total population 800"),
        row("BBB", 2010, 100.0, null, "census; census total population 800"),
        row("CCC", 2010, 100.0, null, "census"));
    List<Row> got = PenetrationTransform.censuses(households, population).orderBy("c_country")
        .select("c_country", "c_persons_per_household").collectAsList();
    org.junit.jupiter.api.Assertions.assertEquals(List.of(row("AAA", 5.0), row("BBB", 8.0), row("CCC", 6.0)), got);
  }
}
