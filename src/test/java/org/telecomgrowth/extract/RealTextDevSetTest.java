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
 * The extractor on the development set of real documents (../shared/realtext: 72 paraphrased pages of news,
 * regulators, operators, encyclopedias, blogs and market research, three in French), scored by the shared scorer
 * against its hand-made gold. The floors are what the extractor reaches now, a little under; they only rise. Fails,
 * never passes empty, when ../shared/realtext is missing.
 */
class RealTextDevSetTest {
  private static final Path SHARED = Paths.get("..", "shared");

  /** Strict recall (metric, value, period, qualifier, source and scope right) the set must keep. */
  static final double STRICT_RECALL_FLOOR = 0.935;
  /** Share of extracted rows that match a gold row strictly, or an optional row on value and metric. */
  static final double STRICT_PRECISION_FLOOR = 0.95;

  @TempDir
  static Path tmp;
  static ScorerRun score;

  @BeforeAll
  static void extractAndScore() throws Exception {
    Path docs = SHARED.resolve("realtext/docs");
    Path catalog = SHARED.resolve("realtext/catalog.csv");
    Path gold = SHARED.resolve("realtext/gold");
    Path scorer = SHARED.resolve("tools/score_extraction.py");
    assertTrue(Files.isDirectory(docs), "missing " + docs.toAbsolutePath() + ": the development set is required");
    assertTrue(Files.isRegularFile(catalog), "missing " + catalog.toAbsolutePath());
    assertTrue(Files.isRegularFile(gold.resolve("realtext_observations.csv")), "missing gold in " + gold);
    assertTrue(Files.isRegularFile(scorer), "missing " + scorer.toAbsolutePath());
    Path out = tmp.resolve("out");
    ExtractCorpus.Summary s = ExtractCorpus.run(docs, catalog.toString(), out);
    assertEquals(72, s.documents(), "the development set has 72 documents");
    score = ScorerRun.score(scorer, out.resolve("observations.csv"), gold, "realtext");
  }



  @Test
  void strictRecallStaysAboveItsFloor() {
    assertTrue(score.figure("strict (\\d+)/(\\d+)") >= STRICT_RECALL_FLOOR, score.summary());
  }

  @Test
  void strictPrecisionStaysAboveItsFloor() {
    assertTrue(score.figure("strict_precision ([\\d.]+)") >= STRICT_PRECISION_FLOOR, score.summary());
  }
}
