package org.telecomgrowth.ops;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.Pipeline;

/**
 * The Spark event log can be switched on ({@code --conf} with {@code spark.eventLog.enabled}): before Jackson was
 * aligned with Spark's own (pom, dependencyManagement) the first event written threw {@code NoSuchMethodError} and
 * the run failed. A child JVM (the event log is read when a SparkContext starts, and the tests share one) runs the
 * pipeline with the event log on: it publishes, and the log holds the run's events from start to end.
 */
class EventLogTest {

  @TempDir
  Path tmp;

  @Test
  @Tag("slow")
  void aRunWithTheEventLogOnPublishesAndLogsItsEvents() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (InputStream s = getClass().getResourceAsStream("/documents/telecommunications_in_cuba.txt")) {
      Files.copy(s, in.resolve("cuba.txt"));
    }
    Path events = Files.createDirectories(tmp.resolve("events"));
    Path conf = Files.writeString(tmp.resolve("spark.properties"),
        "spark.eventLog.enabled=true\nspark.eventLog.dir=" + events.toUri() + "\n");
    Path out = tmp.resolve("out");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-D") || a.startsWith("-XX")) {
        cmd.add(a);
      }
    }
    cmd.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), Pipeline.class.getName(),
        "--input", in.toString(), "--output", out.toString(), "--catalog", "none", "--reference",
        "datasets/reference", "--conf", conf.toString(), "--master", "local[1]", "--run-id", "event-log"));
    Path log = tmp.resolve("child.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Assertions.assertTrue(p.waitFor(10, TimeUnit.MINUTES), "child run finished");
    Assertions.assertEquals(0, p.exitValue(), Files.readString(log));
    Assertions.assertTrue(Files.exists(out.resolve("report/index.html")));

    List<Path> logs;
    try (Stream<Path> s = Files.list(events)) {
      logs = s.toList();
    }
    Assertions.assertEquals(1, logs.size(), "one event log: " + logs);
    Assertions.assertFalse(logs.get(0).getFileName().toString().endsWith(".inprogress"), "the log was closed");
    String text = Files.readString(logs.get(0));
    for (String event : List.of("SparkListenerApplicationStart", "SparkListenerJobStart", "SparkListenerJobEnd",
        "SparkListenerApplicationEnd")) {
      Assertions.assertTrue(text.contains("\"Event\":\"" + event + "\""), event + " missing from the event log");
    }
  }
}
