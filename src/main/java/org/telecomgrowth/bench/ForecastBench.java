package org.telecomgrowth.bench;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.telecomgrowth.model.Tables;
import org.telecomgrowth.transform.ForecastTransform;
import org.telecomgrowth.transform.PenetrationTransform;
import org.telecomgrowth.transform.PlausibilityTransform;
import org.telecomgrowth.transform.QuarantineTransform;
import org.telecomgrowth.transform.ReferenceData;
import org.telecomgrowth.transform.RegimeBreakTransform;
import org.telecomgrowth.transform.SeriesTransform;
import org.telecomgrowth.transform.TransformColumns;

/**
 * The forecast benchmark's fast loop (bench/forecast.sh): the forecast groups of one full run are computed once,
 * then the backtest and the choice run over them alone, as the transform stage runs them, in a fraction of a
 * pipeline run.
 *
 * <pre>
 *   ForecastBench groups RUN_DIR REFERENCE_DIR OUT_DIR     OUT_DIR/groups (parquet) and groups.csv: the forecast
 *                                                          groups of a published run (its parquet tables)
 *   ForecastBench backtest OUT_DIR REFERENCE_DIR           OUT_DIR/forecast_backtest.csv and adoption_fit.csv from
 *                                                          OUT_DIR/groups, with the prior of REFERENCE_DIR if any
 * </pre>
 */
public final class ForecastBench {
  private ForecastBench() {}

  public static void main(String[] args) {
    if (args.length != 4 && args.length != 3) {
      System.err.println("usage: ForecastBench groups RUN_DIR REFERENCE_DIR OUT_DIR | backtest OUT_DIR REFERENCE_DIR");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().master("local[2]").appName("forecast-bench")
        .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    try {
      if ("groups".equals(args[0]) && args.length == 4) {
        groups(spark, args[1], args[2], args[3]);
      } else if ("backtest".equals(args[0]) && args.length == 3) {
        backtest(spark, args[1], args[2]);
      } else {
        System.err.println("unknown mode: " + args[0]);
        System.exit(2);
      }
    } finally {
      spark.stop();
    }
  }

  /** The same wiring as TransformStage up to the forecast inputs, over a published run's tables. */
  static void groups(SparkSession spark, String runDir, String referenceDir, String outDir) {
    Dataset<Row> observations = spark.read().parquet(runDir + "/parquet/" + Tables.OBSERVATIONS);
    Dataset<Row> events = spark.read().parquet(runDir + "/parquet/" + Tables.EVENTS);
    Dataset<Row> documents = spark.read().parquet(runDir + "/parquet/" + Tables.DOCUMENTS);
    Dataset<Row> people = PenetrationTransform.chosenPopulation(
        ReferenceData.population(spark, referenceDir, ReferenceData::warn));
    Dataset<Row> accepted = QuarantineTransform.accepted(observations);
    Dataset<Row> series = PlausibilityTransform.flag(
        SeriesTransform.published(SeriesTransform.candidates(accepted, documents)), people);
    Dataset<Row> breaks = RegimeBreakTransform.breaks(events, documents);
    Dataset<Row> segmented = RegimeBreakTransform.segments(PlausibilityTransform.plausible(series), breaks);
    Dataset<Row> groups = ForecastTransform.inputs(segmented, breaks, people);
    groups.write().mode(SaveMode.Overwrite).parquet(outDir + "/groups");
    spark.read().parquet(outDir + "/groups").drop("pop").coalesce(1).write().mode(SaveMode.Overwrite)
        .option("header", "true").csv(outDir + "/groups-csv");
  }

  static void backtest(SparkSession spark, String outDir, String referenceDir) {
    Dataset<Row> groups = spark.read().parquet(outDir + "/groups");
    Dataset<Row> priorModels = ReferenceData.priorModels(spark, referenceDir, ReferenceData::warn);
    Dataset<Row> priorIntervals = ReferenceData.priorIntervals(spark, referenceDir, ReferenceData::warn);
    Dataset<Row> raw = ForecastTransform.backtestAll(groups).localCheckpoint(true);
    Map<String, Dataset<Row>> tables = ForecastTransform.tables(raw, priorModels, priorIntervals);
    for (String name : new String[] {TransformColumns.FORECAST_BACKTEST, TransformColumns.ADOPTION_FIT}) {
      tables.get(name).coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true")
          .csv(outDir + "/" + name + "-csv");
    }
  }
}
