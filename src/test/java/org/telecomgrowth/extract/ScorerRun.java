package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared scorer's summary line for an observations file, and the figures read from it (tests only). */
final class ScorerRun {
  private final String summary;

  private ScorerRun(String summary) {
    this.summary = summary;
  }

  /** Runs {@code score_extraction.py} on {@code observations} against {@code gold}'s {@code prefix}_*.csv. */
  static ScorerRun score(Path scorer, Path observations, Path gold, String prefix)
      throws IOException, InterruptedException {
    String printed = run("python3", scorer.toString(), "--observations", observations.toString(), "--gold",
        gold.toString(), "--prefix", prefix);
    String[] lines = printed.strip().split("\n");
    return new ScorerRun(lines[lines.length - 1]);
  }

  /** Runs a command, failing the test with its output when it exits non-zero; returns what it printed. */
  static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", command) + " failed:\n" + out);
    return out;
  }

  String summary() {
    return summary;
  }

  /** A figure of the summary: "strict (\\d+)/(\\d+)" gives the ratio, one group its number. */
  double figure(String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(summary);
    assertTrue(m.find(), "no " + pattern + " in: " + summary);
    return m.groupCount() == 2 ? Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2))
        : Double.parseDouble(m.group(1));
  }
}
