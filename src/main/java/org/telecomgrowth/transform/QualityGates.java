package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.isnan;
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
   * (TransformColumns names). Adds nothing; throws on the first violated rule.
   */
  public static void check(Dataset<Row> observations, Map<String, Dataset<Row>> tables) {
    for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
      // quarantine holds the input's impossible values by design: they are data faults, not the pipeline's
      Column bad = t.getKey().equals(TransformColumns.QUARANTINE) ? null : nonFinite(t.getValue());
      if (bad != null) {
        fail(FINITE, t.getKey(), t.getValue().filter(bad));
      }
    }
    Dataset<Row> series = tables.get(TransformColumns.SERIES);
    Dataset<Row> penetration = tables.get(TransformColumns.PENETRATION);
    Dataset<Row> fit = tables.get(TransformColumns.ADOPTION_FIT);
    if (series != null) {
      fail(NON_NEGATIVE_COUNTS, TransformColumns.SERIES,
          series.filter(col("unit").equalTo("count").and(col("value").lt(0))));
      fail(PERCENT_RANGE, TransformColumns.SERIES,
          series.filter(col("unit").equalTo("percent").and(col("value").lt(0).or(col("value").gt(100)))));
      fail(TRACEABLE, TransformColumns.SERIES, untraceable(series, observations));
    }
    if (penetration != null) {
      fail(NON_NEGATIVE_COUNTS, TransformColumns.PENETRATION, penetration.filter(col("value").lt(0)));
      fail(PERCENT_RANGE, TransformColumns.PENETRATION,
          penetration.filter(col("unit").equalTo("percent").and(col("value").lt(0).or(col("value").gt(100)))));
    }
    if (fit != null) {
      fail(NON_NEGATIVE_COUNTS, TransformColumns.ADOPTION_FIT,
          fit.filter(col("k").lt(0).or(col("fitted_value").lt(0))));
    }
  }

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

  private static void fail(String rule, String table, Dataset<Row> offending) {
    List<Row> shown = offending.limit(SHOWN).collectAsList();
    if (shown.isEmpty()) {
      return;
    }
    long n = offending.count();
    List<String> rows = new ArrayList<>();
    for (Row r : shown) {
      rows.add(r.toString());
    }
    throw new QualityGateException("rule '" + rule + "' violated in " + table + " by " + n + " row(s): "
        + rows.stream().collect(Collectors.joining(", ")) + (n > SHOWN ? ", ..." : ""));
  }
}
