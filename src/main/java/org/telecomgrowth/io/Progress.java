package org.telecomgrowth.io;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress lines on stderr: one when a stage starts, one when it ends (counts, seconds), and while a stage runs
 * one about every {@link #DEFAULT_INTERVAL_SECONDS} seconds (done of total, rate, time left). Plain lines, no
 * carriage returns or colours, so a scheduler's log file keeps them readable. {@link #QUIET} prints nothing.
 *
 * <p>A stage's "done" count comes from a {@link LongSupplier} (a Spark accumulator read through
 * {@link SparkProgress}, or a driver-side counter); a stage without one reports the tasks of the running Spark
 * job when a fallback is given, else how long it has run.
 */
public final class Progress implements AutoCloseable {
  public static final long DEFAULT_INTERVAL_SECONDS = 10;
  static final String PREFIX = "telecom-growth: ";

  /** Prints nothing. */
  public static final Progress QUIET = new Progress(null, 0, null);

  private final PrintStream out;
  private final long intervalNanos;
  private final ScheduledExecutorService ticker;
  private final LongSupplier clock;
  private volatile Stage current;
  /** Fallback "done of total" of the running Spark job's tasks, when a stage has no counter of its own. */
  private volatile TaskCounts tasks;

  /** Tasks done and in total of the running Spark job(s); null when none runs. */
  public interface TaskCounts {
    long[] doneAndTotal();
  }

  /** Lines to {@code out} (null: none); a line every {@code intervalSeconds} while a stage runs (0: never). */
  public Progress(PrintStream out, long intervalSeconds, LongSupplier nanoClock) {
    this.out = out;
    this.intervalNanos = TimeUnit.SECONDS.toNanos(intervalSeconds);
    this.clock = nanoClock == null ? System::nanoTime : nanoClock;
    if (out != null && intervalSeconds > 0) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "telecom-growth-progress");
        t.setDaemon(true);
        return t;
      });
      ticker.scheduleAtFixedRate(this::tick, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    } else {
      ticker = null;
    }
  }

  /** Progress on stderr every 10 s, or nothing when {@code quiet}. */
  public static Progress forRun(boolean quiet) {
    return quiet ? QUIET : new Progress(System.err, DEFAULT_INTERVAL_SECONDS, null);
  }

  public void taskCounts(TaskCounts counts) {
    this.tasks = counts;
  }

  /** Starts a stage and prints "NAME started: DETAIL" (detail may be empty). */
  public Stage start(String name, String detail) {
    Stage s = new Stage(name, clock.getAsLong());
    current = s;
    print(name + " started" + (detail == null || detail.isEmpty() ? "" : ": " + detail));
    return s;
  }

  /** One running stage: what is counted, and its end line. */
  public final class Stage {
    private final String name;
    private final long startedNanos;
    private volatile long total = -1;
    private volatile String unit = "";
    private volatile LongSupplier done;

    private Stage(String name, long startedNanos) {
      this.name = name;
      this.startedNanos = startedNanos;
    }

    /** Counts {@code unit} done (from {@code done}) of {@code total} (-1: unknown). */
    public Stage counting(long total, String unit, LongSupplier done) {
      this.total = total;
      this.unit = unit;
      this.done = done;
      return this;
    }

    /** Prints "NAME: TEXT" (a fact learnt while the stage runs, such as the size of the input). */
    public void note(String text) {
      print(name + ": " + text);
    }

    public double seconds() {
      return (clock.getAsLong() - startedNanos) / 1e9;
    }

    /** Prints "NAME done in S s: COUNTS" (counts may be empty). */
    public void end(String counts) {
      if (current == this) {
        current = null;
      }
      print(String.format(Locale.ROOT, "%s done in %.1f s%s", name, seconds(),
          counts == null || counts.isEmpty() ? "" : ": " + counts));
    }

    /** The line printed while the stage runs. */
    String runningLine() {
      double s = seconds();
      LongSupplier d = done;
      if (d != null) {
        return countLine(name, d.getAsLong(), total, unit, s, true);
      }
      TaskCounts t = tasks;
      long[] dt = t == null ? null : t.doneAndTotal();
      if (dt != null && dt[1] > 0) {
        // the job started after the stage did: no rate or time left from the stage's seconds
        return countLine(name, dt[0], dt[1], "tasks of the running Spark job", s, false);
      }
      return String.format(Locale.ROOT, "%s running for %.0f s", name, s);
    }
  }

  /**
   * "extract: 4,120 of 8,929 documents (46 %), 412/s, about 12 s left"; without a total the done count and
   * rate only; no rate or time left before anything is done.
   */
  static String countLine(String name, long done, long total, String unit, double seconds, boolean rate) {
    StringBuilder b = new StringBuilder(name).append(": ");
    if (total >= 0) {
      long shown = Math.min(done, total);
      b.append(String.format(Locale.ROOT, "%,d of %,d %s (%d %%)", shown, total, unit,
          total == 0 ? 100 : Math.round(100.0 * shown / total)));
    } else {
      b.append(String.format(Locale.ROOT, "%,d %s", done, unit));
    }
    if (rate && done > 0 && seconds > 0) {
      double perSecond = done / seconds;
      b.append(String.format(Locale.ROOT, ", %s/s", perSecond >= 10 ? String.format(Locale.ROOT, "%,.0f", perSecond)
          : String.format(Locale.ROOT, "%.1f", perSecond)));
      if (total > done) {
        b.append(", about ").append(duration((total - done) / perSecond)).append(" left");
      }
    }
    b.append(String.format(Locale.ROOT, ", %.0f s so far", seconds));
    return b.toString();
  }

  /** "9.2 MB", "512 KB". */
  public static String megabytes(long bytes) {
    return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
        : String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
  }

  /** "45 s", "3 min 20 s", "2 h 5 min". */
  static String duration(double seconds) {
    long s = Math.round(Math.max(0, seconds));
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }

  void tick() {
    Stage s = current;
    if (s != null && s.seconds() * 1e9 >= intervalNanos * 0.5) {
      try {
        print(s.runningLine());
      } catch (RuntimeException e) {
        // a progress line never fails a run
      }
    }
  }

  private void print(String line) {
    if (out != null) {
      synchronized (out) {
        out.println(PREFIX + line);
        out.flush();
      }
    }
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }
}
