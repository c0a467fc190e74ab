package org.telecomgrowth.bench;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark floor the pipeline is compared with (issue 10): a JVM that starts a local session, runs
 * {@code spark.range(1).count()} and stops. {@code ./run.sh floor [MASTER]}.
 */
public final class SparkFloor {
  private SparkFloor() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().master(args.length > 0 ? args[0] : "local[*]")
        .appName("spark-floor").config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    long n = spark.range(1).count();
    spark.stop();
    System.out.println("floor: counted " + n);
  }
}
