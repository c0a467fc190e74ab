package org.telecomgrowth.io;

import org.apache.spark.sql.Dataset;
import org.apache.spark.storage.StorageLevel;

/**
 * Keeps a Dataset that several later queries read (the extracted rows, the series), computed once, in the way
 * that survives what the master can lose.
 *
 * <ul>
 *   <li>{@link Mode#LOCAL} (a {@code local} master): a local checkpoint, which also cuts the plan. Its blocks live
 *       in the one JVM that is driver and executor, so nothing can be lost that the run would survive anyway.
 *   <li>{@link Mode#RELIABLE} (a cluster with {@code spark.checkpoint.dir} set, e.g. on HDFS): a reliable
 *       checkpoint, written to that folder; a lost executor loses nothing, and the plan is cut.
 *   <li>{@link Mode#RECOMPUTABLE} (a cluster without a checkpoint folder): persisted in memory and on disk with
 *       its lineage kept; Spark documents a local checkpoint as not fault-tolerant (its blocks on a lost executor
 *       are gone for good and the job fails), while a persisted partition that is lost is computed again from
 *       its inputs: an executor lost after this point costs a retry of its partitions, not the run.
 * </ul>
 */
public final class Checkpoints {
  private Checkpoints() {}

  public enum Mode { LOCAL, RELIABLE, RECOMPUTABLE }

  /** How a run on {@code master} keeps its Datasets; {@code checkpointDir} is the context's, or null. */
  public static Mode mode(String master, String checkpointDir) {
    if (master == null || master.equals("local") || master.startsWith("local[")) {
      return Mode.LOCAL;
    }
    return checkpointDir != null && !checkpointDir.isEmpty() ? Mode.RELIABLE : Mode.RECOMPUTABLE;
  }

  /** {@code ds} computed now (one job) and kept as {@link #mode} says. */
  public static <T> Dataset<T> keep(Dataset<T> ds) {
    org.apache.spark.SparkContext sc = ds.sparkSession().sparkContext();
    String dir = sc.getCheckpointDir().isDefined() ? sc.getCheckpointDir().get() : null;
    return keep(ds, mode(sc.master(), dir));
  }

  /** {@code ds} computed now and kept in {@code mode}. */
  static <T> Dataset<T> keep(Dataset<T> ds, Mode mode) {
    switch (mode) {
      case RELIABLE:
        return ds.checkpoint(true);
      case RECOMPUTABLE:
        // Persisted, and a new Dataset over the persisted RDD, so the plans built on it start here (a persisted
        // Dataset keeps its whole plan, and planning the transform's queries over it took minutes on the driver);
        // a lost block is computed again from the RDD's lineage.
        org.apache.spark.rdd.RDD<T> rows = ds.rdd().persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<T> kept = ds.sparkSession().createDataset(rows, ds.encoder());
        kept.count();
        return kept;
      default:
        return ds.localCheckpoint(true);
    }
  }
}
