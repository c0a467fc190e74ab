package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.model.Unresolved;

/**
 * Memory per document is bounded: a document's records (each carrying its sentence) are capped at
 * {@link FactExtractor#MAX_RECORDS_PER_DOCUMENT}, with one {@code document_cap} row saying where reading stopped;
 * and two hostile documents (one that is nothing but figures, one without a line break) extract under a small heap.
 */
class DocumentMemoryTest {

  @TempDir
  Path tmp;

  private static FactExtractor.Facts extract(String text) {
    DocumentLayout layout = DocumentLayout.parse(text, DocumentDecoder.Format.TEXT);
    return new FactExtractor("doc", layout, DocumentIdentity.namesOf("KEN")).extract();
  }

  private static String sentences(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("In ").append(1990 + i % 30).append(" there were ").append(100_000 + i)
          .append(" mobile subscribers and ").append(200_000 + i).append(" fixed lines. ");
    }
    return b.toString();
  }

  private static int records(FactExtractor.Facts f) {
    return f.observations().size() + f.unresolved().size() + f.projections().size() + f.events().size();
  }

  @Test
  void aDocumentWithMoreFiguresThanTheCapStopsWithOneRowSayingWhere() {
    int cap = FactExtractor.MAX_RECORDS_PER_DOCUMENT;
    FactExtractor.Facts f = extract(sentences(cap)); // two figures a sentence: twice the cap
    List<Unresolved> caps = f.unresolved().stream().filter(u -> u.getReason().equals(Reasons.DOCUMENT_CAP)).toList();
    assertEquals(1, caps.size(), "one row says the document was cut");
    Unresolved row = caps.get(0);
    assertEquals(f.unresolved().get(f.unresolved().size() - 1), row, "the cap row is the last one");
    assertTrue(records(f) <= cap + 1 + 2, "records " + records(f) + " above the cap " + cap);
    assertTrue(records(f) >= cap, "the cap is not reached early: " + records(f));
    assertEquals(records(f) - 1, (int) row.getValue(), "the row counts the records kept");
    assertEquals(f.sentences().size(), row.getSentenceIndex(), "it names the first sentence not read");
    assertTrue(row.getSentence().startsWith("In ") && row.getCharStart() > 0, row.getSentence());
  }

  @Test
  void aDocumentBelowTheCapIsReadWhole() {
    int n = FactExtractor.MAX_RECORDS_PER_DOCUMENT / 2 - 10;
    FactExtractor.Facts f = extract(sentences(n));
    assertEquals(2 * n, f.observations().size());
    assertTrue(f.unresolved().stream().noneMatch(u -> u.getReason().equals(Reasons.DOCUMENT_CAP)));
    assertEquals(n, f.sentences().size());
  }

  @Test
  void theCapCountsEveryKindOfRecord() {
    // unresolved numbers (no metric) fill the cap as observations do
    String text = "There were 5 and 6 and 7 things. ".repeat(30);
    FactExtractor.Facts f = new FactExtractor("doc", DocumentLayout.parse(text, DocumentDecoder.Format.TEXT),
        DocumentIdentity.namesOf("KEN"), 20).extract();
    assertEquals(Reasons.DOCUMENT_CAP, f.unresolved().get(f.unresolved().size() - 1).getReason());
    assertEquals(22, f.unresolved().size(), "21 numbers kept (a sentence holds 3, the cap is checked before each) "
        + "and the cap row");
  }

  /**
   * A dense 8 MB document (a number every few words) and an 8 MB document without a line break, extracted by the
   * Spark Extract stage in a child JVM with a 600 MB heap: without the cap the dense one needs gigabytes (every
   * one of its ~400,000 figures carries its sentence into the task's rows) and the child dies of OutOfMemoryError.
   */
  @Test
  @Tag("slow")
  void hostileDocumentsExtractUnderASmallHeap() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Random r = new Random(7);
    String[] words = {"mobile", "subscribers", "fixed", "lines", "the", "in", "there", "were", "and", "of",
        "households", "internet", "users"};
    int size = 8 << 20;
    try (Writer dense = Files.newBufferedWriter(in.resolve("dense.txt"), StandardCharsets.UTF_8);
        Writer flat = Files.newBufferedWriter(in.resolve("noline.txt"), StandardCharsets.UTF_8)) {
      for (int n = 0; n < size; ) {
        String w = r.nextInt(10) < 3 ? String.format(java.util.Locale.US, "%,d", 1 + r.nextInt(999_999))
            : words[r.nextInt(words.length)];
        if (r.nextInt(50) == 0) {
          w = String.valueOf(1990 + r.nextInt(30));
        }
        if (r.nextInt(33) == 0) {
          w += ".";
        }
        dense.write(w);
        dense.write(' ');
        n += w.length() + 1;
      }
      for (int n = 0; n < size; n += 8) {
        flat.write(r.nextBoolean() ? "network " : "operator");
      }
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-D")) {
        cmd.add(a);
      }
    }
    cmd.addAll(List.of("-Xmx600m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        ExtractCounts.class.getName(), in.toString()));
    Path log = tmp.resolve("child.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("child did not finish in 5 minutes");
    }
    String out = Files.readString(log);
    assertEquals(0, p.exitValue(), out.length() > 4000 ? out.substring(out.length() - 4000) : out);
    assertTrue(out.contains("documents=2 "), out);
    assertTrue(out.contains("document_cap=1 "), out);
  }

  /** The child: extracts a folder with the Spark Extract stage in local mode and prints its row counts. */
  public static final class ExtractCounts {
    public static void main(String[] args) throws Exception {
      SparkSession spark = SparkSession.builder().master("local[1]").appName("memory")
          .config("spark.ui.enabled", "false").config("spark.driver.host", "localhost").getOrCreate();
      try {
        ExtractOutput out = ExtractStage.run(spark, args[0], null);
        long caps = out.unresolved().filter("reason = '" + Reasons.DOCUMENT_CAP + "'").count();
        System.out.println("documents=" + out.documents().count() + " observations=" + out.observations().count()
            + " unresolved=" + out.unresolved().count() + " document_cap=" + caps + " ");
      } finally {
        spark.stop();
      }
    }
  }
}
