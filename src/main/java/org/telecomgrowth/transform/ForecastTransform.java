package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Forecasts that earn trust (issue 12): every candidate model ({@link CurveModels}) is backtested on every adoption
 * series with a rolling origin ({@link SeriesBacktest}, inside Spark tasks, one group's points at a time); the model a
 * series uses is the one with the smallest backtest error (APE capped at 10 %), judged on the record of every series
 * of its metric in the corpus (at least {@value #CORPUS_MIN} scored forecasts per model), else on the prior shipped in
 * the reference data (the backtest of the full Factbook, up to the origin year), else on the series' own record (at
 * least {@value #OWN_MIN}), else
 * there is no forecast. At a past origin only forecasts whose target year had passed by then count, so the backtest
 * table shows what the method would really have done. A naive baseline that wins means no curve is drawn.
 *
 * <p>80 % intervals: the 10th and 90th percentiles of ln(actual / forecast) of the chosen models' backtest
 * forecasts of the metric at that horizon (at least {@value #CALIBRATION_MIN} of them, from the corpus, else from the
 * prior); the forecast times e^q10 and e^q90.
 *
 * <p>Groups: a series' points since its last regime break (fit_scope series), and for a country whose metric has
 * points on both sides of a break, all sources' points since that break (fit_scope since_break, series_id
 * country|metric|scope|*).
 */
public final class ForecastTransform {
  private ForecastTransform() {}

  public static final String SERIES_SCOPE = "series";
  public static final String SINCE_BREAK = "since_break";
  static final int OWN_MIN = 10;
  static final int CORPUS_MIN = 30;
  static final int CALIBRATION_MIN = 20;
  /**
   * The calibration at an origin uses the forecasts whose target year is one of the last this many years up to it:
   * the Factbook's early years (wild revisions, fast growth from near zero) had widened the intervals of later
   * origins, which over-covered (mobile subscribers one year ahead: 85.4 % with every year, 84.0 % with the last
   * ten).
   */
  public static final int CALIBRATION_YEARS = 10;
  private static final String EPOCH = "1970-01-01";

  public static final String OK = "ok";
  public static final String TOO_FEW_POINTS = "too_few_points";
  public static final String TOO_FEW_SINCE_BREAK = "too_few_points_since_break";
  public static final String NO_BACKTEST = "too_little_backtest";
  public static final String NAIVE_BEST = "no_model_beats_naive";
  public static final String NOT_CONVERGED = "not_converged";
  public static final String NO_INTERVAL = "no_interval_calibration";

  public static final String OWN = "own_backtest";
  public static final String CORPUS = "corpus_backtest";
  public static final String PRIOR = "prior_backtest";

  /** The metrics forecast and their saturation bounds (resource transform/forecast_metrics.tsv). */
  public static final Map<String, SeriesBacktest.Saturation> METRICS = loadMetrics();

  static final StructType OUT = new StructType()
      .add("series_id", DataTypes.StringType)
      .add("country_iso3", DataTypes.StringType)
      .add("metric", DataTypes.StringType)
      .add("scope", DataTypes.StringType)
      .add("fit_scope", DataTypes.StringType)
      .add("kind", DataTypes.StringType)
      .add("model", DataTypes.StringType)
      .add("origin", DataTypes.IntegerType)
      .add("horizon", DataTypes.IntegerType)
      .add("target_year", DataTypes.IntegerType)
      .add("day", DataTypes.IntegerType)
      .add("actual", DataTypes.DoubleType)
      .add("forecast", DataTypes.DoubleType)
      .add("error", DataTypes.DoubleType)
      .add("n", DataTypes.IntegerType)
      .add("status", DataTypes.StringType)
      .add("fit_unit", DataTypes.StringType)
      .add("k", DataTypes.DoubleType)
      .add("r", DataTypes.DoubleType)
      .add("t0_day", DataTypes.IntegerType)
      .add("r2", DataTypes.DoubleType)
      .add("rmse", DataTypes.DoubleType);

  private static Map<String, SeriesBacktest.Saturation> loadMetrics() {
    Map<String, SeriesBacktest.Saturation> m = new HashMap<>();
    for (String[] f : org.telecomgrowth.extract.rules.MetricRules.readTsv("/transform/forecast_metrics.tsv")) {
      m.put(f[0], new SeriesBacktest.Saturation(Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          "count".equals(f[1])));
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Needs: segmented series points (series_id, country_iso3, metric, scope, date, value, unit, segment), breaks
   * (country_iso3, break_date) and one population per (country_iso3, year) (PenetrationTransform.chosenPopulation).
   * Adds: the forecast groups: series_id, country_iso3, metric, scope, fit_scope, day, value, n_before (points of the
   * series before its last break), pop (the country's population as array of (year, population), sorted).
   */
  public static Dataset<Row> inputs(Dataset<Row> segmented, Dataset<Row> breaks, Dataset<Row> population) {
    List<String> metrics = new ArrayList<>(METRICS.keySet());
    Dataset<Row> pts = segmented.filter(col("metric").isin(metrics.toArray()))
        .filter(col("unit").isin("count", "per_100_inhabitants", "percent"))
        .withColumn("day", datediff(col("date"), to_date(lit(EPOCH))));
    WindowSpec bySeries = Window.partitionBy("series_id");
    Dataset<Row> lastSegment = pts.withColumn("_last", max("segment").over(bySeries))
        .withColumn("n_before", sum(when(col("segment").lt(col("_last")), 1).otherwise(0)).over(bySeries))
        .filter(col("segment").equalTo(col("_last")))
        .select(col("series_id"), col("country_iso3"), col("metric"), col("scope"), lit(SERIES_SCOPE).as("fit_scope"),
            col("day"), col("value"), col("n_before").cast("int").as("n_before"));
    Dataset<Row> last = RegimeBreakTransform.lastBreakPerGroup(pts.filter(col("country_iso3").notEqual("")),
            breaks, "country_iso3", "metric", "scope")
        .filter(col("last_break").gt(col("first_date")))
        .select(col("country_iso3").as("g_country"), col("metric").as("g_metric"), col("scope").as("g_scope"),
            col("last_break"));
    Dataset<Row> sinceBreak = pts.join(last, col("country_iso3").equalTo(col("g_country"))
            .and(col("metric").equalTo(col("g_metric"))).and(col("scope").equalTo(col("g_scope"))))
        .filter(col("date").geq(col("last_break")))
        .select(concat_ws("|", col("country_iso3"), col("metric"), col("scope"), lit("*")).as("series_id"),
            col("country_iso3"), col("metric"), col("scope"), lit(SINCE_BREAK).as("fit_scope"), col("day"),
            col("value"), lit(1).as("n_before"));
    Dataset<Row> pop = population.groupBy(col("country_iso3").as("p_country"))
        .agg(array_sort(collect_list(struct(col("year"), col("population")))).as("pop"));
    return lastSegment.unionByName(sinceBreak)
        .join(pop, col("country_iso3").equalTo(col("p_country")), "left")
        .drop("p_country");
  }

  /**
   * Needs: forecast groups ({@link #inputs}). Adds: per group the raw backtest and fits, columns as {@link #OUT};
   * kind is {@code bt} (a scored backtest forecast; error the APE capped at 1, a failed fit counting 1),
   * {@code own} (a model's record on the series by an origin: n, error the mean), {@code curve} (a model fitted on
   * every point: its yearly curve, horizon 0 in sample), {@code group} (n points, status, origin = last year).
   */
  public static Dataset<Row> backtestAll(Dataset<Row> inputs) {
    return inputs
        .groupByKey((MapFunction<Row, String>) r -> r.<String>getAs("fit_scope") + "\u0001" + r.getAs("series_id"),
            Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> group(rows).iterator(),
            Encoders.row(OUT));
  }

  static List<Row> group(Iterator<Row> rows) {
    List<Row> points = new ArrayList<>();
    rows.forEachRemaining(points::add);
    // Input order depends on the shuffle; sort so every run sees the same problem. One point a year: the year's
    // last (the larger value on its last day). A series reported monthly then weighs what a yearly one does, the
    // damped trend's last points are years, and a fit costs what the years it spans cost, not how often the
    // figure was reported (a corpus with monthly points would otherwise make the backtest grow with its size).
    points.sort(Comparator.<Row>comparingInt(r -> r.getAs("day")).thenComparingDouble(r -> r.getAs("value")));
    List<Row> dedup = new ArrayList<>();
    for (Row r : points) {
      if (!dedup.isEmpty() && year(dedup.get(dedup.size() - 1)) == year(r)) {
        dedup.set(dedup.size() - 1, r);
      } else {
        dedup.add(r);
      }
    }
    Row first = dedup.get(0);
    String metric = first.getAs("metric");
    Object[] head = {first.getAs("series_id"), first.getAs("country_iso3"), metric, first.getAs("scope"),
        first.getAs("fit_scope")};
    int n = dedup.size();
    int[] days = new int[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      days[i] = dedup.get(i).getAs("day");
      values[i] = dedup.get(i).getAs("value");
    }
    List<Row> pop = first.isNullAt(first.fieldIndex("pop")) ? List.of() : first.getList(first.fieldIndex("pop"));
    int[] popYears = new int[pop.size()];
    double[] pops = new double[pop.size()];
    for (int i = 0; i < pop.size(); i++) {
      popYears[i] = pop.get(i).getInt(0);
      pops[i] = pop.get(i).getDouble(1);
    }
    SeriesBacktest.Saturation sat = METRICS.get(metric);
    List<Row> out = new ArrayList<>();
    int lastYear = java.time.LocalDate.ofEpochDay(days[n - 1]).getYear();
    int nBefore = first.<Integer>getAs("n_before");
    String status = n >= SeriesBacktest.MIN_POINTS ? OK : nBefore > 0 ? TOO_FEW_SINCE_BREAK : TOO_FEW_POINTS;
    out.add(row(head, "group", null, lastYear, null, null, null, null, null, null, n, status, null, null, null,
        null, null, null));
    if (n < SeriesBacktest.MIN_POINTS) {
      return out;
    }
    SeriesBacktest.Result res = SeriesBacktest.run(days, values, popYears, pops, sat);
    for (SeriesBacktest.Scored s : res.scored) {
      out.add(row(head, "bt", s.model, s.origin, s.horizon, s.targetYear, s.day, s.actual, s.forecast,
          s.rankError(), null, null, null, null, null, null, null, null));
    }
    for (SeriesBacktest.OwnScore o : res.own) {
      out.add(row(head, "own", o.model, o.origin, null, null, null, null, null,
          Double.isNaN(o.meanError) ? null : o.meanError, o.n, null, null, null, null, null, null, null));
    }
    for (SeriesBacktest.FinalFit f : res.fits) {
      CurveModels.Curve c = f.curve;
      Integer t0Day = Double.isFinite(c.t0) ? (int) Math.round(c.t0 * GrowthTransform.DAYS_PER_YEAR) : null;
      String unit = f.per100 ? "per_100_inhabitants" : null;
      for (double[] p : f.points) {
        out.add(row(head, "curve", f.model, lastYear, (int) p[2], null, (int) p[0], null, p[1], null, n, OK,
            unit, fin(c.k), fin(c.r), t0Day, f.r2, f.rmse));
      }
    }
    return out;
  }

  private static int year(Row r) {
    return java.time.LocalDate.ofEpochDay(r.<Integer>getAs("day")).getYear();
  }

  private static Double fin(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static Row row(Object[] head, String kind, String model, Integer origin, Integer horizon, Integer targetYear,
      Integer day, Double actual, Double forecast, Double error, Integer n, String status, String fitUnit, Double k,
      Double r, Integer t0Day, Double r2, Double rmse) {
    Object[] cells = java.util.Arrays.copyOf(head, OUT.size());
    int i = head.length;
    cells[i++] = kind;
    cells[i++] = model;
    cells[i++] = origin;
    cells[i++] = horizon;
    cells[i++] = targetYear;
    cells[i++] = day;
    cells[i++] = actual;
    cells[i++] = forecast;
    cells[i++] = error;
    cells[i++] = n;
    cells[i++] = status;
    cells[i++] = fitUnit;
    cells[i++] = k;
    cells[i++] = r;
    cells[i++] = t0Day;
    cells[i++] = r2;
    cells[i] = rmse;
    return RowFactory.create(cells);
  }

  private static Column modelOrder() {
    Column c = lit(CurveModels.MODELS.size());
    for (int i = CurveModels.MODELS.size() - 1; i >= 0; i--) {
      c = when(col("model").equalTo(CurveModels.MODELS.get(i)), lit(i)).otherwise(c);
    }
    return c;
  }

  private static Column isNaive(Column model) {
    return model.isin(CurveModels.NAIVE.toArray());
  }

  /**
   * The forecast tables from the raw backtest ({@link #backtestAll}) and the prior (both may be empty): adoption_fit
   * and forecast_backtest, as TransformStage publishes them.
   */
  public static Map<String, Dataset<Row>> tables(Dataset<Row> raw, Dataset<Row> priorModels,
      Dataset<Row> priorIntervals) {
    Dataset<Row> choices = choices(raw, priorModels);
    Dataset<Row> chosen = chosenBacktest(raw, choices);
    Dataset<Row> calibration = calibrationByOrigin(raw, chosen, priorIntervals);
    Map<String, Dataset<Row>> out = new java.util.LinkedHashMap<>();
    out.put(TransformColumns.ADOPTION_FIT, adoptionFit(raw, choices, calibration));
    out.put(TransformColumns.FORECAST_BACKTEST, backtestTable(chosen, calibration));
    return out;
  }

  /**
   * Needs: the raw backtest ({@link #backtestAll}) and the prior model record (metric, model, target_year, n,
   * mean_error: each model's record on forecasts whose target was that year; may be empty). Adds: one row per
   * (series_id, fit_scope, origin): model (the choice), basis (own_backtest, corpus_backtest, prior_backtest; null
   * when no record is long enough), model_error (its mean capped APE on that basis), naive_error (the better naive
   * baseline's on the same basis), ranking (every model with its error on that basis, best first: where the choice
   * has no forecast, the next one stands in). Every record counts only forecasts whose target year is at most the
   * origin, the prior's too: a choice uses only what was known at its origin.
   */
  public static Dataset<Row> choices(Dataset<Row> raw, Dataset<Row> priorModels) {
    Dataset<Row> own = raw.filter(col("kind").equalTo("own"))
        .select(col("series_id"), col("fit_scope"), col("metric"), col("origin"), col("model"),
            col("n").as("own_n"), col("error").as("own_error"));
    Dataset<Row> perYear = raw.filter(col("kind").equalTo("bt").and(col("fit_scope").equalTo(SERIES_SCOPE)))
        .groupBy(col("metric").as("c_metric"), col("model").as("c_model"), col("target_year"))
        .agg(sum("error").as("c_sum"), count(lit(1)).as("c_n"));
    Dataset<Row> origins = own.select(col("metric").as("o_metric"), col("origin").as("o_origin")).distinct();
    Dataset<Row> corpus = origins.join(perYear, col("o_metric").equalTo(col("c_metric"))
            .and(col("target_year").leq(col("o_origin"))))
        .groupBy(col("o_metric"), col("o_origin"), col("c_model"))
        .agg(sum("c_sum").divide(sum("c_n")).as("corpus_error"), sum("c_n").cast("int").as("corpus_n"));
    Dataset<Row> prior = origins.join(priorModels, col("o_metric").equalTo(col("metric"))
            .and(col("target_year").leq(col("o_origin"))))
        .groupBy(col("o_metric").as("p_metric"), col("o_origin").as("p_origin"), col("model").as("p_model"))
        .agg(sum(col("mean_error").multiply(col("n"))).divide(sum("n")).as("prior_error"),
            sum("n").cast("int").as("prior_n"));
    WindowSpec w = Window.partitionBy("series_id", "fit_scope", "origin");
    Dataset<Row> cand = own
        .join(corpus, col("metric").equalTo(col("o_metric")).and(col("origin").equalTo(col("o_origin")))
            .and(col("model").equalTo(col("c_model"))), "left")
        .join(prior, col("metric").equalTo(col("p_metric")).and(col("origin").equalTo(col("p_origin")))
            .and(col("model").equalTo(col("p_model"))), "left")
        .withColumn("_own_min", min("own_n").over(w))
        .withColumn("_corpus_min", min(coalesce(col("corpus_n"), lit(0))).over(w))
        .withColumn("_prior_min", min(coalesce(col("prior_n"), lit(0))).over(w))
        .withColumn("_models", count(lit(1)).over(w));
    Column complete = col("_models").equalTo(CurveModels.MODELS.size());
    // The metric's record across the run first: a series' own ten or twenty forecasts are a noisy judge of nine
    // models (mobile subscribers, full Factbook, 3 years ahead: chosen / better naive 0.78 own first, 0.73 corpus
    // first).
    Column basis = when(complete.and(col("_corpus_min").geq(CORPUS_MIN)), lit(CORPUS))
        .when(complete.and(col("_prior_min").geq(CORPUS_MIN)), lit(PRIOR))
        .when(complete.and(col("_own_min").geq(OWN_MIN)), lit(OWN));
    Dataset<Row> scored = cand.withColumn("basis", basis)
        .withColumn("_error", when(col("basis").equalTo(OWN), col("own_error"))
            .when(col("basis").equalTo(CORPUS), col("corpus_error"))
            .when(col("basis").equalTo(PRIOR), col("prior_error")));
    Dataset<Row> ranked = scored.groupBy(col("series_id"), col("fit_scope"), col("origin"))
        .agg(org.apache.spark.sql.functions.first("basis").as("basis"),
            min(when(isNaive(col("model")), col("_error"))).as("naive_error"),
            array_sort(collect_list(struct(col("_error").as("error"), modelOrder().as("order"),
                col("model").as("model")))).as("_ranked"));
    return ranked
        .withColumn("ranking", when(col("basis").isNotNull(),
            org.apache.spark.sql.functions.expr("transform(_ranked, x -> named_struct('model', x.model, "
                + "'error', x.error))")))
        .select(col("series_id"), col("fit_scope"), col("origin"),
            element_at(col("ranking"), 1).getField("model").as("model"), col("basis"),
            element_at(col("ranking"), 1).getField("error").as("model_error"),
            when(col("basis").isNotNull(), col("naive_error")).as("naive_error"), col("ranking"));
  }

  /**
   * Needs: the raw backtest and the choices. Adds: the backtest rows with chosen (at each origin and target, the
   * best-ranked model of the choice that has a forecast there: the choice, or where it could not be fitted the next
   * one), abs_pct_error, ln_ratio = ln(actual / forecast) where both are positive.
   */
  public static Dataset<Row> chosenBacktest(Dataset<Row> raw, Dataset<Row> choices) {
    Dataset<Row> ch = choices.select(col("series_id").as("ch_series"), col("fit_scope").as("ch_scope"),
        col("origin").as("ch_origin"), col("ranking").getField("model").as("ch_ranking"));
    WindowSpec cell = Window.partitionBy("series_id", "fit_scope", "origin", "horizon");
    return raw.filter(col("kind").equalTo("bt"))
        .join(ch, col("series_id").equalTo(col("ch_series")).and(col("fit_scope").equalTo(col("ch_scope")))
            .and(col("origin").equalTo(col("ch_origin"))), "left")
        .withColumn("_rank", when(col("forecast").isNotNull(),
            org.apache.spark.sql.functions.array_position(col("ch_ranking"), col("model"))))
        .withColumn("_best", min(when(col("_rank").gt(0), col("_rank"))).over(cell))
        .withColumn("chosen", coalesce(col("_rank").equalTo(col("_best")), lit(false)))
        .withColumn("abs_pct_error", when(col("forecast").isNotNull().and(col("actual").notEqual(0)),
            org.apache.spark.sql.functions.abs(col("forecast").minus(col("actual"))).divide(
                org.apache.spark.sql.functions.abs(col("actual")))))
        .withColumn("ln_ratio", when(col("forecast").gt(0).and(col("actual").gt(0)),
            log(col("actual").divide(col("forecast")))))
        .drop("ch_series", "ch_scope", "ch_origin", "ch_ranking", "_rank", "_best");
  }

  /**
   * The method's error distribution as known at each origin, the interval of every forecast made there. Needs: the
   * raw backtest (its origins, the last year of each group included), the chosen backtest and the prior intervals
   * (metric, origin, horizon, n, q10, q90, median_ape: the same as known at that origin on a large corpus; may be
   * empty). Adds: metric, origin, horizon, cal_n, median_ape (of the chosen series-scope forecasts of the metric at
   * that horizon whose target year is at most the origin and among its last {@value #CALIBRATION_YEARS} years; null
   * under {@value #CALIBRATION_MIN}), q10, q90 (the 10th
   * and 90th percentiles of ln(actual/forecast) of those forecasts one year ahead, at least
   * {@value #CALIBRATION_MIN}, times the square root of the horizon; else the prior's at its latest origin up to
   * this one), cal_basis.
   */
  public static Dataset<Row> calibrationByOrigin(Dataset<Row> raw, Dataset<Row> chosenBacktest,
      Dataset<Row> priorIntervals) {
    Dataset<Row> rows = chosenBacktest.filter(col("chosen").and(col("fit_scope").equalTo(SERIES_SCOPE))
            .and(col("ln_ratio").isNotNull()))
        .select(col("metric").as("r_metric"), col("horizon").as("r_horizon"), col("target_year"), col("ln_ratio"),
            col("abs_pct_error"));
    Dataset<Row> origins = raw.filter(col("kind").equalTo("own")).select(col("metric"), col("origin")).distinct();
    Dataset<Row> corpus = origins.join(rows, col("metric").equalTo(col("r_metric"))
            .and(col("target_year").leq(col("origin")))
            .and(col("target_year").gt(col("origin").minus(CALIBRATION_YEARS))))
        .groupBy(col("metric").as("k_metric"), col("origin").as("k_origin"), col("r_horizon").as("k_h"))
        .agg(count(lit(1)).cast("int").as("k_n"),
            percentile_approx(col("ln_ratio"), array(lit(0.1), lit(0.9)), lit(10000)).as("_q"),
            percentile_approx(col("abs_pct_error"), lit(0.5), lit(10000)).as("k_ape"))
        .filter(col("k_n").geq(CALIBRATION_MIN));
    // The interval's quantiles: those one year ahead, widened by the square root of the horizon (a random walk's
    // error growth). The quantiles of the longer horizons themselves come from forecasts made years before the
    // origin, when the series moved more: they covered 89 to 93 % at 3 to 5 years (mobile subscribers, full
    // Factbook); scaled from one year they cover 79 to 82 %.
    Dataset<Row> oneYear = corpus.filter(col("k_h").equalTo(1))
        .select(col("k_metric").as("j_metric"), col("k_origin").as("j_origin"), element_at(col("_q"), 1).as("j_q10"),
            element_at(col("_q"), 2).as("j_q90"));
    Dataset<Row> horizons = origins.crossJoin(
        origins.sparkSession().range(1, SeriesBacktest.HORIZON + 1).select(col("id").cast("int").as("horizon")));
    Dataset<Row> prior = horizons.join(priorIntervals.filter(col("n").geq(CALIBRATION_MIN))
            .select(col("metric").as("p_metric"), col("origin").as("p_origin"), col("horizon").as("p_h"),
                col("n").as("p_n"), col("q10").as("p_q10"), col("q90").as("p_q90"), col("median_ape").as("p_ape")),
            col("metric").equalTo(col("p_metric")).and(col("horizon").equalTo(col("p_h")))
                .and(col("p_origin").leq(col("origin"))))
        .withColumn("_latest", row_number().over(Window.partitionBy("metric", "origin", "horizon")
            .orderBy(col("p_origin").desc())))
        .filter(col("_latest").equalTo(1));
    Column fromCorpus = col("j_q10").isNotNull();
    Column widen = org.apache.spark.sql.functions.sqrt(col("horizon").cast("double"));
    return horizons
        .join(oneYear, col("metric").equalTo(col("j_metric")).and(col("origin").equalTo(col("j_origin"))), "left")
        .join(corpus, col("metric").equalTo(col("k_metric")).and(col("origin").equalTo(col("k_origin")))
            .and(col("horizon").equalTo(col("k_h"))), "left")
        .join(prior.select(col("metric").as("x_metric"), col("origin").as("x_origin"), col("horizon").as("x_h"),
                col("p_n"), col("p_q10"), col("p_q90"), col("p_ape")),
            col("metric").equalTo(col("x_metric")).and(col("origin").equalTo(col("x_origin")))
                .and(col("horizon").equalTo(col("x_h"))), "left")
        .filter(fromCorpus.or(col("p_n").isNotNull()))
        .select(col("metric"), col("origin"), col("horizon"),
            when(fromCorpus, col("k_n")).otherwise(col("p_n")).as("cal_n"),
            when(fromCorpus, col("j_q10").multiply(widen)).otherwise(col("p_q10")).as("q10"),
            when(fromCorpus, col("j_q90").multiply(widen)).otherwise(col("p_q90")).as("q90"),
            when(fromCorpus, col("k_ape")).otherwise(col("p_ape")).as("median_ape"),
            when(fromCorpus, lit(CORPUS)).otherwise(lit(PRIOR)).as("cal_basis"));
  }

  /**
   * Needs: the chosen backtest and its calibration by origin. Adds: the forecast_backtest table
   * ({@link TransformColumns#FORECAST_BACKTEST_COLUMNS}); lower80/upper80 on the chosen rows whose interval could be
   * calibrated at their origin.
   */
  public static Dataset<Row> backtestTable(Dataset<Row> chosenBacktest, Dataset<Row> calibrationByOrigin) {
    Dataset<Row> cal = calibrationByOrigin.select(col("metric").as("k_metric"), col("origin").as("k_origin"),
        col("horizon").as("k_h"), col("q10").as("k_q10"), col("q90").as("k_q90"));
    Column withInterval = col("chosen").and(col("forecast").isNotNull());
    return chosenBacktest
        .join(cal, col("metric").equalTo(col("k_metric")).and(col("origin").equalTo(col("k_origin")))
            .and(col("horizon").equalTo(col("k_h"))), "left")
        .withColumn("lower80", when(withInterval, col("forecast").multiply(exp(col("k_q10")))))
        .withColumn("upper80", when(withInterval, col("forecast").multiply(exp(col("k_q90")))))
        .withColumn("date", date_add(to_date(lit(EPOCH)), col("day")))
        .select(TransformColumns.FORECAST_BACKTEST_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  /**
   * Needs: the raw backtest, the choices and the calibration by origin. Adds: the adoption_fit table
   * ({@link TransformColumns#ADOPTION_FIT_COLUMNS}): for a group with a forecast, the curve of the best-ranked model
   * of the choice at its last year that could be fitted on every point (yearly from the first point it describes,
   * horizon 0, then 1 to 5 years past the last point with their 80 % interval and the method's backtest median APE
   * at that horizon, both as known at the last year); otherwise one row saying why there is none.
   */
  public static Dataset<Row> adoptionFit(Dataset<Row> raw, Dataset<Row> choices, Dataset<Row> calibration) {
    Dataset<Row> groups = raw.filter(col("kind").equalTo("group"))
        .select(col("series_id"), col("fit_scope"), col("origin"), col("country_iso3"), col("metric"),
            col("scope"), col("n").as("n_points"), col("status").as("g_status"));
    Dataset<Row> fitted = raw.filter(col("kind").equalTo("curve").and(col("horizon").equalTo(SeriesBacktest.HORIZON)))
        .select(col("series_id").as("f_series"), col("fit_scope").as("f_scope"), col("model").as("f_model"));
    // The stand-in: the best-ranked model with a curve on every point.
    Dataset<Row> usable = choices.select(col("series_id").as("ch_series"), col("fit_scope").as("ch_scope"),
            col("origin").as("ch_origin"), col("basis").as("choice_basis"), col("naive_error"),
            org.apache.spark.sql.functions.posexplode(col("ranking")))
        .join(fitted, col("ch_series").equalTo(col("f_series")).and(col("ch_scope").equalTo(col("f_scope")))
            .and(col("col").getField("model").equalTo(col("f_model"))))
        .withColumn("_first", row_number().over(Window.partitionBy("ch_series", "ch_scope", "ch_origin")
            .orderBy(col("pos"))))
        .filter(col("_first").equalTo(1))
        .select(col("ch_series"), col("ch_scope"), col("ch_origin"), col("choice_basis"), col("naive_error"),
            col("col").getField("model").as("model"), col("col").getField("error").as("model_error"));
    Dataset<Row> chosenAtAll = choices.filter(col("basis").isNotNull())
        .select(col("series_id").as("a_series"), col("fit_scope").as("a_scope"), col("origin").as("a_origin"),
            col("model").as("a_model"));
    Dataset<Row> calibrated = calibration.groupBy(col("metric").as("m_metric"), col("origin").as("m_origin"))
        .agg(countDistinct(col("horizon")).as("_hs"))
        .filter(col("_hs").geq(SeriesBacktest.HORIZON))
        .select(col("m_metric"), col("m_origin"), lit(true).as("_calibrated"));
    Dataset<Row> curves = raw.filter(col("kind").equalTo("curve"))
        .select(col("series_id").as("cv_series"), col("fit_scope").as("cv_scope"), col("model").as("cv_model"),
            col("day"), col("horizon"), col("forecast").as("fitted_value"), col("fit_unit"), col("k"), col("r"),
            col("t0_day"), col("r2"), col("rmse"));
    Dataset<Row> summary = groups
        .join(chosenAtAll, col("series_id").equalTo(col("a_series")).and(col("fit_scope").equalTo(col("a_scope")))
            .and(col("origin").equalTo(col("a_origin"))), "left")
        .join(usable, col("series_id").equalTo(col("ch_series")).and(col("fit_scope").equalTo(col("ch_scope")))
            .and(col("origin").equalTo(col("ch_origin"))), "left")
        .join(calibrated, col("metric").equalTo(col("m_metric")).and(col("origin").equalTo(col("m_origin"))),
            "left")
        .withColumn("model", coalesce(col("model"), col("a_model")))
        .withColumn("_status", when(col("g_status").notEqual(OK), col("g_status"))
            .when(col("a_model").isNull(), lit(NO_BACKTEST))
            .when(col("ch_series").isNull(), lit(NOT_CONVERGED))
            .when(isNaive(col("model")), lit(NAIVE_BEST))
            .when(col("_calibrated").isNull(), lit(NO_INTERVAL))
            .otherwise(lit(OK)));
    Dataset<Row> joined = summary.join(curves, col("series_id").equalTo(col("cv_series"))
            .and(col("fit_scope").equalTo(col("cv_scope"))).and(col("model").equalTo(col("cv_model")))
            .and(col("_status").equalTo(OK)), "left")
        .withColumn("fit_status", col("_status"));
    Dataset<Row> cal = calibration.select(col("metric").as("q_metric"), col("origin").as("q_origin"),
        col("horizon").as("q_h"), col("q10"), col("q90"), col("median_ape").as("backtest_median_ape"),
        col("cal_n").as("backtest_n"));
    Column epoch = to_date(lit(EPOCH));
    Column isForecast = col("horizon").gt(0);
    return joined
        .join(cal, col("metric").equalTo(col("q_metric")).and(col("origin").equalTo(col("q_origin")))
            .and(col("horizon").equalTo(col("q_h"))), "left")
        .select(col("series_id"), col("country_iso3"), col("metric"), col("scope"), col("fit_scope"),
            col("fit_status"), when(col("fit_status").equalTo(NO_BACKTEST), lit(null)).otherwise(col("model"))
                .as("model"), col("choice_basis"), col("model_error"), col("naive_error"), col("n_points"),
            col("fit_unit"), col("k"), col("r"), date_add(epoch, col("t0_day")).as("t0"), col("r2"), col("rmse"),
            date_add(epoch, col("day")).as("date"), col("horizon"), col("fitted_value"), isForecast.as("forecast"),
            when(isForecast, col("fitted_value").multiply(exp(col("q10")))).as("lower80"),
            when(isForecast, col("fitted_value").multiply(exp(col("q90")))).as("upper80"),
            when(isForecast, col("backtest_median_ape")).as("backtest_median_ape"),
            when(isForecast, col("backtest_n")).as("backtest_n"));
  }
}
