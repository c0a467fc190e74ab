package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Holds back observations that are impossible on their face, so one odd sentence cannot stop a scheduled run: the
 * quality gates later would fail the whole run on them, while here they are only set aside with the reason.
 *
 * <p>Rules (first that applies is the reason): a value that is not a finite number; a value above
 * {@value #MAX_VALUE} (more than a thousand times the world's population: no real count, length or share is that
 * large, and derived figures from it could overflow); a negative value (counts, shares and lengths cannot be
 * negative); a percentage above 100 (a share of households or of the population cannot exceed the whole). A stated growth rate ("grew by 200%", "fell by 10%": metric *_growth) may exceed 100
 * or be negative, so those two rules do not apply to it.
 */
public final class QuarantineTransform {
  private QuarantineTransform() {}

  static final String REASON = "reason";

  /** The largest value a figure may have (10^13). */
  public static final double MAX_VALUE = 1e13;

  /** The reason an observation is impossible, or null when it is usable. Needs: value, unit. */
  static Column reason() {
    Column v = col("value");
    Column rate = SeriesTransform.statedGrowthRate();
    return when(v.isNull(), lit("value missing"))
        .when(isnan(v).or(v.equalTo(Double.POSITIVE_INFINITY)).or(v.equalTo(Double.NEGATIVE_INFINITY)),
            lit("value not a finite number"))
        .when(abs(v).gt(MAX_VALUE), lit("value above 10^13, larger than any real figure"))
        .when(v.lt(0).and(not(rate)),
            concat(lit("negative "), when(col("unit").isNull(), lit("value")).otherwise(col("unit"))))
        .when(lower(col("unit")).equalTo("percent").and(v.gt(100)).and(not(rate)), lit("percentage above 100"));
  }

  /**
   * The quarantine table. Needs: the observation contract columns. Adds: reason, evidence_ref
   * ({@code doc_id#sentence_index}); columns as {@link TransformColumns#QUARANTINE_COLUMNS}.
   */
  public static Dataset<Row> quarantined(Dataset<Row> observations) {
    return observations.withColumn(REASON, reason())
        .filter(col(REASON).isNotNull())
        .withColumn("evidence_ref", SeriesTransform.evidenceRef())
        .select(TransformColumns.QUARANTINE_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  /** The observations the transforms may use. Needs: the observation contract columns. Adds: nothing. */
  public static Dataset<Row> accepted(Dataset<Row> observations) {
    return observations.filter(reason().isNull());
  }
}
