package org.telecomgrowth.ops;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JVMs a test starts (Spark Master, Workers, drivers): logs to files, stopped with every descendant (a Worker's
 * executors) on {@link #close()}, and by a shutdown hook when the test JVM is interrupted (Ctrl-C) or fails.
 */
final class SparkProcesses implements AutoCloseable {
  private final List<Process> started = new ArrayList<>();
  private final Path logDir;
  private final Map<String, String> env;
  private final Thread hook = new Thread(this::stopAll, "stop-spark-processes");

  SparkProcesses(Path logDir, Map<String, String> env) {
    this.logDir = logDir;
    this.env = env;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Starts {@code command}; stdout and stderr go to logDir/NAME.log. */
  synchronized Process start(String name, List<String> command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(logDir.resolve(name + ".log").toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    started.add(p);
    return p;
  }

  File log(String name) {
    return logDir.resolve(name + ".log").toFile();
  }

  /**
   * Where to look and what went wrong: the log's path and its last lines that name an error (or its last lines), so
   * a failure on a CI machine whose files are gone can still be read from the build's output.
   */
  String explain(String name) {
    File f = log(name);
    try {
      List<String> lines = java.nio.file.Files.readAllLines(f.toPath());
      List<String> errors = lines.stream()
          .filter(l -> l.contains("ERROR") || l.contains("Exception") || l.contains("rror:") || l.startsWith("Caused by"))
          .toList();
      List<String> shown = errors.isEmpty() ? lines : errors;
      return "see " + f + "; its last lines:\n  "
          + String.join("\n  ", shown.subList(Math.max(0, shown.size() - 25), shown.size()));
    } catch (IOException | RuntimeException e) {
      return "see " + f + " (unreadable: " + e + ")";
    }
  }

  /** Runs {@code command} to its end (at most {@code timeoutSeconds}) and returns its exit code. */
  int run(String name, List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
    Process p = start(name, command);
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      stop(p);
      throw new AssertionError(name + " did not finish in " + timeoutSeconds + " s; see " + log(name));
    }
    return p.exitValue();
  }

  /** Processes (and descendants) still alive. */
  synchronized List<ProcessHandle> alive() {
    List<ProcessHandle> out = new ArrayList<>();
    for (Process p : started) {
      p.toHandle().descendants().filter(ProcessHandle::isAlive).forEach(out::add);
      if (p.isAlive()) {
        out.add(p.toHandle());
      }
    }
    return out;
  }

  private static void stop(Process p) {
    List<ProcessHandle> children = p.toHandle().descendants().toList();
    p.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    }
    for (ProcessHandle c : children) {
      if (c.isAlive()) {
        c.destroyForcibly();
      }
    }
  }

  private synchronized void stopAll() {
    // Drivers and Workers first (a Worker stops its executors), the Master last.
    for (int i = started.size() - 1; i >= 0; i--) {
      stop(started.get(i));
    }
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down: the hook does the same
    }
  }
}
