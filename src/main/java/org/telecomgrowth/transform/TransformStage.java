package org.telecomgrowth.transform;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.telecomgrowth.io.Checkpoints;

/**
 * Transform stage: series, growth, penetration, conflicts and adoption curves from the extracted observations
 * (issue 3). Reads the reference tables and wires the pure transforms; {@link #checkGates} runs the quality gates
 * so that nothing is published when a gate fails.
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
  public static final List<String> FORECAST_BACKTEST_ORDER = List.of("fit_scope", "series_id", "origin", "horizon",
      "model");
  public static final List<String> ENTITIES_ORDER = List.of("entity_id");
  public static final List<String> BREAKS_ORDER = List.of("country_iso3", "service", "break_date");
  public static final List<String> QUARANTINE_ORDER = List.of("doc_id", "evidence_ref", "metric", "value",
      "period_start");

  public static TransformOutput run(SparkSession spark, Dataset<Row> observations, Dataset<Row> events,
      Dataset<Row> documents, String referenceDir) {
    // Read by column name and checked row by row; a bad row or file is a warning, never a failed run.
    Dataset<Row> population = ReferenceData.population(spark, referenceDir, ReferenceData::warn);
    Dataset<Row> households = ReferenceData.households(spark, referenceDir, ReferenceData::warn);
    Dataset<Row> priorModels = ReferenceData.priorModels(spark, referenceDir, ReferenceData::warn);
    Dataset<Row> priorIntervals = ReferenceData.priorIntervals(spark, referenceDir, ReferenceData::warn);
    // Other names titles give an entity (entity_aliases.tsv): every transform that joins documents to their
    // entity (series, breaks, the entities table) sees them through these columns.
    documents = EntityTransform.withAliases(documents,
        ReferenceData.entityAliases(spark, referenceDir, ReferenceData::warn));
    return transform(observations, events, documents, population, households, priorModels, priorIntervals);
  }

  /** The wiring without a forecast prior (tests). */
  public static TransformOutput transform(Dataset<Row> observations, Dataset<Row> events, Dataset<Row> documents,
      Dataset<Row> population, Dataset<Row> households) {
    SparkSession spark = observations.sparkSession();
    return transform(observations, events, documents, population, households,
        spark.createDataFrame(List.of(), ReferenceData.PRIOR_MODELS),
        spark.createDataFrame(List.of(), ReferenceData.PRIOR_INTERVALS));
  }

  /**
   * The wiring without I/O: reference tables already read. The tables come back unevaluated; the caller writes
   * them and then runs {@link #checkGates} on what it wrote (Pipeline does so before publishing).
   *
   * <p>Series and the segmented series feed several tables: each is computed once ({@link Checkpoints#keep}: a local
   * checkpoint in local mode, which also cuts the plan, so every later query starts from a short plan; on a cluster
   * one that a lost executor does not turn into a failed run).
   */
  public static TransformOutput transform(Dataset<Row> observations, Dataset<Row> events, Dataset<Row> documents,
      Dataset<Row> population, Dataset<Row> households, Dataset<Row> priorModels, Dataset<Row> priorIntervals) {
    Dataset<Row> quarantine = QuarantineTransform.quarantined(observations);
    Dataset<Row> accepted = QuarantineTransform.accepted(observations);
    Dataset<Row> people = PenetrationTransform.chosenPopulation(population);
    Dataset<Row> candidates = SeriesTransform.candidates(accepted, documents);
    Dataset<Row> series = Checkpoints.keep(
        PlausibilityTransform.flag(SeriesTransform.published(candidates), people));
    Dataset<Row> plausible = PlausibilityTransform.plausible(series);
    // Read once from the event sentences: the table, the segments and the forecast groups use it.
    Dataset<Row> breaks = Checkpoints.keep(RegimeBreakTransform.breaks(events, documents));
    Dataset<Row> segmented = Checkpoints.keep(RegimeBreakTransform.segments(plausible, breaks));
    Dataset<Row> penetration = PenetrationTransform.penetration(plausible, people, households);
    // Every model backtested on every group in one job; the choice, calibration and tables are small queries on it.
    Dataset<Row> forecastRaw = Checkpoints.keep(
        ForecastTransform.backtestAll(ForecastTransform.inputs(segmented, breaks, people)));
    Map<String, Dataset<Row>> forecasts = ForecastTransform.tables(forecastRaw, priorModels, priorIntervals);

    return new TransformOutput()
        .add(TransformColumns.SERIES, series, SERIES_ORDER)
        .add(TransformColumns.GROWTH, GrowthTransform.growth(segmented), GROWTH_ORDER)
        .add(TransformColumns.GROWTH_WINDOWS, GrowthTransform.windows(segmented), GROWTH_WINDOWS_ORDER)
        .add(TransformColumns.PENETRATION, penetration, PENETRATION_ORDER)
        .add(TransformColumns.POPULATION_GAPS, PenetrationTransform.populationGaps(penetration), POPULATION_GAPS_ORDER)
        .add(TransformColumns.CONFLICTS, ConflictTransform.superseded(candidates)
            .unionByName(ConflictTransform.conflicts(plausible)), CONFLICTS_ORDER)
        .add(TransformColumns.ADOPTION_FIT, forecasts.get(TransformColumns.ADOPTION_FIT), ADOPTION_FIT_ORDER)
        .add(TransformColumns.FORECAST_BACKTEST, forecasts.get(TransformColumns.FORECAST_BACKTEST),
            FORECAST_BACKTEST_ORDER)
        .add(TransformColumns.QUARANTINE, quarantine, QUARANTINE_ORDER)
        .add(TransformColumns.BREAKS, breaks, BREAKS_ORDER)
        .add(TransformColumns.ENTITIES, EntityTransform.entities(documents), ENTITIES_ORDER);
  }

  /**
   * The quality gates (one Spark job) over the transform tables and the observations they were computed from
   * (quarantined observations are not evidence). Throws {@link QualityGateException}.
   */
  public static void checkGates(Dataset<Row> observations, Map<String, Dataset<Row>> tables) {
    QualityGates.check(QuarantineTransform.accepted(observations), tables);
  }

  private static Dataset<Row> readReference(SparkSession spark, String dir, String file, StructType schema) {
    String base = dir.endsWith("/") ? dir : dir + "/";
    return spark.read().option("header", "true").option("mode", "FAILFAST").schema(schema).csv(base + file);
  }

}
