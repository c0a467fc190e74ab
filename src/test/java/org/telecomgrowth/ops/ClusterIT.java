package org.telecomgrowth.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.extract.ExtractStage;

/**
 * A real Spark standalone cluster on 127.0.0.1 (one Master, two Workers, started from the Maven-resolved Spark
 * jars in target/spark-home/jars): the shaded jar submitted with Spark's SparkSubmit in client mode, and run with
 * a plain {@code java ... --master spark://} (the driver ships its jar), must publish tables byte-identical to a
 * local-mode spark-submit run of the same input. Every process started is stopped, also on failure or Ctrl-C.
 */
class ClusterIT {

  private static final Path BASE = Path.of("").toAbsolutePath();
  // A hung run fails the test instead of the build hanging; the 3-minute budget is reported, not asserted (the
  // machine is shared).
  private static final long RUN_TIMEOUT_S = 900;

  @TempDir
  Path tmp;

  @Test
  void clusterRunsPublishTheSameTablesAsALocalRunAlsoWhenAWorkerIsKilled() throws Exception {
    Path sparkHome = Path.of(System.getProperty("spark.home"));
    assertTrue(Files.isDirectory(sparkHome.resolve("jars")), "no Spark jars in " + sparkHome);
    String jars = sparkHome.resolve("jars") + "/*";
    String appJar = ShadedJarIT.appJar().toString();
    List<String> flags = Arrays.asList(System.getProperty("spark.jvm.flags").trim().split("\\s+"));
    // short-lived JVMs: the C1 compiler alone costs these 2 cores far less than tiered compilation, same results
    String flagLine = String.join(" ", flags) + " " + String.join(" ", QUICK_JIT);
    Map<String, String> env = Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.12",
        "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_LOG_DIR", tmp.toString());
    Path logs = Files.createDirectories(BASE.resolve("target/cluster-it"));
    long t0 = System.nanoTime();

