package org.telecomgrowth;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's list of bad inputs, all in one folder beside a good document, run once through the command line:
 * the run publishes (exit 0), every file is in documents.csv or in rejects.csv with a reason, and no published
 * observation or series point carries an impossible value (the transform's gates held).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends SparkTestBase {

  @TempDir
  static Path tmp;

  private Path in;
  private Path out;
  private int code;
  private String err;
  private final Map<String, String> documents = new HashMap<>(); // file name -> doc_id
  private final Map<String, String> rejects = new HashMap<>(); // file name -> reason

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
      'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

  @BeforeAll
  void runOnce() throws Exception {
    startSpark();
    in = Files.createDirectories(tmp.resolve("in"));
    try (InputStream s = getClass().getResourceAsStream("/documents/telecommunications_in_cuba.txt")) {
      Files.copy(s, in.resolve("good.txt"));
    }
    String kenya = "Kenya had 5,000,000 mobile subscribers in 2010. By 2012 there were 7,000,000 mobile subscribers.";
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("whitespace.txt"), " \n\t\r\n   \n");
    Files.write(in.resolve("image.txt"), PNG);
    Files.write(in.resolve("invalid_utf8.txt"), new byte[] {'A', 'b', (byte) 0xC3, (byte) 0x28, ' ', 'x', '.'});
    byte[] utf16 = kenya.getBytes(StandardCharsets.UTF_16LE);
    byte[] bom16 = new byte[utf16.length + 2];
    bom16[0] = (byte) 0xFF;
    bom16[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, bom16, 2, utf16.length);
    Files.write(in.resolve("utf16_bom.txt"), bom16);
    Files.write(in.resolve("utf16be_bom.md"), ("\uFEFF" + kenya).getBytes(StandardCharsets.UTF_16BE));
    Files.write(in.resolve("utf8_bom.txt"), ("\uFEFF" + kenya).getBytes(StandardCharsets.UTF_8));
    Files.writeString(in.resolve("crlf.txt"), kenya.replace(". ", ".\r\n") + "\r\n");
    Files.writeString(in.resolve("cr.txt"), kenya.replace(". ", ".\r") + "\r");
    // one line, no sentence end; figures only at the start (a 20 MB run of dense figures is a separate,
    // memory-bound case: see the README's Reliability section)
    StringBuilder noBreaks = new StringBuilder(21 << 20).append("In 2010 Kenya had 5,000,000 mobile subscribers ");
    while (noBreaks.length() < 20 << 20) {
      noBreaks.append("and the network grew steadily across the country while operators added capacity ");
    }
    Files.writeString(in.resolve("twenty_mb_one_line.txt"), noBreaks);
    StringBuilder numbers = new StringBuilder("In 2010 Kenya had mobile subscribers numbering ");
    for (int i = 0; i < 10_000; i++) {
      numbers.append(i * 7 + 1).append(i % 2 == 0 ? ", " : " and ");
    }
    Files.writeString(in.resolve("ten_thousand_numbers.txt"), numbers.append("more.").toString());
    Files.writeString(in.resolve("odd_numbers.txt"), "In 2010 Kenya had 1.2.3 mobile subscribers. In 2011 it had "
        + "1,,000 fixed lines. In 2012 there were 10^9 mobile subscribers. In 2013 there were 1e400 mobile "
        + "subscribers. In 2014 mobile ownership was -5% of households. In 2015 200% of households had a TV set. "
        + "In 2016 there were 10^400 mobile subscribers.");
    Files.writeString(in.resolve("odd_dates.txt"), "On February 30, 2012 Kenya had 3,000,000 mobile subscribers. "
        + "In year 0 there were 10 fixed lines. From 2004–1998 the number of fixed lines was 400,000.");
    Files.writeString(in.resolve("unbalanced.html"), "<html><body><div><p>In 2010 Kenya had <b>5,000,000 mobile "
        + "subscribers<table><tr><td>In 2011 <i>6,000,000</div></span></p></p><h1>Heading<h2>");
    Files.writeString(in.resolve("unbalanced.md"), "# Kenya\n\n**In 2010 Kenya had 5,000,000 mobile subscribers.\n\n"
        + "[link](http://x\n\n```\nunclosed fence 2011: 1,000 lines\n");
    Files.writeString(in.resolve("Ké \"quoted\" 'name' telecoms.txt"), kenya);
    Files.writeString(in.resolve("kenya;v2.txt"), kenya);
    Files.writeString(in.resolve("a:b.txt"), kenya);
    Files.createSymbolicLink(in.resolve("loop_a.txt"), in.resolve("loop_b.txt"));
    Files.createSymbolicLink(in.resolve("loop_b.txt"), in.resolve("loop_a.txt"));
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("nowhere.txt"));
    Path outside = Files.writeString(tmp.resolve("outside.txt"), "Secret: 99,999 mobile subscribers in 2010.");
    Files.createSymbolicLink(in.resolve("outside.txt"), outside);

    out = tmp.resolve("out");
    PipelineRun run = runPipeline("--input", in.toString(), "--output", out.toString(), "--catalog", "none",
        "--reference", "datasets/reference", "--run-id", "bad-input");
    code = run.code();
    err = run.err();
    for (CSVRecord r : read("documents")) {
      documents.put(name(r.get("path")), r.get("doc_id"));
    }
    for (CSVRecord r : read("rejects")) {
      rejects.put(name(r.get("path")), r.get("reason"));
    }
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private List<CSVRecord> read(String table) throws Exception {
    try (Reader r = Files.newBufferedReader(out.resolve("tables/" + table + ".csv"));
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }

  private void rejected(String file, String reason) {
    Assertions.assertTrue(rejects.containsKey(file), file + " not in rejects: " + rejects + " / docs " + documents);
    Assertions.assertTrue(rejects.get(file).contains(reason), file + ": " + rejects.get(file));
    Assertions.assertFalse(documents.containsKey(file), file);
  }

  private void isDocument(String file) {
    Assertions.assertTrue(documents.containsKey(file), file + " not in documents: " + documents + " / " + rejects);
    Assertions.assertFalse(rejects.containsKey(file), file);
  }

  @Test
  void theRunPublishes() {
    Assertions.assertEquals(0, code, err);
    Assertions.assertTrue(Files.exists(out.resolve("report/index.html")));
  }

  @Test
  void everyFileIsADocumentOrARejectWithItsReason() throws Exception {
    rejected("empty.txt", "empty file");
    rejected("whitespace.txt", "only white space");
    rejected("image.txt", "binary content");
    rejected("invalid_utf8.txt", "not valid UTF-8");
    rejected("loop_a.txt", "link loop");
    rejected("loop_b.txt", "link loop");
    rejected("dangling.txt", "dangling link");
    rejected("outside.txt", "outside the input folder");
    for (String f : List.of("good.txt", "utf16_bom.txt", "utf16be_bom.md", "utf8_bom.txt", "crlf.txt", "cr.txt",
        "twenty_mb_one_line.txt", "ten_thousand_numbers.txt", "odd_numbers.txt", "odd_dates.txt",
        "unbalanced.html", "unbalanced.md", "Ké \"quoted\" 'name' telecoms.txt", "kenya;v2.txt", "a:b.txt")) {
      isDocument(f);
    }
    try (var files = Files.list(in)) {
      Assertions.assertEquals(files.count(), documents.size() + rejects.size(), "every file accounted for once");
    }
  }

  @Test
  void decodedDocumentsAreReadLikeTheirUtf8Twin() throws Exception {
    Map<String, Integer> observations = new HashMap<>();
    for (CSVRecord r : read("documents")) {
      observations.put(name(r.get("path")), Integer.parseInt(r.get("observations")));
    }
    int twin = observations.get("utf8_bom.txt");
    Assertions.assertEquals(2, twin);
    for (String f : List.of("utf16_bom.txt", "utf16be_bom.md", "crlf.txt", "cr.txt", "kenya;v2.txt", "a:b.txt")) {
      Assertions.assertEquals(twin, observations.get(f), f);
    }
    for (CSVRecord r : read("observations")) {
      Assertions.assertFalse(r.get("sentence").startsWith("\uFEFF"), "BOM left in the text");
    }
  }

  @Test
  void docIdsFromOddFileNamesAreSafeAndEvidenceTraces() throws Exception {
    Assertions.assertEquals("kenya_v2", documents.get("kenya;v2.txt"));
    Assertions.assertEquals("a_b", documents.get("a:b.txt"));
    for (String id : documents.values()) {
      Assertions.assertTrue(id.matches("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]*"), id);
    }
    // every series point's evidence names sentences of published observations (the gate, checked from outside)
    java.util.Set<String> refs = new java.util.HashSet<>();
    for (CSVRecord r : read("observations")) {
      refs.add(r.get("doc_id") + "#" + r.get("sentence_index"));
    }
    for (CSVRecord r : read("series")) {
      for (String ref : r.get("evidence_ref").split(";")) {
        Assertions.assertTrue(refs.contains(ref), ref);
      }
    }
  }

  @Test
  void oddDatesLendNoFigureTheirDayOrYearNumber() throws Exception {
    Map<String, String> periods = new HashMap<>(); // value -> period start
    for (CSVRecord r : read("observations")) {
      if (r.get("doc_id").equals(documents.get("odd_dates.txt"))) {
        periods.put(r.get("value"), r.get("period_start"));
      }
    }
    // "February 30, 2012": no "30 subscribers", and the figure keeps the phrase's year; "year 0": no "0 lines"
    Assertions.assertEquals("2012-01-01", periods.get("3000000"), periods.toString());
    Assertions.assertFalse(periods.containsKey("30") || periods.containsKey("30.0"), periods.toString());
    Assertions.assertFalse(periods.containsKey("0") || periods.containsKey("0.0"), periods.toString());
  }

  @Test
  void noPublishedFigureIsImpossible() throws Exception {
    for (CSVRecord r : read("series")) {
      double v = Double.parseDouble(r.get("value"));
      Assertions.assertTrue(Double.isFinite(v) && v >= 0 && v <= 1e13, r.toString());
      if (r.get("unit").equals("percent")) {
        Assertions.assertTrue(v <= 100, r.toString());
      }
    }
    for (String table : List.of("series", "growth", "penetration", "conflicts", "adoption_fit")) {
      for (CSVRecord r : read(table)) {
        for (String cell : r.values()) {
          Assertions.assertFalse(cell.equals("NaN") || cell.contains("Infinity"), table + ": " + r);
        }
      }
    }
    for (CSVRecord r : read("observations")) {
      if (!r.get("period_start").isEmpty()) {
        Assertions.assertFalse(LocalDate.parse(r.get("period_start")).isAfter(LocalDate.parse(r.get("period_end"))),
            r.toString());
      }
    }
  }
}
