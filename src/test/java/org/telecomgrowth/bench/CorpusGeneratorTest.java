package org.telecomgrowth.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus generator: same seed, same bytes; the size asked for; documents of a realistic size; and its own gold
 * scored by the shared scorer against the extractor's output (fails when ../shared is missing).
 */
class CorpusGeneratorTest {
  private static final long BYTES = 400_000;
  private static final Path POPULATION = Paths.get("datasets/reference/population.csv");

  @TempDir
  static Path tmp;
  static Path first;
  static CorpusGenerator.Summary summary;

  @BeforeAll
  static void generate() throws IOException {
    first = tmp.resolve("a");
    summary = CorpusGenerator.generate(first, BYTES, 11, POPULATION);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
    Path again = tmp.resolve("b");
    CorpusGenerator.generate(again, BYTES, 11, POPULATION);
    List<Path> a = files(first);
    assertEquals(a, files(again));
    for (Path p : a) {
      assertArrayEquals(Files.readAllBytes(first.resolve(p)), Files.readAllBytes(again.resolve(p)), p.toString());
    }
    Path other = tmp.resolve("c");
    CorpusGenerator.generate(other, BYTES, 12, POPULATION);
    assertFalse(Files.readString(first.resolve("gold_observations.csv"))
        .equals(Files.readString(other.resolve("gold_observations.csv"))));
  }

  @Test
  void writesTheSizeAskedForInDocumentsOfARealisticSize() throws IOException {
    long total = 0;
    for (Path p : files(first.resolve("documents"))) {
      long size = Files.size(first.resolve("documents").resolve(p));
      total += size;
      assertTrue(size <= CorpusGenerator.MAX_DOC + 1_000, p + " has " + size + " bytes");
    }
    assertEquals(summary.bytes(), total);
    assertTrue(Math.abs(total - BYTES) <= 0.03 * BYTES, total + " bytes for " + BYTES + " asked");
    assertTrue(summary.documents() >= 10, summary.toString());
    long catalogRows = Files.readAllLines(first.resolve("catalog.csv")).size() - 1;
    assertEquals(summary.documents(), catalogRows);
    assertTrue(summary.goldRows() >= 500, summary.toString());
  }

  @Test
  void theExtractorFindsTheGeneratedGold() throws Exception {
    Path scorer = Paths.get("..", "shared", "tools", "score_extraction.py");
    assertTrue(Files.isRegularFile(scorer), "missing " + scorer.toAbsolutePath());
    Path out = tmp.resolve("extracted");
    ExtractCorpus.Summary s = ExtractCorpus.run(first.resolve("documents"),
        first.resolve("catalog.csv").toString(), out);
    assertEquals(summary.documents(), s.documents());
    Process p = new ProcessBuilder("python3", scorer.toString(), "--observations",
        out.resolve("observations.csv").toString(), "--gold", first.toString(), "--prefix", "gold")
        .redirectErrorStream(true).start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), printed);
    String[] lines = printed.strip().split("\n");
    String last = lines[lines.length - 1];
    Matcher strict = Pattern.compile("strict (\\d+)/(\\d+)").matcher(last);
    Matcher precision = Pattern.compile("strict_precision ([\\d.]+)").matcher(last);
    assertTrue(strict.find() && precision.find(), last);
    assertEquals(summary.goldRows(), Long.parseLong(strict.group(2)), last);
    assertTrue(Double.parseDouble(strict.group(1)) / Double.parseDouble(strict.group(2)) >= 0.95, printed);
    assertTrue(Double.parseDouble(precision.group(1)) >= 0.95, printed);
  }
}
