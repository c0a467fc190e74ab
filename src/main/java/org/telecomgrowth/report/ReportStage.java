package org.telecomgrowth.report;

import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.telecomgrowth.io.RunManifest;

/** Report stage: charts and the HTML report (issue 4; not built yet). */
public final class ReportStage {
  private ReportStage() {}

  public static void run(SparkSession spark, Map<String, Dataset<Row>> tables, FileSystem fs, Path runDir,
      RunManifest manifest) {
  }
}
