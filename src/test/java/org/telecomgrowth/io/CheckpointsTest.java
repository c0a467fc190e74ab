package org.telecomgrowth.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.SparkTestBase;

/**
 * How a run keeps the Datasets later queries share: in local mode a local checkpoint; on a cluster one that an
 * executor's loss does not turn into a failed run. The loss of an executor is played by removing the kept blocks
 * from every block manager, as the driver does when an executor is lost.
 */
class CheckpointsTest extends SparkTestBase {

  @Test
  void theModeFollowsTheMasterAndTheCheckpointFolder() {
    assertEquals(Checkpoints.Mode.LOCAL, Checkpoints.mode("local[2]", null));
    assertEquals(Checkpoints.Mode.LOCAL, Checkpoints.mode("local", "hdfs:///tmp/cp"));
    assertEquals(Checkpoints.Mode.RELIABLE, Checkpoints.mode("spark://10.0.0.5:7077", "hdfs:///tmp/cp"));
    assertEquals(Checkpoints.Mode.RECOMPUTABLE, Checkpoints.mode("yarn", null));
    assertEquals(Checkpoints.Mode.RECOMPUTABLE, Checkpoints.mode("k8s://https://host:443", ""));
  }

  private Dataset<Long> numbers() {
    return session().createDataset(List.of(1L, 2L, 3L, 4L, 5L, 6L), Encoders.LONG()).repartition(3)
        .map((org.apache.spark.api.java.function.MapFunction<Long, Long>) x -> x * 10, Encoders.LONG());
  }

  /** Keeps {@code ds} in {@code mode}, then drops every block it kept, as a lost executor would. */
  private Dataset<Long> keptThenLost(Checkpoints.Mode mode) {
    SparkContext sc = session().sparkContext();
    Set<Integer> before = new HashSet<>(scala.collection.JavaConverters.mapAsJavaMap(sc.getPersistentRDDs())
        .keySet().stream().map(k -> (Integer) k).toList());
    Dataset<Long> kept = Checkpoints.keep(numbers(), mode);
    assertEquals(210L, kept.reduce((org.apache.spark.api.java.function.ReduceFunction<Long>) Long::sum));
    for (Object id : scala.collection.JavaConverters.mapAsJavaMap(sc.getPersistentRDDs()).keySet()) {
      if (!before.contains((Integer) id)) {
        sc.env().blockManager().master().removeRdd((Integer) id, true);
      }
    }
    return kept;
  }

  @Test
  void onAClusterWithoutACheckpointFolderALostBlockIsComputedAgain() {
    Dataset<Long> kept = keptThenLost(Checkpoints.Mode.RECOMPUTABLE);
    assertEquals(210L, kept.reduce((org.apache.spark.api.java.function.ReduceFunction<Long>) Long::sum));
    kept.unpersist(true);
  }

  @Test
  void aLocalCheckpointCannotComputeALostBlockAgainWhichIsWhyOnlyLocalModeUsesIt() {
    Dataset<Long> kept = keptThenLost(Checkpoints.Mode.LOCAL);
    assertThrows(Exception.class,
        () -> kept.reduce((org.apache.spark.api.java.function.ReduceFunction<Long>) Long::sum));
  }
}
