package org.telecomgrowth;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.io.FlakyReadFileSystem;

/**
 * An unreadable file (the bad-input list), made real under root: input files that vanish or stop being
 * readable after the driver listed them ({@link FlakyReadFileSystem}). The run publishes (exit 0), each such file
 * is a reject whose reason starts "unreadable", and the other documents are published.
 */
class UnreadableFileTest extends SparkTestBase {

  @TempDir
  Path tmp;

  @AfterEach
  void heal() {
    FlakyReadFileSystem.vanishAfterListing.clear();
    FlakyReadFileSystem.denyRead.clear();
  }

  private static final String KENYA =
      "Kenya had 5,000,000 mobile subscribers in 2010. By 2012 there were 7,000,000 mobile subscribers.";

  @Test
  void filesThatVanishOrLockAfterListingAreRejectsAndTheRestPublishes() throws Exception {
    session().sparkContext().hadoopConfiguration().set("fs.flakyfs.impl", FlakyReadFileSystem.class.getName());
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (InputStream s = getClass().getResourceAsStream("/documents/telecommunications_in_cuba.txt")) {
      Files.copy(s, in.resolve("cuba.txt"));
    }
    Files.writeString(in.resolve("kenya.txt"), KENYA);
    Files.writeString(in.resolve("gone.txt"), KENYA.replace("Kenya", "Ghana"));
    Files.writeString(in.resolve("locked.txt"), KENYA.replace("Kenya", "Uganda"));
    FlakyReadFileSystem.vanishAfterListing.add("gone.txt");
    FlakyReadFileSystem.denyRead.add("locked.txt");
    Path out = tmp.resolve("out");

    PipelineRun run = runPipeline("--input", "flakyfs://" + in, "--output", out.toString(),
        "--catalog", "none", "--reference", "datasets/reference", "--run-id", "unreadable");
    int code = run.code();
    String err = run.err();
    Assertions.assertEquals(0, code, err);
    Assertions.assertFalse(Files.exists(in.resolve("gone.txt")), "the file really vanished during the run");

    Map<String, String> rejects = new HashMap<>();
    for (CSVRecord r : read(out, "rejects")) {
      rejects.put(r.get("path").substring(r.get("path").lastIndexOf('/') + 1), r.get("reason"));
    }
    Map<String, Integer> documents = new HashMap<>();
    for (CSVRecord r : read(out, "documents")) {
      documents.put(r.get("path").substring(r.get("path").lastIndexOf('/') + 1),
          Integer.parseInt(r.get("observations")));
    }
    for (String f : List.of("gone.txt", "locked.txt")) {
      Assertions.assertTrue(rejects.containsKey(f), f + " not in rejects: " + rejects + " / docs " + documents);
      Assertions.assertTrue(rejects.get(f).startsWith("unreadable: "), rejects.get(f));
      Assertions.assertEquals(1, rejects.get(f).lines().count(), rejects.get(f));
      Assertions.assertFalse(documents.containsKey(f), f);
    }
    Assertions.assertTrue(rejects.get("locked.txt").contains("Permission denied"), rejects.get("locked.txt"));
    Assertions.assertEquals(2, rejects.size(), rejects.toString());
    Assertions.assertEquals(List.of("cuba.txt", "kenya.txt"), documents.keySet().stream().sorted().toList());
    Assertions.assertEquals(2, documents.get("kenya.txt"));
    Assertions.assertTrue(documents.get("cuba.txt") > 0, documents.toString());
    Assertions.assertFalse(err.contains("Exception"), "no stack trace: " + err);
    Assertions.assertTrue(Files.exists(out.resolve("report/index.html")));
  }

  @Test
  void anInputPathThatExistsButCannotBeReadIsBadUsageOnOneLine() throws Exception {
    session().sparkContext().hadoopConfiguration().set("fs.flakyfs.impl", FlakyReadFileSystem.class.getName());
    Path file = Files.writeString(tmp.resolve("locked.txt"), KENYA);
    FlakyReadFileSystem.denyRead.add("locked.txt");
    Path out = tmp.resolve("out");
    PipelineRun run = runPipeline("--input", "flakyfs://" + file, "--output", out.toString(),
        "--catalog", "none", "--reference", "datasets/reference");
    Assertions.assertEquals(2, run.code(), run.err());
    Assertions.assertTrue(run.err().startsWith("error: input path cannot be read: flakyfs:"), run.err());
    Assertions.assertTrue(run.err().contains("Permission denied"), run.err());
    Assertions.assertEquals(1, run.err().strip().lines().count(), run.err());
    Assertions.assertFalse(Files.exists(out), "nothing published");
  }

  private static List<CSVRecord> read(Path out, String table) throws Exception {
    try (Reader r = Files.newBufferedReader(out.resolve("tables/" + table + ".csv"));
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }
}
