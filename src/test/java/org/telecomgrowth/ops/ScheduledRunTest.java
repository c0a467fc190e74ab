package org.telecomgrowth.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import org.junit.jupiter.api.Assertions;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.Pipeline;
import org.telecomgrowth.SparkTestBase;

/**
 * A scheduled report as cron runs it, on datasets/ plus three documents about other countries: a failed run
 * leaves its own manifest and no trace in the output (and the next good run clears it), two runs publish
 * byte-identical tables, the manifest records the run, and every notebook executes headlessly against the output.
 * The tests share two published runs, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduledRunTest extends SparkTestBase {
  private static final Path BASE = Path.of("").toAbsolutePath();

  @TempDir
  static Path tmp;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Pipeline.run(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static Path input() throws IOException {
    Path in = tmp.resolve("in");
    if (!Files.isDirectory(in)) {
      Files.createDirectories(in);
      for (Path dir : List.of(BASE.resolve("datasets/documents"), BASE.resolve("src/test/resources/documents"))) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.copy(f, in.resolve(f.getFileName()));
          }
        }
      }
    }
    return in;
  }

  private static Result publish(Path out, String runId) throws IOException {
    return run("--input", input().toString(), "--output", out.toString(), "--run-id", runId,
        "--catalog", "datasets/catalog.csv", "--reference", "datasets/reference");
  }

  /** The first published run (shared by the tests of this class). */
  private static Path published;

  private static synchronized Path published() throws IOException {
    if (published == null) {
      Path out = tmp.resolve("out");
      Result r = publish(out, "first");
      assertEquals(0, r.code(), r.err());
      published = out;
    }
    return published;
  }

  @Test
  @Order(1)
  void aFailedRunWritesItsOwnManifestAndTheNextGoodRunClearsIt() throws Exception {
    Path out = tmp.resolve("out");
    Path failed = tmp.resolve("out.failed-manifest.json");
    Assertions.assertTrue(published == null, "runs first");
    Path badCatalog = Files.writeString(tmp.resolve("bad-catalog.csv"), "name,where\nx,y\n");
    Result bad = run("--input", input().toString(), "--output", out.toString(), "--run-id", "bad",
        "--catalog", badCatalog.toString(), "--reference", "datasets/reference");
    assertEquals(2, bad.code(), bad.err()); // a malformed catalog is bad usage (issue 13)
    assertFalse(Files.exists(out), "a failed run published something");
    Map<String, Object> m = json(failed);
    assertEquals("failed", m.get("status"));
    assertEquals("extract", m.get("failed_stage"));
    Assertions.assertTrue(String.valueOf(m.get("error")).contains("catalog"), m.toString());
    assertEquals("bad", m.get("run_id"));
    Assertions.assertNotNull(m.get("ended_at"));

    published();
    assertFalse(Files.exists(failed), "the failed-run manifest outlived a good run");
    assertEquals("published", json(out.resolve("manifest.json")).get("status"));
  }

  @Test
  @Order(2)
  void twoRunsPublishByteIdenticalTablesAndTheManifestRecordsTheRun() throws Exception {
    Path first = published();
    Path second = tmp.resolve("out-again");
    Result r = publish(second, "second");
    assertEquals(0, r.code(), r.err());
    Assertions.assertTrue(r.out().strip().matches("published " + java.util.regex.Pattern.quote(second.toString())
        + " in \\d+\\.\\d s: 4 documents, \\d+ observations, \\d+ events, \\d+ charts \\(run second\\)"), r.out());
    ClusterIT.assertSameTables(first, second);

    Map<String, Object> m = json(second.resolve("manifest.json"));
    assertEquals("published", m.get("status"));
    Assertions.assertTrue(Instant.parse((String) m.get("started_at")).isBefore(Instant.parse((String) m.get("ended_at"))),
        m.toString());
    Map<String, Object> options = map(m.get("options"));
    assertEquals(second.toString(), options.get("output"));
    assertEquals("datasets/catalog.csv", options.get("catalog"));
    assertEquals("second", options.get("run_id"));
    assertEquals(4, ((List<?>) m.get("inputs")).size());
    List<String> roles = new ArrayList<>();
    for (Object o : (List<?>) m.get("side_files")) {
      Map<String, Object> f = map(o);
      roles.add((String) f.get("role"));
      assertEquals(sha256(Path.of((String) f.get("path"))), f.get("sha256"), f.toString());
    }
    assertEquals(List.of("catalog", "reference", "reference", "reference", "forecast_prior", "forecast_prior"), roles);
    Map<String, Object> versions = map(m.get("versions"));
    Assertions.assertTrue(String.valueOf(versions.get("git_commit")).matches("[0-9a-f]{40}|unknown"), m.toString());
    Assertions.assertTrue(String.valueOf(versions.get("pipeline")).matches("\\d+\\.\\d+\\.\\d+.*"), m.toString());
    Assertions.assertEquals(Set.of("extract", "transform", "publish_tables", "quality_gates", "report"),
        map(m.get("seconds_per_stage")).keySet());
  }

  /** Runs every notebooks/*.ipynb with jupyter nbconvert against the published output; any cell error fails. */
  @Test
  @Order(3)
  void everyNotebookExecutesAgainstAPublishedOutput() throws Exception {
    Path out = published();
    List<Path> notebooks;
    try (Stream<Path> s = Files.list(BASE.resolve("notebooks"))) {
      notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    Assertions.assertTrue(notebooks.size() >= 2, "notebooks: " + notebooks);
    Path executed = Files.createDirectories(tmp.resolve("executed"));
    List<String> cmd = new ArrayList<>(List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
        "--ExecutePreprocessor.timeout=300", "--output-dir", executed.toString()));
    notebooks.forEach(p -> cmd.add(p.toString()));
    Path log = tmp.resolve("nbconvert.log");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(BASE.resolve("notebooks").toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("TELECOM_OUTPUT", out.toString());
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new AssertionError("jupyter nbconvert is not installed (.ci/run installs jupyter-nbconvert, "
          + "python3-ipykernel, python3-pandas, python3-matplotlib): " + e.getMessage(), e);
    }
    if (!p.waitFor(600, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("nbconvert did not finish in 600 s: " + Files.readString(log));
    }
    assertEquals(0, p.exitValue(), Files.readString(log));
    for (Path nb : notebooks) {
      int images = 0;
      for (Object c : (List<?>) json(executed.resolve(nb.getFileName())).get("cells")) {
        for (Object o : (List<?>) map(c).getOrDefault("outputs", List.of())) {
          Map<String, Object> out1 = map(o);
          assertFalse("error".equals(out1.get("output_type")), nb + ": " + o);
          images += map(out1.getOrDefault("data", Map.of())).containsKey("image/png") ? 1 : 0;
        }
      }
      Assertions.assertTrue(images >= 3, nb + " drew " + images + " plots");
      // committed with outputs cleared
      for (Object c : (List<?>) json(nb).get("cells")) {
        Assertions.assertTrue(((List<?>) map(c).getOrDefault("outputs", List.of())).isEmpty(), nb + " has outputs");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  /** Read as plain maps and lists (Jackson's tree model needs a newer jackson-core than Spark 3.5 brings). */
  private static Map<String, Object> json(Path file) throws IOException {
    return map(new ObjectMapper().readValue(file.toFile(), Map.class));
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
