package org.telecomgrowth.transform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Transform stage: series, growth, penetration, conflicts and adoption curves from the extracted observations
 * (issue 3). Reads the reference tables, wires the pure transforms, then runs the quality gates so that nothing
 * is published when a gate fails.
 */
public final class TransformStage {
  private TransformStage() {}

  static final StructType POPULATION = new StructType()
      .add("country_iso3", DataTypes.StringType)
      .add("year", DataTypes.IntegerType)
      .add("population", DataTypes.DoubleType)
      .add("source", DataTypes.StringType);
  static final StructType HOUSEHOLDS = new StructType()
      .add("country_iso3", DataTypes.StringType)
      .add("year", DataTypes.IntegerType)
      .add("households", DataTypes.DoubleType)
      .add("population_in_households", DataTypes.DoubleType)
      .add("source", DataTypes.StringType);

  /** Stable row orders (same input, same bytes). */
  public static final List<String> SERIES_ORDER = List.of("series_id", "date", "value", "evidence_ref");
  public static final List<String> GROWTH_ORDER = List.of("series_id", "kind", "segment", "from_date", "to_date",
      "from_value", "to_value", "evidence_ref");
  public static final List<String> PENETRATION_ORDER = List.of("country_iso3", "metric", "scope", "source", "date",
      "value", "evidence_ref");
  public static final List<String> CONFLICTS_ORDER = List.of("country_iso3", "metric", "scope", "series_a",
      "date_a", "series_b", "date_b", "value_a", "value_b");
  public static final List<String> ADOPTION_FIT_ORDER = List.of("fit_scope", "series_id", "date");
  public static final List<String> QUARANTINE_ORDER = List.of("doc_id", "evidence_ref", "metric", "value",
      "period_start");

  public static TransformOutput run(SparkSession spark, Dataset<Row> observations, Dataset<Row> events,
      Dataset<Row> documents, String referenceDir) {
    // Read by column name and checked row by row; a bad row or file is a warning, never a failed run.
    Dataset<Row> population = ReferenceData.population(spark, referenceDir, ReferenceData::warn);
    Dataset<Row> households = ReferenceData.households(spark, referenceDir, ReferenceData::warn);
    return transform(observations, events, documents, population, households);
  }

  /** The wiring without I/O: reference tables already read. Throws {@link QualityGateException}. */
  public static TransformOutput transform(Dataset<Row> observations, Dataset<Row> events, Dataset<Row> documents,
      Dataset<Row> population, Dataset<Row> households) {
    Dataset<Row> quarantine = persist(QuarantineTransform.quarantined(observations));
    Dataset<Row> accepted = QuarantineTransform.accepted(observations);
    Dataset<Row> series = persist(SeriesTransform.series(accepted, documents));
    Dataset<Row> breaks = persist(RegimeBreakTransform.breaks(events, documents));
    Dataset<Row> segmented = persist(RegimeBreakTransform.segments(series, breaks));

    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(TransformColumns.SERIES, series);
    tables.put(TransformColumns.GROWTH, persist(GrowthTransform.growth(segmented)));
    tables.put(TransformColumns.PENETRATION, persist(PenetrationTransform.penetration(series, population,
        households)));
    tables.put(TransformColumns.CONFLICTS, persist(ConflictTransform.conflicts(series)));
    tables.put(TransformColumns.ADOPTION_FIT,
        persist(AdoptionFitTransform.fit(AdoptionFitTransform.fitInputs(segmented, breaks))));
    tables.put(TransformColumns.QUARANTINE, quarantine);

    QualityGates.check(accepted, tables);

    return new TransformOutput()
        .add(TransformColumns.SERIES, tables.get(TransformColumns.SERIES), SERIES_ORDER)
        .add(TransformColumns.GROWTH, tables.get(TransformColumns.GROWTH), GROWTH_ORDER)
        .add(TransformColumns.PENETRATION, tables.get(TransformColumns.PENETRATION), PENETRATION_ORDER)
        .add(TransformColumns.CONFLICTS, tables.get(TransformColumns.CONFLICTS), CONFLICTS_ORDER)
        .add(TransformColumns.ADOPTION_FIT, tables.get(TransformColumns.ADOPTION_FIT), ADOPTION_FIT_ORDER)
        .add(TransformColumns.QUARANTINE, quarantine, QUARANTINE_ORDER);
  }

  // The gates and then the publisher and the report read every table: compute each once.
  private static Dataset<Row> persist(Dataset<Row> d) {
    return d.persist(StorageLevel.MEMORY_AND_DISK());
  }
}
