package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Regime breaks from events and the segments they cut series into.
 *
 * <p>What a break is: a ban starts a regime on its first day and ends it on the day after its period, or earlier
 * at the first launch of the same country after the ban began (the seed's December 2008 relaunch ends the
 * 2004-2008 ban); that first launch after a ban began is itself a break (service restarts) even when it comes after
 * the ban's period. Later launches, and launches before any ban, are ordinary history, not breaks: a country's
 * every new service would otherwise cut its subscriber series into pieces too short to fit. Which series a break applies to: every series of the same country (the country of
 * the event's document). Because segments are renumbered per series, a break only splits a series whose points
 * lie on both sides of it; a series wholly after it keeps one segment 0. This is deliberately metric-blind: the
 * events table does not say which service a ban concerned, and a ban on phones also moves fixed-line and internet
 * statistics in the countries we look at.
 */
public final class RegimeBreakTransform {
  private RegimeBreakTransform() {}

  public static final String BREAK_DATE = "break_date";

  /**
   * Needs: events (doc_id, period_start, period_end, category) and documents (doc_id, country_iso3). Adds: one row
   * per distinct (country_iso3, break_date): the first day of the new regime.
   */
  public static Dataset<Row> breaks(Dataset<Row> events, Dataset<Row> documents) {
    Dataset<Row> dated = events.filter(col("period_start").isNotNull())
        .join(documents.select(col("doc_id").as("d_doc_id"), col("country_iso3")),
            col("doc_id").equalTo(col("d_doc_id")), "left")
        .withColumn("country_iso3", coalesce(col("country_iso3"), lit("")))
        .select(SeriesTransform.entity().as("country_iso3"), lower(col("category")).as("category"),
            col("period_start"), coalesce(col("period_end"), col("period_start")).as("period_end"));
    Dataset<Row> bans = dated.filter(col("category").equalTo("ban"))
        .select(col("country_iso3"), col("period_start").as("ban_start"), col("period_end").as("ban_end"));
    Dataset<Row> launches = dated.filter(col("category").equalTo("launch"))
        .select(col("country_iso3").as("l_country"), col("period_start").as("launch_start"));

    Dataset<Row> laterLaunch = bans.join(launches, col("country_iso3").equalTo(col("l_country"))
            .and(col("launch_start").gt(col("ban_start"))), "left")
        .groupBy("country_iso3", "ban_start", "ban_end")
        .agg(min("launch_start").as("first_launch"));
    Dataset<Row> banStarts = bans.select(col("country_iso3"), col("ban_start").as(BREAK_DATE));
    Dataset<Row> banEnds = laterLaunch.select(col("country_iso3"),
        least(date_add(col("ban_end"), 1), coalesce(col("first_launch"), date_add(col("ban_end"), 1))).as(BREAK_DATE));
    Dataset<Row> relaunches = laterLaunch.filter(col("first_launch").isNotNull())
        .select(col("country_iso3"), col("first_launch").as(BREAK_DATE));
    return banStarts.union(banEnds).union(relaunches).distinct();
  }

  /**
   * Needs: series points (series_id, date) and breaks (country_iso3, break_date); a point meets the breaks of
   * its series' entity (the first part of series_id), so a break never cuts another country's series. Adds: segment, the
   * 0-based number of the regime the point lies in, counted within its series (dense, so a break outside a
   * series' span does not shift its numbers).
   */
  public static Dataset<Row> segments(Dataset<Row> series, Dataset<Row> breaks) {
    // Breaks are a handful per country: one array per country keeps this join small, not a fan-out.
    Dataset<Row> perCountry = breaks.groupBy(col("country_iso3").as("b_country"))
        .agg(collect_set(col(BREAK_DATE)).as("_breaks"));
    Column[] out = java.util.Arrays.stream(series.columns()).map(c -> col(c)).toArray(Column[]::new);
    return series.join(perCountry,
            seriesEntity().equalTo(col("b_country")), "left")
        .withColumn("_regime", when(col("_breaks").isNull(), lit(0))
            .otherwise(size(filter(col("_breaks"), d -> d.leq(col("date"))))))
        .withColumn("segment", dense_rank().over(Window.partitionBy("series_id").orderBy("_regime")).minus(1))
        .select(concatCols(out, col("segment")));
  }

  /** A point's entity: its country, else (a document without a country) the first part of its series_id. */
  private static Column seriesEntity() {
    return when(coalesce(col("country_iso3"), lit("")).notEqual(""), col("country_iso3"))
        .otherwise(SeriesTransform.entityOf(col("series_id")));
  }

  private static Column[] concatCols(Column[] a, Column b) {
    Column[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }

  /**
   * The last break of each country on or before a given group's last point. Needs: points (country_iso3, date,
   * plus the group keys) and breaks. Adds: last_break (null when no break precedes the group's last point).
   */
  static Dataset<Row> lastBreakPerGroup(Dataset<Row> points, Dataset<Row> breaks, String... groupKeys) {
    Column[] keys = java.util.Arrays.stream(groupKeys).map(k -> col(k)).toArray(Column[]::new);
    Dataset<Row> spans = points.groupBy(keys).agg(min("date").as("first_date"), max("date").as("last_date"));
    Dataset<Row> b = breaks.select(col("country_iso3").as("b_country"), col(BREAK_DATE));
    return spans.join(b, col("country_iso3").equalTo(col("b_country"))
            .and(col(BREAK_DATE).leq(col("last_date"))), "left")
        .groupBy(concatCols(keys, col("first_date")))
        .agg(max(BREAK_DATE).as("last_break"));
  }
}
