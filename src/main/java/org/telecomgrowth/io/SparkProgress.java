package org.telecomgrowth.io;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.collection.Iterator;

/**
 * Reads a counting accumulator while its tasks still run: an accumulator's value reaches the driver only when a
 * task ends, and an extraction task may read thousands of documents, so the executors' heartbeats (which carry
 * the running tasks' accumulator values) are added to it. Also gives the running job's task counts
 * ({@link Progress.TaskCounts}) for stages without a counter of their own.
 */
public final class SparkProgress extends SparkListener implements Progress.TaskCounts {
  private final SparkContext sc;
  private final Map<Long, Map<Long, Long>> running = new ConcurrentHashMap<>();

  private SparkProgress(SparkContext sc) {
    this.sc = sc;
  }

  /** Registers a listener on {@code sc}; {@link #close} removes it. */
  public static SparkProgress start(SparkContext sc) {
    SparkProgress p = new SparkProgress(sc);
    sc.addSparkListener(p);
    return p;
  }

  public void close() {
    sc.removeSparkListener(this);
  }

  /** The accumulator's value: finished tasks' (merged on the driver) plus the running tasks' last heartbeat. */
  public long value(LongAccumulator acc) {
    long v = acc.value();
    Map<Long, Long> perTask = running.get(acc.id());
    if (perTask != null) {
      for (long x : perTask.values()) {
        v += x;
      }
    }
    return v;
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    Iterator<Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>>> it =
        update.accumUpdates().iterator();
    while (it.hasNext()) {
      Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>> t = it.next();
      long taskId = (Long) t._1();
      Iterator<AccumulableInfo> infos = t._4().iterator();
      while (infos.hasNext()) {
        AccumulableInfo info = infos.next();
        if (info.update().isDefined() && info.update().get() instanceof Long value) {
          running.computeIfAbsent(info.id(), k -> new ConcurrentHashMap<>()).put(taskId, value);
        }
      }
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    // the driver merged this task's values into the accumulators before posting the event
    long taskId = end.taskInfo().taskId();
    running.values().forEach(m -> m.remove(taskId));
  }

  @Override
  public long[] doneAndTotal() {
    long done = 0;
    long total = 0;
    for (int id : sc.statusTracker().getActiveStageIds()) {
      scala.Option<SparkStageInfo> info = sc.statusTracker().getStageInfo(id);
      if (info.isDefined()) {
        done += info.get().numCompletedTasks();
        total += info.get().numTasks();
      }
    }
    return total == 0 ? null : new long[] {done, total};
  }
}
