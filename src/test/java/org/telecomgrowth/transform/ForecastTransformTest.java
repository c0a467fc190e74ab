package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import org.junit.jupiter.api.Assertions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ForecastTransformTest extends TransformTestBase {

  private static final StructType POINTS = new StructType()
      .add("series_id", DataTypes.StringType).add("country_iso3", DataTypes.StringType)
      .add("metric", DataTypes.StringType).add("scope", DataTypes.StringType).add("source", DataTypes.StringType)
      .add("date", DataTypes.DateType).add("value", DataTypes.DoubleType).add("unit", DataTypes.StringType)
      .add("segment", DataTypes.IntegerType);
  private static final StructType BREAKS = new StructType()
      .add("country_iso3", DataTypes.StringType).add(RegimeBreakTransform.BREAK_DATE, DataTypes.DateType);
  private static final StructType POPULATION = new StructType()
      .add("country_iso3", DataTypes.StringType).add("year", DataTypes.IntegerType)
      .add("population", DataTypes.DoubleType).add("source", DataTypes.StringType);

  private static final String[] COUNTRIES = {"AGO", "ALB", "ARG", "ARM", "AUS", "AUT", "AZE", "BEL", "BEN", "BFA",
      "BGD", "BGR", "BHR", "BLR", "BOL", "BRA", "BWA", "CAN", "CHE", "CHL"};

  private static Row point(String country, String source, int year, double value, int segment) {
    return row(country + "|mobile_subscribers|national|" + source, country, "mobile_subscribers", "national", source,
        java.sql.Date.valueOf(LocalDate.of(year, 7, 2)), value, "count", segment);
  }

  /** Logistic adoption per 100 inhabitants of a 10-million country, each country its own pace, 1998 to 2015. */
  private static List<Row> corpus() {
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < COUNTRIES.length; c++) {
      double k = 90 + 5 * (c % 8);
      double r = 0.5 + 0.03 * c;
      double t0 = 2006 + (c % 5);
      for (int y = 1998; y <= 2015; y++) {
        // A small deterministic wobble, so no model is exact.
        double wobble = 1 + 0.02 * Math.sin(3.1 * c + 1.7 * y);
        rows.add(point(COUNTRIES[c], "", y, 1e7 * k / 100 / (1 + Math.exp(-r * (y - t0))) * wobble, 0));
      }
    }
    return rows;
  }

  private Dataset<Row> population() {
    List<Row> rows = new ArrayList<>();
    for (String c : COUNTRIES) {
      for (int y = 1995; y <= 2025; y += 5) {
        rows.add(row(c, y, 1e7, "test"));
      }
    }
    return session().createDataFrame(rows, POPULATION);
  }

  private TransformOutput forecast(List<Row> points, Row... breaks) {
    Dataset<Row> series = session().createDataFrame(points, POINTS);
    Dataset<Row> b = session().createDataFrame(List.of(breaks), BREAKS);
    Dataset<Row> raw = ForecastTransform.backtestAll(ForecastTransform.inputs(series, b, population())).cache();
    Map<String, Dataset<Row>> tables = ForecastTransform.tables(raw,
        session().createDataFrame(List.of(), ReferenceData.PRIOR_MODELS),
        session().createDataFrame(List.of(), ReferenceData.PRIOR_INTERVALS));
    TransformOutput out = new TransformOutput();
    tables.forEach((name, rows) -> out.add(name, rows, List.of()));
    return out;
  }

  private static TransformOutput corpusOutput;

  /** The corpus forecast, computed once for the tests that read it. */
  private TransformOutput corpusForecast() {
    if (corpusOutput == null) {
      corpusOutput = forecast(corpus());
      corpusOutput.tables().values().forEach(Dataset::cache);
    }
    return corpusOutput;
  }

  @Test
  void aCorpusOfAdoptionCurvesGetsCurveForecastsWithIntervalsFiveYearsAhead() {
    TransformOutput out = corpusForecast();
    Dataset<Row> fit = out.tables().get(TransformColumns.ADOPTION_FIT);
    assertEquals(TransformColumns.ADOPTION_FIT_COLUMNS, Arrays.asList(fit.columns()));
    List<Row> ahead = fit.filter(col("forecast")).orderBy("series_id", "date").collectAsList();
    Map<String, List<Row>> bySeries = ahead.stream().collect(Collectors.groupingBy(r -> r.getAs("series_id")));
    Assertions.assertTrue(bySeries.size() >= COUNTRIES.length * 3 / 4, "series with a forecast: " + bySeries.size());
    for (List<Row> rows : bySeries.values()) {
      assertEquals(5, rows.size());
      for (int h = 1; h <= 5; h++) {
        Row r = rows.get(h - 1);
        assertEquals(h, r.<Integer>getAs("horizon"));
        assertEquals(java.sql.Date.valueOf(LocalDate.of(2015 + h, 7, 2)), r.getAs("date"));
        assertEquals("ok", r.getAs("fit_status"));
        assertFalse(CurveModels.isNaive(r.getAs("model")), "a naive model never draws a curve");
        double v = r.getAs("fitted_value");
        Assertions.assertTrue(r.<Double>getAs("lower80") <= v && v <= r.<Double>getAs("upper80"), "interval around " + v);
        Assertions.assertTrue(r.<Double>getAs("backtest_median_ape") >= 0);
        // Saturation is bounded per 100 inhabitants: at most 200 subscriptions per 100 people.
        Assertions.assertTrue(v <= 2.0 * 1e7, "physically plausible: " + v);
      }
    }
  }

  @Test
  void theBacktestTableHoldsOneChosenModelPerOriginAndTheSeriesOwnValues() {
    Dataset<Row> bt = corpusForecast().tables().get(TransformColumns.FORECAST_BACKTEST);
    assertEquals(TransformColumns.FORECAST_BACKTEST_COLUMNS, Arrays.asList(bt.columns()));
    assertEquals(0, bt.filter(col("chosen")).groupBy("series_id", "origin", "horizon").count()
        .filter(col("count").notEqual(1)).count(), "one chosen model per cell");
    List<Row> ago2012 = bt.filter(col("series_id").equalTo("AGO|mobile_subscribers|national|")
        .and(col("origin").equalTo(2012)).and(col("model").equalTo("naive_last"))).orderBy("horizon")
        .collectAsList();
    assertEquals(3, ago2012.size(), "targets 2013 to 2015");
    Row first = ago2012.get(0);
    double value2012 = corpus().stream().filter(r -> r.getString(1).equals("AGO")
        && r.<java.sql.Date>getAs(5).toLocalDate().getYear() == 2012).findFirst().orElseThrow().getDouble(6);
    double value2013 = corpus().stream().filter(r -> r.getString(1).equals("AGO")
        && r.<java.sql.Date>getAs(5).toLocalDate().getYear() == 2013).findFirst().orElseThrow().getDouble(6);
    assertEquals(value2012, first.<Double>getAs("forecast"), 1e-6);
    assertEquals(value2013, first.<Double>getAs("actual"), 1e-6);
    assertEquals(Math.abs(value2012 - value2013) / value2013, first.<Double>getAs("abs_pct_error"), 1e-9);
  }

  @Test
  void tooFewPointsAndTooFewSinceTheBreakSaySo() {
    List<Row> pts = new ArrayList<>();
    for (int y = 2011; y <= 2014; y++) {
      pts.add(point("BRA", "Anatel", y, 1e6 * (y - 2009), 0));
    }
    // CHE: six points, but a break in 2012 leaves three after it.
    for (int y = 2006; y <= 2014; y++) {
      pts.add(point("CHE", "", y, 1e6 * (y - 2004), y >= 2012 ? 1 : 0));
    }
    List<Row> rows = forecast(pts, row("CHE", java.sql.Date.valueOf("2012-01-01"))).tables()
        .get(TransformColumns.ADOPTION_FIT).filter(col("series_id").isin("BRA|mobile_subscribers|national|Anatel",
            "CHE|mobile_subscribers|national|", "CHE|mobile_subscribers|national|*"))
        .orderBy("series_id").collectAsList();
    assertEquals(List.of("too_few_points", "too_few_points_since_break", "too_few_points_since_break"),
        rows.stream().map(r -> r.<String>getAs("fit_status")).collect(Collectors.toList()));
    assertEquals(3, rows.get(1).<Integer>getAs("n_points"));
    assertNull(rows.get(1).getAs("date"));
  }

  private static final StructType RAW = new StructType()
      .add("kind", DataTypes.StringType).add("series_id", DataTypes.StringType)
      .add("fit_scope", DataTypes.StringType).add("metric", DataTypes.StringType)
      .add("origin", DataTypes.IntegerType).add("model", DataTypes.StringType).add("n", DataTypes.IntegerType)
      .add("error", DataTypes.DoubleType).add("target_year", DataTypes.IntegerType)
      .add("horizon", DataTypes.IntegerType).add("actual", DataTypes.DoubleType)
      .add("forecast", DataTypes.DoubleType);

  /** A raw backtest of one series at origin 2010: own records per model and the corpus' scored forecasts. */
  private Dataset<Row> raw(int ownN, double[] ownErrors, List<Row> scored) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < CurveModels.MODELS.size(); i++) {
      rows.add(row("own", "X|m|national|", "series", "m", 2010, CurveModels.MODELS.get(i), ownN, ownErrors[i],
          null, null, null, null));
    }
    rows.addAll(scored);
    return session().createDataFrame(rows, RAW);
  }

  /** Corpus rows: n scored forecasts of a model in a target year with the given error. */
  private static List<Row> scored(String model, int year, int n, double error) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(row("bt", "Y" + i + "|m|national|", "series", "m", year - 1, model, null, error, year, 1, 100.0,
          100.0 * (1 + error)));
    }
    return rows;
  }

  /** Own errors, one per model in CurveModels.MODELS order: naive_last is best. */
  private static double[] ownErrors(double naiveLast, double rest) {
    double[] e = new double[CurveModels.MODELS.size()];
    Arrays.fill(e, rest);
    e[CurveModels.MODELS.indexOf(CurveModels.NAIVE_LAST)] = naiveLast;
    e[CurveModels.MODELS.indexOf(CurveModels.NAIVE_DRIFT)] = 0.10;
    return e;
  }

  private static final double[] OWN_NAIVE_BEST = ownErrors(0.05, 0.3);

  private Row choose(Dataset<Row> raw, List<Row> prior) {
    return ForecastTransform.choices(raw, session().createDataFrame(prior, ReferenceData.PRIOR_MODELS))
        .filter(col("series_id").equalTo("X|m|national|")).collectAsList().get(0);
  }

  @Test
  void aLongOwnRecordDecidesAndANaiveWinMeansNoCurve() {
    Row c = choose(raw(12, OWN_NAIVE_BEST, List.of()), List.of());
    assertEquals("own_backtest", c.getAs("basis"));
    assertEquals("naive_last", c.getAs("model"));
    assertEquals(0.05, c.<Double>getAs("naive_error"), 1e-12);
    List<Row> ranking = c.getList(c.fieldIndex("ranking"));
    assertEquals(CurveModels.MODELS.size(), ranking.size());
    assertEquals(List.of("naive_last", "naive_drift"), List.of(ranking.get(0).getString(0),
        ranking.get(1).getString(0)), "best first");
  }

  @Test
  void aShortOwnRecordDefersToTheCorpusAsItWasKnownAtTheOrigin() {
    List<Row> corpus = new ArrayList<>();
    for (String m : CurveModels.MODELS) {
      corpus.addAll(scored(m, 2009, 40, m.equals("gompertz") ? 0.02 : 0.2));
      // After the origin (2010) gompertz fails badly: that was not known in 2010.
      corpus.addAll(scored(m, 2012, 400, m.equals("gompertz") ? 0.9 : 0.2));
    }
    Row c = choose(raw(3, OWN_NAIVE_BEST, corpus), List.of());
    assertEquals("corpus_backtest", c.getAs("basis"));
    assertEquals("gompertz", c.getAs("model"));
    assertEquals(0.02, c.<Double>getAs("model_error"), 1e-12);
  }

  @Test
  void withoutAnyLongRecordThePriorDecidesElseNothing() {
    List<Row> prior = new ArrayList<>();
    for (String m : CurveModels.MODELS) {
      prior.add(row("m", m, 2008, 500, m.equals("damped_trend") ? 0.1 : 0.3));
    }
    Row withPrior = choose(raw(3, OWN_NAIVE_BEST, List.of()), prior);
    assertEquals("prior_backtest", withPrior.getAs("basis"));
    assertEquals("damped_trend", withPrior.getAs("model"));
    Row none = choose(raw(3, OWN_NAIVE_BEST, List.of()), List.of());
    assertNull(none.getAs("basis"));
    assertNull(none.getAs("model"));
  }

  @Test
  void thePriorCountsOnlyTheYearsUpToTheOrigin() {
    List<Row> prior = new ArrayList<>();
    for (String m : CurveModels.MODELS) {
      prior.add(row("m", m, 2009, 100, m.equals("theta") ? 0.1 : 0.3));
      // Known only after the origin (2010): theta fails and gompertz shines. A choice in 2010 cannot know it.
      prior.add(row("m", m, 2011, 5000, m.equals("gompertz") ? 0.01 : m.equals("theta") ? 0.9 : 0.3));
    }
    Row c = choose(raw(3, OWN_NAIVE_BEST, List.of()), prior);
    assertEquals("prior_backtest", c.getAs("basis"));
    assertEquals("theta", c.getAs("model"));
    assertEquals(0.1, c.<Double>getAs("model_error"), 1e-12);
    // Only the later years: nothing was known in 2010.
    List<Row> later = prior.stream().filter(r -> r.<Integer>getAs(2) == 2011).collect(Collectors.toList());
    assertNull(choose(raw(3, OWN_NAIVE_BEST, List.of()), later).getAs("basis"));
  }

  /**
   * The interval prior as known at the origin: an origin takes the prior's latest origin up to it, never a later one
   * (issue 21: no prior fitted on later data). Origin 2010 with prior rows for 2009 (narrow) and 2011 (wide): the
   * 2009 quantiles; with only the 2011 rows there is no calibration at 2010.
   */
  @Test
  void theIntervalPriorIsTakenAtItsLatestOriginUpToTheOriginNeverLater() {
    Dataset<Row> raw = raw(3, OWN_NAIVE_BEST, List.of());
    Dataset<Row> chosen = ForecastTransform.chosenBacktest(raw,
        ForecastTransform.choices(raw, session().createDataFrame(List.of(), ReferenceData.PRIOR_MODELS)));
    List<Row> prior = new ArrayList<>();
    for (int h = 1; h <= SeriesBacktest.HORIZON; h++) {
      prior.add(row("m", 2009, h, 100, -0.1 * h, 0.1 * h, 0.05));
      prior.add(row("m", 2011, h, 100, -0.5 * h, 0.5 * h, 0.30));
    }
    List<Row> cal = ForecastTransform.calibrationByOrigin(raw, chosen,
            session().createDataFrame(prior, ReferenceData.PRIOR_INTERVALS))
        .filter(col("origin").equalTo(2010)).orderBy("horizon").collectAsList();
    assertEquals(SeriesBacktest.HORIZON, cal.size());
    for (Row r : cal) {
      int h = r.getAs("horizon");
      assertEquals("prior_backtest", r.getAs("cal_basis"));
      assertEquals(-0.1 * h, r.<Double>getAs("q10"), 1e-12);
      assertEquals(0.1 * h, r.<Double>getAs("q90"), 1e-12);
      assertEquals(0.05, r.<Double>getAs("median_ape"), 1e-12);
    }
    List<Row> laterOnly = prior.stream().filter(r -> r.<Integer>getAs(1) == 2011).collect(Collectors.toList());
    assertEquals(0, ForecastTransform.calibrationByOrigin(raw, chosen,
            session().createDataFrame(laterOnly, ReferenceData.PRIOR_INTERVALS))
        .filter(col("origin").equalTo(2010)).count());
  }

  @Test
  void whereTheChoiceHasNoForecastTheNextRankedModelStandsIn() {
    double[] errors = ownErrors(0.3, 0.3);
    errors[CurveModels.MODELS.indexOf(CurveModels.GOMPERTZ)] = 0.01;
    errors[CurveModels.MODELS.indexOf(CurveModels.THETA)] = 0.02;
    List<Row> bt = new ArrayList<>();
    for (String m : CurveModels.MODELS) {
      // Horizon 1: gompertz could not be fitted; horizon 2: it could.
      bt.add(row("bt", "X|m|national|", "series", "m", 2010, m, null, 0.1, 2011, 1, 50.0,
          m.equals("gompertz") ? null : 51.0));
      bt.add(row("bt", "X|m|national|", "series", "m", 2010, m, null, 0.1, 2012, 2, 60.0, 62.0));
    }
    Dataset<Row> raw = raw(12, errors, bt);
    Dataset<Row> chosen = ForecastTransform.chosenBacktest(raw, ForecastTransform.choices(raw,
            session().createDataFrame(List.of(), ReferenceData.PRIOR_MODELS)))
        .filter(col("chosen")).orderBy("horizon");
    List<Row> rows = chosen.collectAsList();
    assertEquals(2, rows.size(), "one chosen row per target");
    assertEquals("theta", rows.get(0).getAs("model"));
    assertEquals(51.0, rows.get(0).<Double>getAs("forecast"), 0);
    assertEquals("gompertz", rows.get(1).getAs("model"));
  }
}
