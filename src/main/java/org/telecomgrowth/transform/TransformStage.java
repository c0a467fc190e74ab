package org.telecomgrowth.transform;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Transform stage: growth curves from the extracted observations (issue 3; not built yet). */
public final class TransformStage {
  private TransformStage() {}

  public static TransformOutput run(SparkSession spark, Dataset<Row> observations, Dataset<Row> events,
      Dataset<Row> documents, String referenceDir) {
    return new TransformOutput();
  }
}
