package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Growth figures per series: consecutive pairs, whole span, each segment between regime breaks, and
 * year-over-year on an annual log-linear interpolation.
 *
 * <p>years = days / 365.25; cagr = (to / from)^(1 / years) - 1; doubling_time_years = ln 2 / ln(1 + cagr), only
 * when cagr > 0. A bound is carried, never dropped: the figure is at_least when the end is at_least or the start
 * at_most (the true end may be higher, the true start lower), at_most in the mirror case, approx when the two
 * bounds pull in opposite directions (note says "conflicting bounds") or an end is approx.
 */
public final class GrowthTransform {
  private GrowthTransform() {}

  public static final String PAIR = "pair";
  public static final String SPAN = "span";
  public static final String SEGMENT = "segment";
  public static final String YOY = "yoy";

  static final double DAYS_PER_YEAR = 365.25;

  private static final String[] KEYS = {"series_id", "country_iso3", "metric", "scope", "source"};

  /**
   * Needs: series points (TransformColumns.SERIES_COLUMNS) with segment (RegimeBreakTransform.segments). Adds: the
   * growth table, columns as {@link TransformColumns#GROWTH_COLUMNS}.
   */
  public static Dataset<Row> growth(Dataset<Row> segmentedSeries) {
    Dataset<Row> pairs = pairs(segmentedSeries);
    return finish(pairs.select(ends(lit(PAIR))))
        .union(finish(spans(segmentedSeries)))
        .union(finish(segmentSpans(segmentedSeries)))
        .union(finish(yearOverYear(pairs)));
  }

  private static Column[] keys() {
    return java.util.Arrays.stream(KEYS).map(k -> col(k)).toArray(Column[]::new);
  }

  /** Consecutive points of each series (LEAD over date); a pair whose ends lie in different segments crosses a break. */
  static Dataset<Row> pairs(Dataset<Row> s) {
    WindowSpec w = Window.partitionBy("series_id").orderBy("date", "value", "evidence_ref");
    return s.withColumn("to_date", lead("date", 1).over(w))
        .withColumn("to_value", lead("value", 1).over(w))
        .withColumn("to_q", lead("qualifier", 1).over(w))
        .withColumn("to_segment", lead("segment", 1).over(w))
        .withColumn("to_ref", lead("evidence_ref", 1).over(w))
        .filter(col("to_date").isNotNull())
        .withColumn("crosses_break", col("segment").notEqual(col("to_segment")))
        .select(col("series_id"), col("country_iso3"), col("metric"), col("scope"), col("source"),
            when(col("crosses_break"), lit(null).cast(DataTypes.IntegerType)).otherwise(col("segment")).as("segment"),
            col("date").as("from_date"), col("to_date"), col("value").as("from_value"), col("to_value"),
            col("qualifier").as("from_q"), col("to_q"), col("crosses_break"), lit(false).as("interpolated"),
            lit(null).cast(DataTypes.StringType).as("null_reason"),
            joinRefs(col("evidence_ref"), col("to_ref")).as("evidence_ref"));
  }

  /** The columns {@link #finish} needs, from a pairs-shaped frame. */
  private static Column[] ends(Column kind) {
    return new Column[] {col("series_id"), col("country_iso3"), col("metric"), col("scope"), col("source"),
        kind.as("kind"), col("segment"), col("from_date"), col("to_date"), col("from_value"), col("to_value"),
        col("from_q"), col("to_q"), col("crosses_break"), col("interpolated"), col("null_reason"),
        col("evidence_ref")};
  }

  private static Column point() {
    return struct(col("date"), col("value"), col("qualifier"), col("segment"), col("evidence_ref"));
  }

  /** First to last point of each series; ties on a date resolved by value so the result is deterministic. */
  private static Dataset<Row> spans(Dataset<Row> s) {
    return firstToLast(s.groupBy(keys()), lit(SPAN), false);
  }

