package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Logistic adoption curves V(t) = K / (1 + e^(-r (t - t0))) fitted by {@link LogisticFit} inside Spark tasks
 * (groupByKey + flatMapGroups: one group's points at a time, the driver never sees them).
 *
 * <p>What is fitted: every count series (fit_scope series), and for each count metric (country, metric, scope)
 * whose points lie on both sides of a regime break, all its points from every source on or after the last break
 * (fit_scope since_break, series_id country|metric|scope|*). Bounded points (at_least, at_most, approx) enter at
 * their value. Fewer than {@value LogisticFit#MIN_POINTS} points: one row with fit_status too_few_points.
 * Curve points are yearly from the first observation to three years past the last; later ones are forecast.
 */
public final class AdoptionFitTransform {
  private AdoptionFitTransform() {}

  public static final String SERIES_SCOPE = "series";
  public static final String SINCE_BREAK = "since_break";
  static final int FORECAST_YEARS = 3;
  private static final String EPOCH = "1970-01-01";

  /** The points a fit group gets; days are since 1970-01-01 so the grouped function needs no date classes. */
  static final StructType INPUT = new StructType()
      .add("series_id", DataTypes.StringType)
      .add("country_iso3", DataTypes.StringType)
      .add("metric", DataTypes.StringType)
      .add("scope", DataTypes.StringType)
      .add("fit_scope", DataTypes.StringType)
      .add("day", DataTypes.IntegerType)
      .add("value", DataTypes.DoubleType);

  static final StructType FITTED = new StructType()
      .add("series_id", DataTypes.StringType)
      .add("country_iso3", DataTypes.StringType)
      .add("metric", DataTypes.StringType)
      .add("scope", DataTypes.StringType)
      .add("fit_scope", DataTypes.StringType)
      .add("fit_status", DataTypes.StringType)
      .add("n_points", DataTypes.IntegerType)
      .add("k", DataTypes.DoubleType)
      .add("r", DataTypes.DoubleType)
      .add("t0_day", DataTypes.IntegerType)
      .add("r2", DataTypes.DoubleType)
      .add("rmse", DataTypes.DoubleType)
      .add("day", DataTypes.IntegerType)
      .add("fitted_value", DataTypes.DoubleType)
      .add("forecast", DataTypes.BooleanType);

  /**
   * Needs: series points with segment (RegimeBreakTransform.segments) and breaks (country_iso3, break_date).
   * Adds: the fit groups, columns as {@link #INPUT}.
   */
  public static Dataset<Row> fitInputs(Dataset<Row> segmentedSeries, Dataset<Row> breaks) {
    Dataset<Row> counts = segmentedSeries.filter(col("unit").equalTo("count"))
        .withColumn("day", datediff(col("date"), to_date(lit(EPOCH))));
    Dataset<Row> perSeries = counts.select(col("series_id"), col("country_iso3"), col("metric"), col("scope"),
        lit(SERIES_SCOPE).as("fit_scope"), col("day"), col("value"));
    // A document without a country has no country-wide group: its series are fitted one by one only.
    Dataset<Row> last = RegimeBreakTransform.lastBreakPerGroup(counts.filter(col("country_iso3").notEqual("")),
            breaks, "country_iso3", "metric", "scope")
        .filter(col("last_break").gt(col("first_date")))
        .select(col("country_iso3").as("g_country"), col("metric").as("g_metric"), col("scope").as("g_scope"),
            col("last_break"));
    Dataset<Row> sinceBreak = counts.join(last, col("country_iso3").equalTo(col("g_country"))
            .and(col("metric").equalTo(col("g_metric"))).and(col("scope").equalTo(col("g_scope"))))
        .filter(col("date").geq(col("last_break")))
        .select(concat_ws("|", col("country_iso3"), col("metric"), col("scope"), lit("*")).as("series_id"),
            col("country_iso3"), col("metric"), col("scope"), lit(SINCE_BREAK).as("fit_scope"), col("day"),
            col("value"));
    return perSeries.union(sinceBreak);
  }

  /** Needs: fit groups ({@link #INPUT}). Adds: the adoption_fit table ({@link TransformColumns#ADOPTION_FIT_COLUMNS}). */
  public static Dataset<Row> fit(Dataset<Row> inputs) {
    Dataset<Row> fitted = inputs
        .groupByKey((MapFunction<Row, String>) r -> r.<String>getAs("fit_scope") + "\u0001" + r.getAs("series_id"),
            Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> fitGroup(rows).iterator(),
            Encoders.row(FITTED));
    Column epoch = to_date(lit(EPOCH));
    return fitted.select(col("series_id"), col("country_iso3"), col("metric"), col("scope"), col("fit_scope"),
        col("fit_status"), col("n_points"), col("k"), col("r"), date_add(epoch, col("t0_day")).as("t0"),
        col("r2"), col("rmse"), date_add(epoch, col("day")).as("date"), col("fitted_value"), col("forecast"));
  }

  /** Fits one group's points and returns its rows (parameters repeated on each curve point). */
  static List<Row> fitGroup(Iterator<Row> rows) {
    List<Row> points = new ArrayList<>();
    rows.forEachRemaining(points::add);
    // Input order depends on the shuffle; sort so the optimiser sees the same problem on every run.
    points.sort(Comparator.<Row>comparingInt(r -> r.getAs("day")).thenComparingDouble(r -> r.getAs("value")));
    Row first = points.get(0);
    int n = points.size();
    int firstDay = first.getAs("day");
    int lastDay = points.get(n - 1).getAs("day");
    double[] t = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = years(firstDay, points.get(i).getAs("day"));
      v[i] = points.get(i).getAs("value");
    }
    LogisticFit f = LogisticFit.fit(t, v);
    List<Row> out = new ArrayList<>();
    Object[] head = {first.getAs("series_id"), first.getAs("country_iso3"), first.getAs("metric"),
        first.getAs("scope"), first.getAs("fit_scope"), f.status, n};
    if (!f.ok()) {
      out.add(row(head, null, null, null, null, null, null, null, null));
      return out;
    }
    int t0Day = firstDay + (int) Math.round(f.t0 * GrowthTransform.DAYS_PER_YEAR);
    LocalDate start = LocalDate.ofEpochDay(firstDay);
    LocalDate end = LocalDate.ofEpochDay(lastDay).plusYears(FORECAST_YEARS);
    for (LocalDate d = start; !d.isAfter(end); d = d.plusYears(1)) {
      int day = (int) d.toEpochDay();
      out.add(row(head, f.k, f.r, t0Day, f.r2, f.rmse, day, f.valueAt(years(firstDay, day)), day > lastDay));
    }
    return out;
  }

  private static double years(int fromDay, int toDay) {
    return (toDay - fromDay) / GrowthTransform.DAYS_PER_YEAR;
  }

  private static Row row(Object[] head, Double k, Double r, Integer t0Day, Double r2, Double rmse, Integer day,
      Double fitted, Boolean forecast) {
    Object[] cells = java.util.Arrays.copyOf(head, head.length + 8);
    int i = head.length;
    cells[i++] = k;
    cells[i++] = r;
    cells[i++] = t0Day;
    cells[i++] = r2;
    cells[i++] = rmse;
    cells[i++] = day;
    cells[i++] = fitted;
    cells[i] = forecast;
    return RowFactory.create(cells);
  }
}
