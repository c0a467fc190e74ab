package org.telecomgrowth;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.io.AtomicPublisher;
import org.telecomgrowth.io.FullDiskFileSystem;

/**
 * Faults while publishing: a full disk, a read-only output, and a driver killed mid-run (--fail-at, in a child
 * JVM). Each leaves the previous output intact and readable, and the next run succeeds.
 */
class FaultTest extends SparkTestBase {

  @TempDir
  Path tmp;

  private Path input() throws Exception {
    Path in = tmp.resolve("in");
    if (!Files.exists(in)) {
      Files.createDirectories(in);
      try (InputStream s = getClass().getResourceAsStream("/documents/telecommunications_in_cuba.txt")) {
        Files.copy(s, in.resolve("cuba.txt"));
      }
    }
    return in;
  }

  private String[] args(String output, String runId, String... more) throws Exception {
    List<String> a = new ArrayList<>(List.of("--input", input().toString(), "--output", output, "--catalog", "none",
        "--reference", "datasets/reference", "--run-id", runId));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  private List<String> beside(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir.getParent())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("child.log")).sorted()
          .collect(Collectors.toList());
    }
  }

  @AfterEach
  void healDisk() {
    FullDiskFileSystem.failOnName = null;
    FullDiskFileSystem.readOnly = false;
  }

  @Test
  void aFullDiskFailsTheRunWithOneLineAndKeepsThePreviousOutput() throws Exception {
    session().sparkContext().hadoopConfiguration().set("fs.fullfs.impl", FullDiskFileSystem.class.getName());
    Path out = tmp.resolve("out");
    String uri = "fullfs://" + out;
    Assertions.assertEquals(0, runPipeline(args(uri, "first")).code());
    String manifest = Files.readString(out.resolve("manifest.json"));

    FullDiskFileSystem.failOnName = "index.html"; // the disk fills up while the report is written
    PipelineRun r = runPipeline(args(uri, "second"));
    Assertions.assertEquals(1, r.code(), r.err());
    Assertions.assertTrue(r.err().contains("No space left on device"), r.err());
    Assertions.assertEquals(1, r.errors().strip().lines().count(), r.err()); // after the stages' progress lines
    Assertions.assertEquals(manifest, Files.readString(out.resolve("manifest.json")), "previous output intact");
    // a failed run leaves its own manifest beside DIR (issue 11), nothing else
    Assertions.assertEquals(List.of("in", "out", "out.failed-manifest.json"), beside(out),
        "no staging folder or lock left");

    FullDiskFileSystem.failOnName = null;
    Assertions.assertEquals(0, runPipeline(args(uri, "third")).code(), "the next run succeeds");
    Assertions.assertTrue(Files.readString(out.resolve("manifest.json")).contains("third"));
  }

  @Test
  void aReadOnlyOutputFailsTheRunAndKeepsThePreviousOutput() throws Exception {
    session().sparkContext().hadoopConfiguration().set("fs.fullfs.impl", FullDiskFileSystem.class.getName());
    Path out = tmp.resolve("out");
    String uri = "fullfs://" + out;
    Assertions.assertEquals(0, runPipeline(args(uri, "first")).code());
    String manifest = Files.readString(out.resolve("manifest.json"));
    FullDiskFileSystem.readOnly = true;
    PipelineRun r = runPipeline(args(uri, "second"));
    Assertions.assertEquals(1, r.code(), r.err());
    Assertions.assertTrue(r.err().contains("Read-only file system"), r.err());
    Assertions.assertEquals(manifest, Files.readString(out.resolve("manifest.json")));
    Assertions.assertEquals(List.of("in", "out"), beside(out));
  }

  /** Runs the pipeline in a child JVM (the test's class path and JVM flags) and returns its exit code. */
  private int child(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-D") || a.startsWith("-XX")) {
        cmd.add(a);
      }
    }
    cmd.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), Pipeline.class.getName()));
    cmd.addAll(List.of(args));
    cmd.addAll(List.of("--master", "local[1]"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile()).start();
    Assertions.assertTrue(p.waitFor(10, TimeUnit.MINUTES), "child run finished");
    return p.exitValue();
  }

  @Test
  @Tag("slow")
  void aDriverKilledDuringTheSwapLosesNothingAndTheNextRunRepairs() throws Exception {
    Path out = tmp.resolve("out");
    Assertions.assertEquals(0, runPipeline(args(out.toString(), "first")).code());
    String manifest = Files.readString(out.resolve("manifest.json"));

    int code = child(args(out.toString(), "killed", "--fail-at", "swap"));
    Assertions.assertEquals(AtomicPublisher.FAIL_AT_EXIT, code, Files.readString(tmp.resolve("child.log")));
    // killed between the renames: DIR is gone, the old output is whole beside it, nothing half-written in DIR
    Assertions.assertFalse(Files.exists(out));
    Path aside;
    try (Stream<Path> s = Files.list(tmp)) {
      aside = s.filter(p -> p.getFileName().toString().startsWith(".out.previous-killed-")).findFirst().orElseThrow();
    }
    Assertions.assertEquals(manifest, Files.readString(aside.resolve("manifest.json")));

    PipelineRun next = runPipeline(args(out.toString(), "next"));
    Assertions.assertEquals(0, next.code(), next.err());
    Assertions.assertTrue(next.err().contains("restored from .out.previous-killed-"), next.err());
    Assertions.assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"next\""));
    Assertions.assertEquals(List.of("in", "out"), beside(out), "set-aside output, staging and lock all cleaned");
  }

  @Test
  @Tag("slow")
  void aDriverKilledWhileWritingTablesLeavesThePreviousOutputUntouched() throws Exception {
    Path out = tmp.resolve("out");
    Assertions.assertEquals(0, runPipeline(args(out.toString(), "first")).code());
    String manifest = Files.readString(out.resolve("manifest.json"));
    int code = child(args(out.toString(), "killed", "--fail-at", "tables"));
    Assertions.assertEquals(AtomicPublisher.FAIL_AT_EXIT, code, Files.readString(tmp.resolve("child.log")));
    Assertions.assertEquals(manifest, Files.readString(out.resolve("manifest.json")), "previous output readable");
    Assertions.assertTrue(beside(out).stream().anyMatch(n -> n.startsWith(".out.staging-killed-")));
    Assertions.assertTrue(beside(out).contains(".out.lock"), "the dead run's lock is still there");

    PipelineRun next = runPipeline(args(out.toString(), "next"));
    Assertions.assertEquals(0, next.code(), next.err());
    Assertions.assertEquals(List.of("in", "out"), beside(out), "dead run's staging and lock cleaned");
  }
}