  private static Dataset<Row> segmentSpans(Dataset<Row> s) {
    Column[] k = java.util.Arrays.copyOf(keys(), KEYS.length + 1);
    k[KEYS.length] = col("segment");
    return firstToLast(s.groupBy(k), lit(SEGMENT), true);
  }

  private static Dataset<Row> firstToLast(org.apache.spark.sql.RelationalGroupedDataset g, Column kind,
      boolean perSegment) {
    Dataset<Row> agg = g.agg(min(point()).as("first"), max(point()).as("last"), count(lit(1)).as("n"));
    Column crosses = perSegment ? lit(false) : col("first.segment").notEqual(col("last.segment"));
    Column segment = perSegment ? col("segment") : lit(null).cast(DataTypes.IntegerType);
    return agg.select(col("series_id"), col("country_iso3"), col("metric"), col("scope"), col("source"),
        kind.as("kind"), segment.as("segment"), col("first.date").as("from_date"), col("last.date").as("to_date"),
        col("first.value").as("from_value"), col("last.value").as("to_value"), col("first.qualifier").as("from_q"),
        col("last.qualifier").as("to_q"), crosses.as("crosses_break"), lit(false).as("interpolated"),
        when(col("n").equalTo(1), lit("single point")).as("null_reason"),
        when(col("n").equalTo(1), col("first.evidence_ref"))
            .otherwise(joinRefs(col("first.evidence_ref"), col("last.evidence_ref"))).as("evidence_ref"));
  }

  /**
   * Year-over-year growth between the mid-year points (the contract's year midpoint, e.g. 2015-07-02) of an
   * annual series interpolated log-linearly inside each pair of observed points of one segment. Only inside the
   * observed span (no extrapolation), never across a break, and only where both ends are positive (a logarithm
   * needs them). A mid-year point that is an observed point is not interpolated.
   */
  static Dataset<Row> yearOverYear(Dataset<Row> pairs) {
    Column yearStart = make_date(col("y"), lit(1), lit(1));
    Column mid = SeriesTransform.midpoint(yearStart, make_date(col("y"), lit(12), lit(31)));
    Column atFrom = col("mid").equalTo(col("from_date"));
    Column atTo = col("mid").equalTo(col("to_date"));
    Column frac = datediff(col("mid"), col("from_date")).cast(DataTypes.DoubleType)
        .divide(datediff(col("to_date"), col("from_date")));
    Dataset<Row> annual = pairs
        .filter(col("crosses_break").equalTo(false).and(col("from_value").gt(0)).and(col("to_value").gt(0))
            .and(col("to_date").gt(col("from_date"))))
        .withColumn("y", explode(sequence(year(col("from_date")), year(col("to_date")))))
        .withColumn("mid", mid)
        .filter(col("mid").geq(col("from_date")).and(col("mid").leq(col("to_date"))))
        .withColumn("a_value", when(atFrom, col("from_value")).when(atTo, col("to_value"))
            .otherwise(col("from_value").multiply(exp(log(col("to_value").divide(col("from_value"))).multiply(frac)))))
        .withColumn("a_q", when(atFrom, col("from_q")).when(atTo, col("to_q"))
            .otherwise(levelQualifier(col("from_q"), col("to_q"))))
        .withColumn("a_interp", atFrom.or(atTo).unary_$bang())
        .groupBy(col("series_id"), col("country_iso3"), col("metric"), col("scope"), col("source"),
            col("segment"), col("y"))
        // An observed mid-year point is reached from the pair on each side: prefer the observed (not interpolated).
        .agg(min(struct(col("a_interp"), col("a_value"), col("a_q"), col("mid"), col("evidence_ref"))).as("p"));
    WindowSpec w = Window.partitionBy("series_id", "segment").orderBy("y");
    return annual
        .withColumn("prev", lag("p", 1).over(w))
        .withColumn("prev_y", lag("y", 1).over(w))
        .filter(col("prev_y").equalTo(col("y").minus(1)))
        .select(col("series_id"), col("country_iso3"), col("metric"), col("scope"), col("source"),
            lit(YOY).as("kind"), col("segment"), col("prev.mid").as("from_date"), col("p.mid").as("to_date"),
            col("prev.a_value").as("from_value"), col("p.a_value").as("to_value"), col("prev.a_q").as("from_q"),
            col("p.a_q").as("to_q"), lit(false).as("crosses_break"),
            col("prev.a_interp").or(col("p.a_interp")).as("interpolated"),
            lit(null).cast(DataTypes.StringType).as("null_reason"),
            joinRefs(col("prev.evidence_ref"), col("p.evidence_ref")).as("evidence_ref"));
  }

