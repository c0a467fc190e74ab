package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
  static ScorerRun score;

  @BeforeAll
  static void renderExtractAndScore() throws Exception {
    Path render = SHARED.resolve("factbook/render.py");
    Path scorer = SHARED.resolve("tools/score_extraction.py");
    assertTrue(Files.isRegularFile(render), "missing " + render.toAbsolutePath() + ": the Factbook corpus is required");
    assertTrue(Files.isRegularFile(scorer), "missing " + scorer.toAbsolutePath());
    Path sample = tmp.resolve("sample");
    ScorerRun.run("python3", render.toString(), sample.toString(), "--sample");
    Path out = tmp.resolve("out");
    ExtractCorpus.Summary s = ExtractCorpus.run(sample.resolve("documents"), sample.resolve("catalog.csv").toString(),
        out);
    assertEquals(156, s.documents(), "the sample has 156 documents");
    score = ScorerRun.score(scorer, out.resolve("observations.csv"), sample, "factbook");
  }



  @Test
  void strictRecallIsAtLeast95Percent() {
    assertTrue(score.figure("strict (\\d+)/(\\d+)") >= 0.95, score.summary());
  }

  @Test
  void strictPrecisionIsAtLeast97Percent() {
    assertTrue(score.figure("strict_precision ([\\d.]+)") >= 0.97, score.summary());
  }

  @Test
  void noGoldValueCarriesAWrongMetric() {
    assertEquals(0, score.figure("wrong_metric (\\d+)"), score.summary());
  }
}
