package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Checks run on the transform tables before anything is published. A violation throws
 * {@link QualityGateException} naming the rule, the table and up to {@value #SHOWN} offending rows; the driver
 * only ever collects those few rows.
 */
public final class QualityGates {
  private QualityGates() {}

  static final int SHOWN = 5;

  public static final String FINITE = "no NaN or infinite values";
  public static final String NON_NEGATIVE_COUNTS = "no negative counts";
  public static final String PERCENT_RANGE = "percentages within 0-100";
  public static final String TRACEABLE = "every series point traceable to an observation";

  /**
   * Needs: the observations the transforms read (doc_id, sentence_index) and the transform tables by name
   * (TransformColumns names). Adds nothing; throws on the first violated rule (in the order listed above).
   *
   * <p>All rules are counted in one Spark job (one union of aggregates); only when a rule is violated does a
   * second, small query fetch the first offending rows for the message.
   */
  public static void check(Dataset<Row> observations, Map<String, Dataset<Row>> tables) {
    List<Probe> probes = new ArrayList<>();
    for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
      // quarantine holds the input's impossible values by design: they are data faults, not the pipeline's
      Column bad = t.getKey().equals(TransformColumns.QUARANTINE) ? null : nonFinite(t.getValue());
      if (bad != null) {
        probes.add(new Probe(FINITE, t.getKey(), t.getValue().filter(bad)));
      }
    }
    Dataset<Row> series = tables.get(TransformColumns.SERIES);
    Dataset<Row> penetration = tables.get(TransformColumns.PENETRATION);
    Dataset<Row> fit = tables.get(TransformColumns.ADOPTION_FIT);
    if (series != null) {
      probes.add(new Probe(NON_NEGATIVE_COUNTS, TransformColumns.SERIES,
          series.filter(col("unit").equalTo("count").and(col("value").lt(0)))));
      probes.add(new Probe(PERCENT_RANGE, TransformColumns.SERIES,
          series.filter(col("unit").equalTo("percent").and(col("value").lt(0).or(col("value").gt(100))))));
      probes.add(new Probe(TRACEABLE, TransformColumns.SERIES, untraceable(series, observations)));
    }
    if (penetration != null) {
      probes.add(new Probe(NON_NEGATIVE_COUNTS, TransformColumns.PENETRATION, penetration.filter(col("value").lt(0))));
      probes.add(new Probe(PERCENT_RANGE, TransformColumns.PENETRATION,
          penetration.filter(col("unit").equalTo("percent").and(col("value").lt(0).or(col("value").gt(100))))));
    }
    if (fit != null) {
      probes.add(new Probe(NON_NEGATIVE_COUNTS, TransformColumns.ADOPTION_FIT,
          fit.filter(col("k").lt(0).or(col("fitted_value").lt(0)))));
    }
    if (probes.isEmpty()) {
      return;
    }
    Dataset<Row> counts = null;
    for (int i = 0; i < probes.size(); i++) {
      Dataset<Row> c = probes.get(i).offending.agg(count(lit(1)).as("n")).select(lit(i).as("probe"), col("n"));
      counts = counts == null ? c : counts.union(c);
    }
    long[] n = new long[probes.size()];
    for (Row r : counts.collectAsList()) {
      n[r.getInt(0)] = r.getLong(1);
    }
    for (int i = 0; i < probes.size(); i++) {
      if (n[i] > 0) {
        Probe p = probes.get(i);
        fail(p.rule, p.table, n[i], p.offending.limit(SHOWN).collectAsList());
      }
    }
  }

  private record Probe(String rule, String table, Dataset<Row> offending) {}

  /** A condition true on rows holding NaN or an infinity in any double column, or null without double columns. */
  static Column nonFinite(Dataset<Row> table) {
    Column any = null;
    for (StructField f : table.schema().fields()) {
      if (f.dataType().equals(DataTypes.DoubleType)) {
        Column c = col(f.name());
        Column bad = isnan(c).or(c.equalTo(Double.POSITIVE_INFINITY)).or(c.equalTo(Double.NEGATIVE_INFINITY));
        any = any == null ? bad : any.or(bad);
      }
    }
    return any;
  }

  /** Series rows with no evidence, or with an evidence reference that names no observation. */
  static Dataset<Row> untraceable(Dataset<Row> series, Dataset<Row> observations) {
    Dataset<Row> known = observations.select(SeriesTransform.evidenceRef().as("ref")).distinct();
    Dataset<Row> refs = series.select(col("series_id"), col("date"), col("value"), col("evidence_ref"),
        explode(split(col("evidence_ref"), ";")).as("ref"));
    Dataset<Row> dangling = refs.join(known, refs.col("ref").equalTo(known.col("ref")), "left_anti")
        .drop("ref");
    Dataset<Row> missing = series.filter(col("evidence_ref").isNull().or(col("evidence_ref").equalTo("")))
        .select(col("series_id"), col("date"), col("value"), col("evidence_ref"));
    return dangling.union(missing).distinct();
  }

  private static void fail(String rule, String table, long n, List<Row> shown) {
    List<String> rows = new ArrayList<>();
    for (Row r : shown) {
      rows.add(r.toString());
    }
    throw new QualityGateException("rule '" + rule + "' violated in " + table + " by " + n + " row(s): "
        + rows.stream().collect(Collectors.joining(", ")) + (n > SHOWN ? ", ..." : ""));
  }
}
