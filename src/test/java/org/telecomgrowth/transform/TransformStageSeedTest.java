package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.to_date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.sql.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.SparkTestBase;

/** The whole stage on the seed document's gold observations, a 2004-2008 ban and the December 2008 launch. */
class TransformStageSeedTest extends SparkTestBase {

  private static final String ORASCOM = "PRK|mobile_subscribers|national|Orascom";
  private static final String UNATTRIBUTED = "PRK|mobile_subscribers|national|";

  private static String resource(String path) throws URISyntaxException {
    return new File(TransformStageSeedTest.class.getResource(path).toURI()).getAbsolutePath();
  }

  /** The gold rows in the observation contract's columns; the gold id's number stands in for the sentence index. */
  private Dataset<Row> seedObservations() throws URISyntaxException {
    Dataset<Row> gold = session().read().option("header", "true").csv(resource("/transform/seed_observations.csv"));
    return gold.select(lit("seed").as("doc_id"), col("metric"), col("value").cast(DataTypes.DoubleType).as("value"),
        col("unit"), col("qualifier"), to_date(col("period_start")).as("period_start"),
        to_date(col("period_end")).as("period_end"), col("scope"), col("source"), lit("s").as("section"),
        regexp_extract(col("id"), "(\\d+)", 1).cast(DataTypes.IntegerType).as("sentence_index"),
        col("evidence").as("sentence"), lit(0).as("char_start"), lit(0).as("char_end"));
  }

  private TransformOutput runSeed() throws URISyntaxException {
    Dataset<Row> events = Fixtures.frame(session(), Fixtures.EVENTS,
        Fixtures.event("ban", "2004-01-01", "2008-12-31", 40,
            "Mobile phones were banned in 2004 and the ban lasted until 2008."),
        Fixtures.event("launch", "2008-12-01", "2008-12-31", 41,
            "A new mobile network was launched in December 2008.")).withColumn("doc_id", lit("seed"));
    Dataset<Row> documents = Fixtures.documents(session(), "PRK").withColumn("doc_id", lit("seed"));
    return TransformStage.run(session(), seedObservations(), events, documents, resource("/transform/reference"));
  }

