package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.bench.ExtractCorpus;

/**
 * The extractor on real text: the Factbook sample (26 countries x 6 editions, rendered from ../shared/factbook),
 * scored by the shared scorer against the gold derived from the Factbook's structured entries. Fails, never
 * passes empty, when ../shared is missing.
 */
class FactbookSampleTest {
  private static final Path SHARED = Paths.get("..", "shared");

  @TempDir
  static Path tmp;
  static String summary;

  @BeforeAll
  static void renderExtractAndScore() throws Exception {
    Path render = SHARED.resolve("factbook/render.py");
    Path scorer = SHARED.resolve("tools/score_extraction.py");
    assertTrue(Files.isRegularFile(render), "missing " + render.toAbsolutePath() + ": the Factbook corpus is required");
    assertTrue(Files.isRegularFile(scorer), "missing " + scorer.toAbsolutePath());
    Path sample = tmp.resolve("sample");
    run("python3", render.toString(), sample.toString(), "--sample");
    Path out = tmp.resolve("out");
    ExtractCorpus.Summary s = ExtractCorpus.run(sample.resolve("documents"), sample.resolve("catalog.csv").toString(),
        out);
    assertEquals(156, s.documents(), "the sample has 156 documents");
    String printed = run("python3", scorer.toString(), "--observations", out.resolve("observations.csv").toString(),
        "--gold", sample.toString(), "--prefix", "factbook");
    String[] lines = printed.strip().split("\n");
    summary = lines[lines.length - 1];
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", command) + " failed:\n" + out);
    return out;
  }

  private static double figure(String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(summary);
    assertTrue(m.find(), "no " + pattern + " in: " + summary);
    return m.groupCount() == 2 ? Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2))
        : Double.parseDouble(m.group(1));
  }

  @Test
  void strictRecallIsAtLeast95Percent() {
    assertTrue(figure("strict (\\d+)/(\\d+)") >= 0.95, summary);
  }

  @Test
  void strictPrecisionIsAtLeast97Percent() {
    assertTrue(figure("strict_precision ([\\d.]+)") >= 0.97, summary);
  }

  @Test
  void noGoldValueCarriesAWrongMetric() {
    assertEquals(0, figure("wrong_metric (\\d+)"), summary);
  }
}
