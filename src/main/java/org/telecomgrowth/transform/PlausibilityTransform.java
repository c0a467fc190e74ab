package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
 * Plausibility before growth: flags series points that break their series' scale, so that growth, penetration and
 * fits never use them (they stay in series with the reason in {@code flag}; empty = plausible). Runs per series
 * inside Spark tasks (groupByKey + flatMapGroups, one series' points at a time).
 *
 * <p>Rules, first that applies is the reason: (1) a unit other than the one the metric is counted in ("per-100
 * value in a count series"); (2) a share above 100; (3) mobile subscribers above 3 x the reference population of
 * the year, or more than 300 mobile subscriptions per 100 inhabitants; a national count below 1 per 100,000
 * inhabitants of the year (a world rank or a per-100 figure typed as a count); (4) a scale break against the series'
 * plausible neighbour: starting from the median point (by value) and walking outwards in date order, a point more
 * than x10 per year above, or below a fifth per year of, the last accepted point (the year counted as at least
 * one, so early mobile growth of x5 a year passes while a rank or a per-100 figure among counts does not).
 * Points with a value of zero or less are not compared.
 */
public final class PlausibilityTransform {
  private PlausibilityTransform() {}

  static final double MAX_RISE_PER_YEAR = 10.0;
  static final double MAX_FALL_PER_YEAR = 5.0;
  static final double MOBILE_PER_PERSON = 3.0;
  /** A national count below this share of the population is a rank or a per-100 figure, not a count. */
  static final double MIN_PER_PERSON = 1e-5;
  private static final String POP = "_pop";

  /**
   * Needs: series points (SeriesTransform.POINT_COLUMNS) and one population per (country_iso3, year)
   * (PenetrationTransform.chosenPopulation). Adds: flag; columns as {@link TransformColumns#SERIES_COLUMNS}.
   */
  public static Dataset<Row> flag(Dataset<Row> points, Dataset<Row> population) {
    Dataset<Row> pop = population.select(col("country_iso3").as("p_c"), col("year").as("p_y"),
        col("population").as(POP));
    Dataset<Row> in = points
        .join(pop, col("country_iso3").equalTo(col("p_c")).and(year(col("date")).equalTo(col("p_y"))),
            "left")
        .select(points.columns().length == 0 ? new Column[0] : withPop(points.columns()));
    StructType out = in.schema().add("flag", DataTypes.StringType);
    int popIndex = in.schema().fieldIndex(POP);
    Dataset<Row> flagged = in
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("series_id"), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (k, rows) -> flagGroup(rows, popIndex).iterator(),
            Encoders.row(out));
    return flagged.select(TransformColumns.SERIES_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  private static Column[] withPop(String[] columns) {
    List<Column> c = new ArrayList<>();
    for (String name : columns) {
      c.add(col(name));
    }
    c.add(col(POP));
    return c.toArray(new Column[0]);
  }

  /** Only the plausible points (flag empty). Needs: flagged series. */
  public static Dataset<Row> plausible(Dataset<Row> series) {
    return series.filter(col("flag").equalTo(""));
  }

  static List<Row> flagGroup(Iterator<Row> rows, int popIndex) {
    List<Row> pts = new ArrayList<>();
    rows.forEachRemaining(pts::add);
    pts.sort(Comparator.<Row, java.sql.Date>comparing(r -> r.getAs("date"))
        .thenComparingDouble(r -> r.<Double>getAs("value")));
    String[] flags = new String[pts.size()];
    List<Integer> scaled = new ArrayList<>();
    for (int i = 0; i < pts.size(); i++) {
      Row r = pts.get(i);
      flags[i] = pointFlag(r.getAs("metric"), r.getAs("unit"), r.<Double>getAs("value"),
          r.isNullAt(popIndex) || !"national".equals(r.getAs("scope")) ? null : r.getDouble(popIndex));
      if (flags[i] == null && r.<Double>getAs("value") > 0) {
        scaled.add(i);
      }
    }
    scaleFlags(pts, scaled, flags);
    List<Row> out = new ArrayList<>(pts.size());
    for (int i = 0; i < pts.size(); i++) {
      Row r = pts.get(i);
      Object[] cells = new Object[r.length() + 1];
      for (int c = 0; c < r.length(); c++) {
        cells[c] = r.get(c);
      }
      cells[r.length()] = flags[i] == null ? "" : flags[i];
      out.add(RowFactory.create(cells));
    }
    return out;
  }

  /** Rules 1-3 for one point; null when it passes them. */
  static String pointFlag(String metric, String unit, double value, Double population) {
    String expected = expectedUnit(metric);
    if (expected != null && !expected.equals(unit)) {
      return "count".equals(expected) && "per_100_inhabitants".equals(unit) ? "per-100 value in a count series"
          : "unit " + unit + " in a " + expected + " series";
    }
    if ("percent".equals(unit) && value > 100) {
      return "share above 100";
    }
    if ("mobile_subscribers".equals(metric) && population != null && population > 0
        && value > MOBILE_PER_PERSON * population) {
      return "mobile subscribers above 3 x population";
    }
    if ("mobile_subscribers_per_100".equals(metric) && value > MOBILE_PER_PERSON * 100) {
      return "mobile subscribers above 3 x population";
    }
    if ("count".equals(expected) && population != null && population > 0 && value > 0
        && value < MIN_PER_PERSON * population) {
      return "fewer than 1 per 100,000 inhabitants";
    }
    return null;
  }

  /** Rule 4: walk from the median point forwards and backwards, comparing with the last accepted point. */
  static void scaleFlags(List<Row> pts, List<Integer> idx, String[] flags) {
    if (idx.size() < 2) {
      return;
    }
    List<Integer> byValue = new ArrayList<>(idx);
    byValue.sort(Comparator.comparingDouble(i -> pts.get(i).<Double>getAs("value")));
    int anchor = byValue.get((byValue.size() - 1) / 2);
    int a = idx.indexOf(anchor);
    for (int dir : new int[] {1, -1}) {
      int accepted = anchor;
      for (int k = a + dir; k >= 0 && k < idx.size(); k += dir) {
        int i = idx.get(k);
        String f = scaleBreak(pts.get(dir > 0 ? accepted : i), pts.get(dir > 0 ? i : accepted), dir > 0);
        if (f == null) {
          accepted = i;
        } else {
          Row ref = pts.get(accepted);
          flags[i] = f + " against " + ref.getAs("date") + " (" + fmt(ref.<Double>getAs("value")) + ")";
        }
      }
    }
  }

  /** The break between an earlier and a later point, or null; laterIsNew: the later point is the one judged. */
  static String scaleBreak(Row earlier, Row later, boolean laterIsNew) {
    double years = Math.max(1.0, (((java.sql.Date) later.getAs("date")).toLocalDate().toEpochDay()
        - ((java.sql.Date) earlier.getAs("date")).toLocalDate().toEpochDay()) / GrowthTransform.DAYS_PER_YEAR);
    double ratio = later.<Double>getAs("value") / earlier.<Double>getAs("value");
    if (ratio > Math.pow(MAX_RISE_PER_YEAR, years)) {
      return laterIsNew ? "rise of more than x10 a year" : "below a tenth a year of the next point";
    }
    if (ratio < Math.pow(1 / MAX_FALL_PER_YEAR, years)) {
      return laterIsNew ? "fall to below a fifth a year" : "more than x5 a year above the next point";
    }
    return null;
  }

  /** Java twin of SeriesTransform.expectedUnit. */
  static String expectedUnit(String metric) {
    if (metric == null) {
      return null;
    }
    if (metric.endsWith("_per_100")) {
      return "per_100_inhabitants";
    }
    if (metric.endsWith("_share") || metric.startsWith("households_with_") || metric.startsWith("network_coverage_")) {
      return "percent";
    }
    return metric.matches("^(fixed_lines|.*_subscribers|.*_subscriptions|internet_users|.*_sets)$") ? "count" : null;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.4g", v);
  }
}