  @Test
  void seedHandChecksHold() throws URISyntaxException {
    TransformOutput out = runSeed();
    Dataset<Row> growth = out.tables().get(TransformColumns.GROWTH);
    Dataset<Row> penetration = out.tables().get(TransformColumns.PENETRATION);
    Dataset<Row> conflicts = out.tables().get(TransformColumns.CONFLICTS);
    Dataset<Row> fit = out.tables().get(TransformColumns.ADOPTION_FIT);

    // Hand check 1: Orascom 432,000 (Dec 2010) to "exceeding one million" (Feb 2012): 105.4% a year, at_least.
    List<Row> span = growth.filter(col("series_id").equalTo(ORASCOM).and(col("kind").equalTo("span")))
        .collectAsList();
    assertEquals(1, span.size());
    Row s = span.get(0);
    assertEquals(Date.valueOf("2010-12-16"), s.getAs("from_date"));
    assertEquals(Date.valueOf("2012-02-15"), s.getAs("to_date"));
    assertEquals(1.054, s.<Double>getAs("cagr"), 0.005);
    assertEquals("at_least", s.getAs("qualifier"));

    // Hand check 2: 3,000,000 subscribers in 2015 over 25,575,350 people: 11.73 per 100 inhabitants.
    List<Row> per100 = penetration.filter(col("metric").equalTo("mobile_subscribers_per_100")
        .and(col("date").equalTo(Date.valueOf("2015-07-02")))).collectAsList();
    assertEquals(1, per100.size());
    assertEquals(11.73, per100.get(0).<Double>getAs("value"), 0.005);
    assertTrue(per100.get(0).<String>getAs("reference_source").startsWith("World Bank"));

    // November 2003 (30 days: midpoint the 15th) and May 2010 (the 16th) lie on either side of the ban.
    List<Row> across = growth.filter(col("series_id").equalTo(UNATTRIBUTED).and(col("kind").equalTo("pair"))
        .and(col("from_date").equalTo(Date.valueOf("2003-11-15")))).collectAsList();
    assertEquals(1, across.size());
    assertEquals(Date.valueOf("2010-05-16"), across.get(0).getAs("to_date"));
    assertTrue(across.get(0).<Boolean>getAs("crosses_break"));

    // 660,000 in August 2011 against Orascom's 809,000 in September 2011.
    List<Row> aug = conflicts.filter(col("value_a").equalTo(809000.0).and(col("value_b").equalTo(660000.0))
        .or(col("value_a").equalTo(660000.0).and(col("value_b").equalTo(809000.0)))).collectAsList();
    assertEquals(1, aug.size());
    assertEquals(30, aug.get(0).<Integer>getAs("days_apart"));
    assertEquals((809000.0 - 660000.0) / 809000.0, aug.get(0).<Double>getAs("relative_difference"), 1e-12);

    // Since the December 2008 relaunch, all sources together: nine figures in five years (2010, 2011, 2012, 2013,
    // 2015), fitted on each year's last (432,000, 900,000, 1 million, 2 million, 3 million); too few scored forecasts of their own
    // to choose a model, so the prior (the Factbook backtest in the reference folder) chooses; five yearly
    // forecasts past the last figure (mid-2015), each inside its 80 % interval.
    List<Row> since = fit.filter(col("fit_scope").equalTo("since_break")
        .and(col("metric").equalTo("mobile_subscribers"))).orderBy("date").collectAsList();
    assertFalse(since.isEmpty());
    Row first = since.get(0);
    assertEquals("ok", first.getAs("fit_status"));
    assertEquals(5, first.<Integer>getAs("n_points"));
    assertEquals("prior_backtest", first.getAs("choice_basis"));
    assertFalse(CurveModels.isNaive(first.getAs("model")));
    assertTrue(first.<Double>getAs("model_error") < first.<Double>getAs("naive_error"));
    assertFalse(first.<Boolean>getAs("forecast"));
    List<Row> ahead = since.stream().filter(r -> r.<Boolean>getAs("forecast")).collect(Collectors.toList());
    assertEquals(5, ahead.size());
    for (int h = 1; h <= 5; h++) {
      Row r = ahead.get(h - 1);
      assertEquals(h, r.<Integer>getAs("horizon"));
      assertEquals(Date.valueOf(java.time.LocalDate.of(2015 + h, 7, 2)), r.getAs("date"));
      double v = r.getAs("fitted_value");
      // Above the last figure (3 million) and below a physically plausible 200 per 100 of 25 million people.
      org.junit.jupiter.api.Assertions.assertTrue(v > 3_000_000 && v < 50_000_000, "forecast " + v);
      assertTrue(r.<Double>getAs("lower80") < v && v < r.<Double>getAs("upper80"));
      assertTrue(r.<Double>getAs("backtest_median_ape") > 0);
    }
    // Against the figures later Factbook editions give for 2016, 2017 and 2019 (about 3.24, 3.61 and 3.82 million):
    // the mean absolute percentage error of the forecasts for mid-2016, mid-2017 and mid-2019. Issue 21's target is
    // 5 % against the kept-aside actual figures, which the project does not have; against these ones neither this
    // method nor the damped trend chosen before the forecast rework (10.9 %) comes within 5 %; of all candidates only
    // theta does (3.8 %), the second worst model on the Factbook's short fast-growing series (docs/forecasts.md has
    // the table). A regression guard.
    double[] later = {3.24e6, 3.606e6, 3.82e6};
    int[] at = {0, 1, 3};
    double sum = 0;
    StringBuilder got = new StringBuilder();
    for (int i = 0; i < at.length; i++) {
      double v = ahead.get(at[i]).getAs("fitted_value");
      got.append(String.format(java.util.Locale.ROOT, " %.3fM", v / 1e6));
      sum += Math.abs(v - later[i]) / later[i];
    }
    System.out.println("seed forecast " + first.getAs("model") + ":" + got + ", mean APE " + sum / at.length);
    org.junit.jupiter.api.Assertions.assertTrue(sum / at.length <= 0.125, "mean APE " + sum / at.length + " of" + got);
  }
}