  /** Adds years, cagr, doubling time, the carried qualifier and the note; selects the growth columns. */
  private static Dataset<Row> finish(Dataset<Row> ends) {
    Column days = datediff(col("to_date"), col("from_date"));
    Column reason = when(col("null_reason").isNotNull(), col("null_reason"))
        .when(col("kind").equalTo(SPAN).and(col("crosses_break")), lit("spans a regime break"))
        .when(col("from_value").leq(0), lit("start value not positive"))
        .when(col("to_value").lt(0), lit("end value negative"))
        .when(days.equalTo(0), lit("same date"));
    Column lower = col("to_q").equalTo("at_least").or(col("from_q").equalTo("at_most"));
    Column upper = col("to_q").equalTo("at_most").or(col("from_q").equalTo("at_least"));
    Column qualifier = when(lower.and(upper), lit("approx"))
        .when(lower, lit("at_least"))
        .when(upper, lit("at_most"))
        .when(col("from_q").equalTo("approx").or(col("to_q").equalTo("approx")), lit("approx"))
        .otherwise(lit("exact"));
    return ends
        .withColumn("years", days.cast(DataTypes.DoubleType).divide(DAYS_PER_YEAR))
        .withColumn("reason", reason)
        .withColumn("cagr", when(col("reason").isNull(),
            pow(col("to_value").divide(col("from_value")), lit(1.0).divide(col("years"))).minus(1)))
        // a huge ratio over a few days can overflow a double: no rate rather than Infinity
        .withColumn("reason", when(col("cagr").isNotNull().and(col("cagr").equalTo(Double.POSITIVE_INFINITY)
            .or(isnan(col("cagr")))), lit("growth rate too large to state")).otherwise(col("reason")))
        .withColumn("cagr", when(col("reason").isNull(), col("cagr")))
        .withColumn("doubling_time_years", when(col("cagr").gt(0),
            lit(Math.log(2)).divide(log(lit(1.0).plus(col("cagr"))))))
        .withColumn("qualifier", qualifier)
        .withColumn("note", concat_ws("; ", col("reason"),
            when(lower.and(upper), lit("conflicting bounds"))))
        .withColumn("flag", flag(days, col("crosses_break"), col("cagr")))
        .select(TransformColumns.GROWTH_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  /** Flag values: why a growth figure may not be a headline. */
  public static final String UNDER_ONE_YEAR = "interval under one year";
  public static final String CROSSES_BREAK = "crosses a regime break";
  public static final String ABOVE_300 = "CAGR above 300 %/yr";
  public static final String UNDER_HALF_WINDOW = "covers under half the window";
  /** A CAGR above this (300 % a year) is always flagged. */
  public static final double MAX_PLAUSIBLE_CAGR = 3.0;

  /** The flag column: reasons a figure is not plausible as a headline joined by "; ", empty when none. */
  static Column flag(Column days, Column crossesBreak, Column cagr) {
    return concat_ws("; ", when(days.lt(365).and(days.gt(0)), lit(UNDER_ONE_YEAR)),
        when(crossesBreak, lit(CROSSES_BREAK)), when(cagr.gt(MAX_PLAUSIBLE_CAGR), lit(ABOVE_300)));
  }

  public static final String WINDOW_2000_2010 = "2000-2010";
  public static final String WINDOW_2010_2020 = "2010-2020";
  public static final String WINDOW_SINCE_BREAK = "since_last_break";

  /**
   * Standard windows per series. Needs: plausible series points with segment. Adds: the growth_windows table
   * ({@link TransformColumns#GROWTH_WINDOWS_COLUMNS}). A window takes the first and last point dated in its calendar
   * years (2000-2010: 2000-01-01 to 2010-12-31), or the first and last point of the series' last segment.
   */
  public static Dataset<Row> windows(Dataset<Row> segmentedSeries) {
    Column y = year(col("date"));
    Dataset<Row> tagged = segmentedSeries
        .withColumn("_last_segment", max("segment").over(Window.partitionBy("series_id")))
        .withColumn("window", explode(org.apache.spark.sql.functions.array(
            when(y.between(2000, 2010), lit(WINDOW_2000_2010)),
            when(y.between(2010, 2020), lit(WINDOW_2010_2020)),
            when(col("segment").equalTo(col("_last_segment")), lit(WINDOW_SINCE_BREAK)))))
        .filter(col("window").isNotNull());
    Column[] k = java.util.Arrays.copyOf(keys(), KEYS.length + 1);
    k[KEYS.length] = col("window");
    Dataset<Row> agg = tagged.groupBy(k).agg(min(point()).as("first"), max(point()).as("last"),
        count(lit(1)).cast(DataTypes.IntegerType).as("n_points"), min("segment").as("s0"),
        max("segment").as("s1"));
    Column days = datediff(col("last.date"), col("first.date"));
    Column crosses = col("s0").notEqual(col("s1"));
    Column reason = when(col("n_points").equalTo(1), lit("single point"))
        .when(crosses, lit("spans a regime break"))
        .when(col("first.value").leq(0), lit("start value not positive"))
        .when(col("last.value").lt(0), lit("end value negative"))
        .when(days.equalTo(0), lit("same date"));
    Column years = days.cast(DataTypes.DoubleType).divide(DAYS_PER_YEAR);
    Column cagr = when(reason.isNull(),
        pow(col("last.value").divide(col("first.value")), lit(1.0).divide(years)).minus(1));
    Column underHalf = col("window").notEqual(WINDOW_SINCE_BREAK).and(col("n_points").gt(1)).and(years.lt(5.0));
    return agg.select(col("series_id"), col("country_iso3"), col("metric"), col("scope"), col("source"),
        col("window"), col("first.date").as("from_date"), col("last.date").as("to_date"),
        col("first.value").as("from_value"), col("last.value").as("to_value"), col("n_points"), years.as("years"),
        cagr.as("cagr"), concat_ws("; ", reason).as("note"),
        concat_ws("; ", flag(days, crosses, cagr), when(underHalf, lit(UNDER_HALF_WINDOW))).as("flag"),
        when(col("n_points").equalTo(1), col("first.evidence_ref"))
            .otherwise(joinRefs(col("first.evidence_ref"), col("last.evidence_ref"))).as("evidence_ref"))
        .withColumn("flag", regexp_replace(col("flag"), "^; |; $", ""));
  }

  /**
   * The qualifier of a value interpolated between two points: a bound survives only if both ends agree with it
   * (exact counts as agreeing), otherwise the value is approximate.
   */
  static Column levelQualifier(Column a, Column b) {
    return when(a.equalTo(b), a)
        .when(a.isin("exact", "at_least").and(b.isin("exact", "at_least")), lit("at_least"))
        .when(a.isin("exact", "at_most").and(b.isin("exact", "at_most")), lit("at_most"))
        .otherwise(lit("approx"));
  }

  /** Union of two {@code ;}-joined evidence lists, first appearance order kept. */
  static Column joinRefs(Column a, Column b) {
    return array_join(array_distinct(concat(split(a, ";"), split(b, ";"))), ";");
  }
}
