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
  public static final List<String> CONFLICTS_ORDER = List.of("country_iso3", "metric", "scope", "kind", "series_a",
      "date_a", "series_b", "date_b", "value_a", "value_b", "doc_b");
  public static final List<String> GROWTH_WINDOWS_ORDER = List.of("series_id", "window");
  public static final List<String> POPULATION_GAPS_ORDER = List.of("country_iso3", "year");
  public static final List<String> ADOPTION_FIT_ORDER = List.of("fit_scope", "series_id", "date");
  public static final List<String> QUARANTINE_ORDER = List.of("doc_id", "evidence_ref", "metric", "value",
      "period_start");

  public static TransformOutput run(SparkSession spark, Dataset<Row> observations, Dataset<Row> events,
      Dataset<Row> documents, String referenceDir) {
    Dataset<Row> population = readReference(spark, referenceDir, "population.csv", POPULATION);
    Dataset<Row> households = readReference(spark, referenceDir, "households.csv", HOUSEHOLDS);
    return transform(observations, events, documents, population, households);
  }

  /** The wiring without I/O: reference tables already read. Throws {@link QualityGateException}. */
  public static TransformOutput transform(Dataset<Row> observations, Dataset<Row> events, Dataset<Row> documents,
      Dataset<Row> population, Dataset<Row> households) {
    Dataset<Row> quarantine = persist(QuarantineTransform.quarantined(observations));
    Dataset<Row> accepted = QuarantineTransform.accepted(observations);
    Dataset<Row> people = persist(PenetrationTransform.chosenPopulation(population));
    Dataset<Row> candidates = persist(SeriesTransform.candidates(accepted, documents));
    Dataset<Row> series = persist(PlausibilityTransform.flag(SeriesTransform.published(candidates), people));
    Dataset<Row> plausible = PlausibilityTransform.plausible(series);
    Dataset<Row> breaks = persist(RegimeBreakTransform.breaks(events, documents));
    Dataset<Row> segmented = persist(RegimeBreakTransform.segments(plausible, breaks));
    Dataset<Row> penetration = persist(PenetrationTransform.penetration(plausible, people, households));

    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(TransformColumns.SERIES, series);
    tables.put(TransformColumns.GROWTH, persist(GrowthTransform.growth(segmented)));
    tables.put(TransformColumns.GROWTH_WINDOWS, persist(GrowthTransform.windows(segmented)));
    tables.put(TransformColumns.PENETRATION, penetration);
    tables.put(TransformColumns.POPULATION_GAPS, persist(PenetrationTransform.populationGaps(penetration)));
    tables.put(TransformColumns.CONFLICTS, persist(ConflictTransform.superseded(candidates)
        .unionByName(ConflictTransform.conflicts(plausible))));
    tables.put(TransformColumns.ADOPTION_FIT,
        persist(AdoptionFitTransform.fit(AdoptionFitTransform.fitInputs(segmented, breaks))));
    tables.put(TransformColumns.QUARANTINE, quarantine);

    QualityGates.check(accepted, tables);

    return new TransformOutput()
        .add(TransformColumns.SERIES, tables.get(TransformColumns.SERIES), SERIES_ORDER)
        .add(TransformColumns.GROWTH, tables.get(TransformColumns.GROWTH), GROWTH_ORDER)
        .add(TransformColumns.GROWTH_WINDOWS, tables.get(TransformColumns.GROWTH_WINDOWS), GROWTH_WINDOWS_ORDER)
        .add(TransformColumns.PENETRATION, tables.get(TransformColumns.PENETRATION), PENETRATION_ORDER)
        .add(TransformColumns.POPULATION_GAPS, tables.get(TransformColumns.POPULATION_GAPS), POPULATION_GAPS_ORDER)
        .add(TransformColumns.CONFLICTS, tables.get(TransformColumns.CONFLICTS), CONFLICTS_ORDER)
        .add(TransformColumns.ADOPTION_FIT, tables.get(TransformColumns.ADOPTION_FIT), ADOPTION_FIT_ORDER)
        .add(TransformColumns.QUARANTINE, quarantine, QUARANTINE_ORDER);
  }

  private static Dataset<Row> readReference(SparkSession spark, String dir, String file, StructType schema) {
    String base = dir.endsWith("/") ? dir : dir + "/";
    return spark.read().option("header", "true").option("mode", "FAILFAST").schema(schema).csv(base + file);
  }

  // The gates and then the publisher and the report read every table: compute each once.
  private static Dataset<Row> persist(Dataset<Row> d) {
    return d.persist(StorageLevel.MEMORY_AND_DISK());
  }
}
