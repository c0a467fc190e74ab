package org.telecomgrowth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users and schedulers see it: exit codes, one-line errors, atomic publishing. */
class PipelineTest extends SparkTestBase {

  @TempDir
  Path tmp;

  private record Result(int code, String err) {}

  private static Result run(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int code = Pipeline.run(args);
      return new Result(code, buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(old);
    }
  }

  private Path input() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (InputStream s = getClass().getResourceAsStream("/documents/telecommunications_in_cuba.txt")) {
      Files.copy(s, in.resolve("telecommunications_in_cuba.txt"));
    }
    Files.write(in.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
    return in;
  }

  @Test
  void anUnknownFlagIsAUsageErrorOnOneLine() {
    Result r = run("--no-such-flag");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aMissingInputIsAUsageErrorOnOneLine() {
    Result r = run("--input", tmp.resolve("nope").toString(), "--output", tmp.resolve("out").toString());
    assertEquals(2, r.code());
    Assertions.assertTrue(r.err().startsWith("error: input path not found"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void publishesEveryTableAndTheManifest() throws Exception {
    Path out = tmp.resolve("out");
    Result r = run("--input", input().toString(), "--output", out.toString(), "--run-id", "t1",
        "--catalog", tmp.resolve("no-catalog.csv").toString(), "--reference", "datasets/reference");
    assertEquals(0, r.code(), r.err());
    for (String t : List.of("observations", "events", "documents", "rejects")) {
      Assertions.assertTrue(Files.exists(out.resolve("tables/" + t + ".csv")), t);
      Assertions.assertTrue(Files.isDirectory(out.resolve("parquet/" + t)), t);
    }
    String manifest = Files.readString(out.resolve("manifest.json"));
    Assertions.assertTrue(manifest.contains("\"run_id\" : \"t1\""), manifest);
    Assertions.assertTrue(manifest.matches("(?s).*\"role\" : \"forecast_prior\",\\s*\"path\" : \"[^\"]*"
        + "forecast_prior_models.csv\",\\s*\"sha256\" : \"[0-9a-f]{64}\".*"), manifest);
    // each stage says on stderr when it starts and when it ends, with its counts and seconds
    List<String> progress = r.err().lines().filter(l -> l.startsWith("telecom-growth: ")).toList();
    for (String stage : List.of("extract", "transform", "publish_tables", "quality_gates", "report")) {
      Assertions.assertEquals(1, progress.stream().filter(l -> l.startsWith("telecom-growth: " + stage + " started"))
          .count(), stage + " start line: " + r.err());
      Assertions.assertTrue(progress.stream().anyMatch(l -> l.matches("telecom-growth: " + stage
          + " done in \\d+\\.\\d s.*")), stage + " end line: " + r.err());
    }
    Assertions.assertTrue(progress.stream().anyMatch(l -> l.matches(
        "telecom-growth: extract started: 2 files \\(\\d+ KB\\) in .*")), r.err());
    Assertions.assertTrue(progress.stream().anyMatch(l -> l.matches(
        "telecom-growth: extract done in .* s: 2 documents extracted")), r.err());
    Assertions.assertTrue(progress.stream().anyMatch(l -> l.matches(
        "telecom-growth: publish_tables done in .* s: 1 documents, \\d+ observations, .*")), r.err());
    assertFalse(r.err().contains("\r"), "no carriage returns (Spark's console bar) in a log file");
    String rejects = Files.readString(out.resolve("tables/rejects.csv"));
    Assertions.assertTrue(rejects.contains("broken.txt,not valid UTF-8"), rejects);
    try (Stream<Path> beside = Files.list(tmp)) {
      Assertions.assertTrue(beside.noneMatch(p -> p.getFileName().toString().contains("staging")), "staging left behind");
    }
  }

  @Test
  void quietPrintsNoProgressLines() throws Exception {
    Result r = run("--input", input().toString(), "--output", tmp.resolve("out").toString(), "--quiet",
        "--catalog", tmp.resolve("no-catalog.csv").toString(), "--reference", "datasets/reference");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("telecom-growth: "), r.err());
  }

  @Test
  void missingAndMalformedReferenceDataAreOneLineEachAndTheRunPublishesWithoutThoseFigures() throws Exception {
    // a reference folder without households.csv, and a population.csv (columns in another order) with one row
    // that is not a number: the run publishes; each problem is one warning line naming file, line and column
    Path ref = Files.createDirectories(tmp.resolve("ref"));
    List<String> lines = new java.util.ArrayList<>(List.of("source,population,year,country_iso3"));
    for (String l : Files.readAllLines(Path.of("datasets/reference/population.csv"))) {
      if (l.startsWith("CUB,")) {
        String[] f = l.split(",", 4);
        lines.add(f[3] + "," + (f[1].equals("2014") ? "lots" : f[2]) + "," + f[1] + "," + f[0]);
      }
    }
    int badLine = 1 + lines.indexOf(lines.stream().filter(l -> l.contains(",lots,")).findFirst().orElseThrow());
    Files.write(ref.resolve("population.csv"), lines);
    Path out = tmp.resolve("out");
    Result r = run("--input", input().toString(), "--output", out.toString(), "--catalog", "none",
        "--reference", ref.toString());
    assertEquals(0, r.code(), r.err());
    List<String> warnings = r.err().lines().filter(l -> l.startsWith("warning: ")).toList();
    Assertions.assertTrue(warnings.stream().anyMatch(w -> w.contains("households.csv not found")), r.err());
    Assertions.assertTrue(warnings.stream().anyMatch(w -> w.contains("population.csv: line " + badLine
        + ": column population: 'lots'")), r.err());
    Assertions.assertFalse(r.err().contains("Exception"), r.err());
    int perHousehold = 0;
    int perInhabitant = 0;
    try (Reader in = Files.newBufferedReader(out.resolve("tables/penetration.csv"));
        CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      for (CSVRecord row : p) {
        if (!row.get("kind").equals("derived")) {
          continue;
        }
        if (row.get("unit").equals("per_100_households")) {
          perHousehold++;
          assertEquals("", row.get("value"), row.toString());
          Assertions.assertTrue(row.get("note").startsWith("no household census for CUB"), row.toString());
        } else if (row.get("unit").equals("per_100_inhabitants") && !row.get("value").isEmpty()) {
          perInhabitant++;
        }
      }
    }
    Assertions.assertTrue(perHousehold > 0, "household figures are listed as lacking a reference");
    Assertions.assertTrue(perInhabitant > 0, "figures that need only the population are still derived");
  }

  @Test
  void aFailedRunLeavesThePublishedOutputAsItWas() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("marker.txt"), "published earlier");
    Files.writeString(out.resolve(org.telecomgrowth.io.AtomicPublisher.MARKER), "");
    Path badCatalog = tmp.resolve("catalog.csv");
    Files.writeString(badCatalog, "name,where\nx,y\n");
    Result r = run("--input", input().toString(), "--output", out.toString(), "--catalog", badCatalog.toString());
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    Assertions.assertTrue(r.err().contains("catalog"), r.err());
    assertEquals("published earlier", Files.readString(out.resolve("marker.txt")));
    try (Stream<Path> beside = Files.list(tmp)) {
      Assertions.assertTrue(beside.noneMatch(p -> p.getFileName().toString().contains("staging")), "staging left behind");
    }
  }
}
