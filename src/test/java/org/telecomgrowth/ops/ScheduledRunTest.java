package org.telecomgrowth.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.Pipeline;
import org.telecomgrowth.SparkTestBase;

/**
 * A scheduled report as cron runs it, on datasets/ plus three documents about other countries: a failed run
 * leaves its own manifest and no trace in the output, two runs publish byte-identical tables, the manifest records
 * the run, and every notebook executes headlessly against the output.
 */
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
  void aFailedRunWritesItsOwnManifestAndTheNextGoodRunClearsIt() throws Exception {
    Path out = tmp.resolve("fail-then-ok");
    Path failed = tmp.resolve("fail-then-ok.failed-manifest.json");
    Path badCatalog = Files.writeString(tmp.resolve("bad-catalog.csv"), "name,where\nx,y\n");
    Result bad = run("--input", input().toString(), "--output", out.toString(), "--run-id", "bad",
        "--catalog", badCatalog.toString(), "--reference", "datasets/reference");
    assertEquals(1, bad.code(), bad.err());
    assertFalse(Files.exists(out), "a failed run published something");
    JsonNode m = new ObjectMapper().readTree(failed.toFile());
    assertEquals("failed", m.get("status").asText());
    assertEquals("extract", m.get("failed_stage").asText());
    assertTrue(m.get("error").asText().contains("catalog"), m.toString());
    assertEquals("bad", m.get("run_id").asText());
    assertFalse(m.get("ended_at").isNull());

    Result ok = publish(out, "ok");
    assertEquals(0, ok.code(), ok.err());
    assertFalse(Files.exists(failed), "the failed-run manifest outlived a good run");
    assertEquals("published", new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("status")
        .asText());
  }

  @Test
  void twoRunsPublishByteIdenticalTablesAndTheManifestRecordsTheRun() throws Exception {
    Path first = published();
    Path second = tmp.resolve("out-again");
    Result r = publish(second, "second");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().strip().matches("published " + java.util.regex.Pattern.quote(second.toString())
        + " in \\d+\\.\\d s: 4 documents, \\d+ observations, \\d+ events, 5 charts \\(run second\\)"), r.out());
    ClusterIT.assertSameTables(first, second);

    JsonNode m = new ObjectMapper().readTree(second.resolve("manifest.json").toFile());
    assertEquals("published", m.get("status").asText());
    assertTrue(m.get("started_at").asText().compareTo(m.get("ended_at").asText()) < 0, m.toString());
    assertEquals(second.toString(), m.get("options").get("output").asText());
    assertEquals("datasets/catalog.csv", m.get("options").get("catalog").asText());
    assertEquals(4, m.get("inputs").size());
    List<String> roles = new ArrayList<>();
    for (JsonNode f : m.get("side_files")) {
      roles.add(f.get("role").asText());
      assertEquals(sha256(Path.of(f.get("path").asText())), f.get("sha256").asText(), f.toString());
    }
    assertEquals(List.of("catalog", "reference", "reference"), roles);
    assertTrue(m.get("versions").get("git_commit").asText().matches("[0-9a-f]{40}|unknown"), m.toString());
    assertFalse(m.get("versions").get("pipeline").asText().equals("dev"), m.toString());
    for (String stage : List.of("extract", "transform", "publish_tables", "report")) {
      assertTrue(m.get("seconds_per_stage").has(stage), stage);
    }
  }

  /** Runs every notebooks/*.ipynb with jupyter nbconvert against the published output; any cell error fails. */
  @Test
  void everyNotebookExecutesAgainstAPublishedOutput() throws Exception {
    Path out = published();
    List<Path> notebooks;
    try (Stream<Path> s = Files.list(BASE.resolve("notebooks"))) {
      notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertTrue(notebooks.size() >= 2, "notebooks: " + notebooks);
    Path executed = Files.createDirectories(tmp.resolve("executed"));
    List<String> cmd = new ArrayList<>(List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
        "--ExecutePreprocessor.timeout=300", "--output-dir", executed.toString()));
    notebooks.forEach(p -> cmd.add(p.toString()));
    Path log = tmp.resolve("nbconvert.log");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(BASE.resolve("notebooks").toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("TELECOM_OUTPUT", out.toString());
    pb.environment().put("MPLBACKEND", "Agg");
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
    ObjectMapper json = new ObjectMapper();
    for (Path nb : notebooks) {
      JsonNode doc = json.readTree(executed.resolve(nb.getFileName()).toFile());
      int images = 0;
      for (JsonNode cell : doc.get("cells")) {
        for (JsonNode o : cell.path("outputs")) {
          assertFalse("error".equals(o.path("output_type").asText()), nb + ": " + o);
          images += o.path("data").has("image/png") ? 1 : 0;
        }
      }
      assertTrue(images >= 3, nb + " drew " + images + " plots");
      // committed with outputs cleared
      for (JsonNode cell : json.readTree(nb.toFile()).get("cells")) {
        assertTrue(cell.path("outputs").isMissingNode() || cell.get("outputs").isEmpty(), nb + " has outputs");
      }
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