    List<ProcessHandle> left;
    try (SparkProcesses procs = new SparkProcesses(logs, env)) {
      int masterPort = freePort();
      int masterUi = freePort();
      String master = "spark://127.0.0.1:" + masterPort;
      procs.start("master", daemon(flags, jars, "org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUi)));
      List<Process> workers = new ArrayList<>();
      for (int w = 1; w <= 2; w++) {
        Path work = Files.createDirectories(tmp.resolve("worker" + w));
        workers.add(procs.start("worker" + w, daemon(flags, jars, "org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--webui-port", "0", "--cores", "1", "--memory", "1g",
            "--work-dir", work.toString(), master)));
      }

      // The local-mode reference run, through the same spark-submit path, beside the cluster runs (its idle
      // moments are theirs: the three runs one after another took longer than the 3-minute budget).
      Path local = tmp.resolve("local");
      Process localRun = procs.start("submit-local", submit(flags, flagLine, jars, appJar, "local[2]", local,
          List.of()));
      awaitWorkers(masterUi, 2, 120);

      // Plain java --master spark:// (the driver ships its jar), on both Workers.
      Path direct = tmp.resolve("cluster-direct");
      List<String> plain = new ArrayList<>(List.of(SparkProcesses.java(), "-Xmx1g"));
      plain.addAll(QUICK_JIT);
      plain.addAll(flags);
      plain.addAll(List.of("-Dspark.executor.extraJavaOptions=" + flagLine, "-Dspark.executor.memory=768m",
          "-Dspark.sql.shuffle.partitions=4",
          "-cp", appJar + ":" + jars, "org.telecomgrowth.Pipeline", "--master", master));
      plain.addAll(jobOptions(direct, "direct"));
      assertEquals(0, procs.run("direct-cluster", plain, RUN_TIMEOUT_S),
          "java --master spark:// failed; " + procs.explain("direct-cluster"));
      for (int w = 1; w <= 2; w++) {
        try (Stream<Path> apps = Files.list(tmp.resolve("worker" + w))) {
          assertEquals(1, apps.filter(p -> p.getFileName().toString().startsWith("app-")).count(),
              "worker" + w + " did not run an executor for the application");
        }
      }

      // spark-submit to the cluster, and the Worker running an extract task killed (with its executor) while
      // the task runs: the task holds at a gate (ExtractStage's test hook) until the Worker is dead.
      Path viaSubmit = tmp.resolve("cluster-submit");
      Path gate = tmp.resolve("extract-gate");
      Process run = procs.start("submit-cluster", submit(flags, flagLine, jars, appJar, master, viaSubmit,
          List.of("--conf", ExtractStage.HOLD_EXTRACT_CONF + "=" + gate)));
      int killed = killWorkerRunningATask(workers, gate, run);
      Files.writeString(gate, "go");
      assertTrue(run.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS), "submit-cluster did not finish");
      assertEquals(0, run.exitValue(), "cluster spark-submit with a Worker killed failed; "
          + procs.explain("submit-cluster"));
      String submitLog = Files.readString(procs.log("submit-cluster").toPath());
      assertTrue(submitLog.contains("published " + viaSubmit), submitLog);
      assertTrue(submitLog.contains("Lost executor") || submitLog.contains("ExecutorLost"),
          "the driver never saw the executor of worker" + killed + " go; see " + procs.log("submit-cluster"));

      assertTrue(localRun.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS), "submit-local did not finish");
      assertEquals(0, localRun.exitValue(), "local spark-submit failed; " + procs.explain("submit-local"));
      assertSameTables(local, direct);
      assertSameTables(local, viaSubmit);
      procs.close();
      left = procs.alive();
    }
    assertTrue(left.isEmpty(), "processes left running: " + left);
    System.out.printf("cluster test: %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  // C1 only, with the code cache tiered compilation would have: C1 alone gets a 48 MB cache, which a whole run (the
  // PDF, workbook and chart code included) filled ("Out of space in CodeCache for adapters", the JVM's threads dying)
  private static final List<String> QUICK_JIT = List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m");

  /**
   * Waits until an executor's extract task is at the gate, then kills (SIGKILL) the Worker that launched that
   * executor, and the executor, as a lost machine would be; returns the Worker's number.
   */
  private static int killWorkerRunningATask(List<Process> workers, Path gate, Process run) throws Exception {
    long deadline = System.nanoTime() + 240_000_000_000L;
    while (System.nanoTime() < deadline && run.isAlive()) {
      try (Stream<Path> s = Files.list(gate.getParent())) {
        for (Path marker : s.filter(p -> p.getFileName().toString().startsWith(gate.getFileName() + ".task-"))
            .toList()) {
          String task = marker.getFileName().toString().substring((gate.getFileName() + ".task-").length());
          long pid = Long.parseLong(task.substring(0, task.indexOf('-')));
          for (int w = 0; w < workers.size(); w++) {
            List<ProcessHandle> children = workers.get(w).toHandle().descendants().toList();
            if (children.stream().anyMatch(c -> c.pid() == pid)) {
              workers.get(w).destroyForcibly();
              children.forEach(ProcessHandle::destroyForcibly);
              workers.get(w).waitFor(30, TimeUnit.SECONDS);
              return w + 1;
            }
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no extract task reached the gate " + gate + (run.isAlive() ? "" : " (run ended)"));
  }

  private static List<String> daemon(List<String> flags, String jars, String main, String... args) {
    List<String> cmd = new ArrayList<>(List.of(SparkProcesses.java(), "-Xmx512m"));
    cmd.addAll(QUICK_JIT);
    cmd.addAll(flags);
    cmd.addAll(List.of("-cp", jars, main));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static List<String> submit(List<String> flags, String flagLine, String jars, String appJar, String master,
      Path out, List<String> conf) {
    List<String> cmd = new ArrayList<>(List.of(SparkProcesses.java(), "-Xmx1g"));
    cmd.addAll(QUICK_JIT);
    cmd.addAll(flags);
    cmd.addAll(List.of("-cp", jars, "org.apache.spark.deploy.SparkSubmit", "--master", master,
        "--deploy-mode", "client", "--class", "org.telecomgrowth.Pipeline",
        "--conf", "spark.executor.extraJavaOptions=" + flagLine, "--conf", "spark.executor.memory=768m",
        "--conf", "spark.sql.shuffle.partitions=4"));
    cmd.addAll(conf);
    cmd.add(appJar);
    cmd.addAll(jobOptions(out, out.getFileName().toString()));
    return cmd;
  }

  private static List<String> jobOptions(Path out, String runId) {
    return List.of("--input", BASE.resolve("datasets/documents").toString(), "--output", out.toString(),
        "--catalog", BASE.resolve("datasets/catalog.csv").toString(),
        "--reference", BASE.resolve("datasets/reference").toString(), "--run-id", runId);
  }

  /** Every CSV of {@code expected}/tables exists in {@code actual}/tables with the same bytes, and no other. */
  static void assertSameTables(Path expected, Path actual) throws IOException {
    List<String> want = csvNames(expected);
    assertTrue(want.size() >= 10, "too few tables in " + expected + ": " + want);
    assertEquals(want, csvNames(actual));
    for (String name : want) {
      byte[] a = Files.readAllBytes(expected.resolve("tables").resolve(name));
      byte[] b = Files.readAllBytes(actual.resolve("tables").resolve(name));
      assertTrue(Arrays.equals(a, b), name + " differs between " + expected + " and " + actual);
    }
  }

  private static List<String> csvNames(Path run) throws IOException {
    try (Stream<Path> s = Files.list(run.resolve("tables"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Polls the Master's JSON endpoint until {@code n} Workers are alive. */
  private static void awaitWorkers(int ui, int n, int seconds) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + ui + "/json/").toURL()
            .openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(2000);
        try (InputStream in = c.getInputStream()) {
          last = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (last.replace(" ", "").contains("\"aliveworkers\":" + n)) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    throw new AssertionError(n + " workers not alive after " + seconds + " s: " + last);
  }
}
