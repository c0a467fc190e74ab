package org.telecomgrowth.io;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts the Spark jobs, stages and tasks a run starts (a {@link SparkListener} on the run's context), for the
 * manifest's {@code spark_jobs}, {@code spark_stages}, {@code spark_tasks}. Stages are counted when they complete
 * (a skipped stage, whose shuffle output already exists, is not counted); tasks when they end, retries included.
 */
public final class SparkCounters extends SparkListener implements AutoCloseable {
  private final transient SparkContext sc;
  private final AtomicLong jobs = new AtomicLong();
  private final AtomicLong stages = new AtomicLong();
  private final AtomicLong tasks = new AtomicLong();

  private SparkCounters(SparkContext sc) {
    this.sc = sc;
  }

  /** Starts counting on {@code sc}; {@link #close()} stops. */
  public static SparkCounters start(SparkContext sc) {
    SparkCounters c = new SparkCounters(sc);
    sc.addSparkListener(c);
    return c;
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    jobs.incrementAndGet();
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted stageCompleted) {
    stages.incrementAndGet();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    tasks.incrementAndGet();
  }

  /** Waits (up to 10 s) until the listener bus has delivered the events of the jobs run so far. */
  public SparkCounters drain() {
    try {
      sc.listenerBus().waitUntilEmpty(10_000);
    } catch (TimeoutException | RuntimeException e) {
      // counts may then miss the last events; they are diagnostics, not results
    }
    return this;
  }

  public long jobs() { return jobs.get(); }

  public long stages() { return stages.get(); }

  public long tasks() { return tasks.get(); }

  /** Records the counts into the manifest's counters. */
  public void record(RunManifest manifest) {
    drain();
    manifest.count("spark_jobs", jobs());
    manifest.count("spark_stages", stages());
    manifest.count("spark_tasks", tasks());
  }

  @Override
  public void close() {
    sc.removeSparkListener(this);
  }
}
