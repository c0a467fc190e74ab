package org.telecomgrowth.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress lines: start, end, the periodic line's counts, rate and time left, and --quiet. */
class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong now = new AtomicLong();

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private void advanceSeconds(double s) {
    now.addAndGet((long) (s * 1e9));
  }

  @Test
  void aStagePrintsOneLineWhenItStartsAndOneWithCountsAndSecondsWhenItEnds() {
    try (Progress p = new Progress(out, 0, now::get)) {
      Progress.Stage s = p.start("extract", "datasets/documents");
      advanceSeconds(16.24);
      s.end("8,929 documents extracted");
    }
    assertEquals(List.of("telecom-growth: extract started: datasets/documents",
        "telecom-growth: extract done in 16.2 s: 8,929 documents extracted"), lines());
  }

  @Test
  void aRunningStageReportsDoneOfTotalRateAndTimeLeft() {
    AtomicLong done = new AtomicLong();
    try (Progress p = new Progress(out, 10, now::get)) {
      p.start("extract", "").counting(9000, "documents", done::get);
      advanceSeconds(20);
      done.set(3000);
      p.tick();
    }
    // 3,000 in 20 s is 150 a second: the other 6,000 take 40 s
    assertEquals("telecom-growth: extract: 3,000 of 9,000 documents (33 %), 150/s, about 40 s left, 20 s so far",
        lines().get(1));
  }

  @Test
  void nothingDoneYetGivesNoRateAndAStageWithoutCountsSaysHowLongItRan() {
    try (Progress p = new Progress(out, 10, now::get)) {
      p.start("extract", "").counting(120, "documents", () -> 0);
      advanceSeconds(12);
      p.tick();
      p.start("transform", "");
      advanceSeconds(31);
      p.tick();
    }
    List<String> l = lines();
    assertEquals("telecom-growth: extract: 0 of 120 documents (0 %), 12 s so far", l.get(1));
    assertEquals("telecom-growth: transform running for 31 s", l.get(3));
  }

  @Test
  void withoutItsOwnCounterAStageReportsTheRunningSparkJobsTasks() {
    try (Progress p = new Progress(out, 10, now::get)) {
      p.taskCounts(() -> new long[] {3, 8});
      p.start("publish_tables", "16 tables");
      advanceSeconds(60);
      p.tick();
    }
    assertEquals("telecom-growth: publish_tables: 3 of 8 tasks of the running Spark job (38 %), 60 s so far",
        lines().get(1));
  }

  @Test
  void anEndedStageIsNotReportedAgain() {
    try (Progress p = new Progress(out, 10, now::get)) {
      p.start("report", "").end("5 charts");
      advanceSeconds(30);
      p.tick();
    }
    assertEquals(2, lines().size());
  }

  @Test
  void theTickerPrintsOnItsOwnWhileAStageRuns() throws InterruptedException {
    try (Progress p = new Progress(out, 1, null)) {
      AtomicLong done = new AtomicLong(5);
      p.start("extract", "").counting(10, "documents", done::get);
      Thread.sleep(2600);
    }
    assertTrue(lines().stream().anyMatch(l -> l.startsWith("telecom-growth: extract: 5 of 10 documents (50 %)")),
        String.join("\n", lines()));
  }

  @Test
  void quietPrintsNothingAndLinesAreOnePlainLineEach() {
    Progress.QUIET.start("extract", "x").end("y");
    assertEquals(0, bytes.size());
    try (Progress p = new Progress(out, 0, now::get)) {
      p.start("extract", "").end("");
    }
    assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("\r"));
  }

  @Test
  void aSlowStageGivesItsRateWithADecimalAndTimeLeftInMinutes() {
    assertEquals("tables: 3 of 16 tables written (19 %), 0.1/s, about 4 min 20 s left, 60 s so far",
        Progress.countLine("tables", 3, 16, "tables written", 60, true));
  }

  @Test
  void durationsAndSizesReadAsPeopleWriteThem() {
    assertEquals("45 s", Progress.duration(44.6));
    assertEquals("3 min 20 s", Progress.duration(200));
    assertEquals("2 h 5 min", Progress.duration(7500));
    assertEquals("9.2 MB", Progress.megabytes(9_646_899));
    assertEquals("12 KB", Progress.megabytes(12_000));
  }
}
