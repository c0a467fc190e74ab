package org.telecomgrowth;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.extract.DocumentIds;

/**
 * The issue's publishing and path cases through the command line: an {@code --output} that is the input, holds it,
 * or is someone's folder is refused (exit 2) and left byte for byte as it was; a second run while another live
 * process holds the lock refuses (exit 1) and publishes once that process is gone; hostile file names and catalog
 * rows naming {@code ../../etc/passwd} or absolute paths give safe ids, read nothing outside the input, and the run
 * writes nothing outside {@code --output}.
 */
class OutputSafetyTest extends SparkTestBase {

  @TempDir
  Path tmp;

  private Path input() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (InputStream s = getClass().getResourceAsStream("/documents/telecommunications_in_cuba.txt")) {
      Files.copy(s, in.resolve("cuba.txt"));
    }
    return in;
  }

  private String[] args(Path in, Path out, String catalog, String runId) {
    return new String[] {"--input", in.toString(), "--output", out.toString(), "--catalog", catalog,
        "--reference", "datasets/reference", "--run-id", runId};
  }

  /** Every file and folder under {@code root} (links not followed), relative, with a digest of each file. */
  private static Map<String, String> tree(Path root) throws Exception {
    Map<String, String> t = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String digest = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)))
            : Files.isSymbolicLink(p) ? "link" : "dir";
        t.put(root.relativize(p).toString(), digest);
      }
    }
    return t;
  }

  private static void refusedOnOneLine(PipelineRun r, int code) {
    Assertions.assertEquals(code, r.code(), r.err());
    Assertions.assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void anOutputThatIsOrHoldsTheInputOrSomeoneElsesFolderIsRefusedAndLeftAsItWas() throws Exception {
    Path in = input();
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "my own notes");
    Map<String, String> before = tree(tmp);

    PipelineRun same = runPipeline(args(in, in, "none", "same"));
    refusedOnOneLine(same, 2);
    PipelineRun ancestor = runPipeline(args(in, tmp, "none", "ancestor"));
    refusedOnOneLine(ancestor, 2);
    PipelineRun foreign = runPipeline(args(in, mine, "none", "foreign"));
    refusedOnOneLine(foreign, 2);
    Assertions.assertTrue(foreign.err().contains("did not publish"), foreign.err());

    Map<String, String> after = tree(tmp);
    after.keySet().removeIf(k -> k.endsWith(".failed-manifest.json")); // a refused run's own record, beside DIR
    Assertions.assertEquals(before, after, "nothing deleted, changed or left behind (no staging folder, no lock)");
  }

  @Test
  void aSecondRunRefusesWhileALiveRunHoldsTheLockAndPublishesOnceItIsGone() throws Exception {
    Path in = input();
    Path out = tmp.resolve("out");
    Assertions.assertEquals(0, runPipeline(args(in, out, "none", "first")).code());
    String published = Files.readString(out.resolve("manifest.json"));
    // another live process of this host holds the lock, as a run still publishing would
    Process other = new ProcessBuilder("sleep", "600").start();
    try {
      Path lock = tmp.resolve(".out.lock");
      Files.writeString(lock, other.pid() + "@" + InetAddress.getLocalHost().getHostName() + " 2026-01-01T00:00:00Z\n");
      PipelineRun second = runPipeline(args(in, out, "none", "second"));
      refusedOnOneLine(second, 1);
      Assertions.assertTrue(second.err().contains("another run is publishing"), second.err());
      Assertions.assertEquals(published, Files.readString(out.resolve("manifest.json")), "the published output untouched");
      Assertions.assertTrue(Files.exists(lock), "the live owner's lock is left alone");
    } finally {
      other.destroy();
      Assertions.assertTrue(other.waitFor(30, TimeUnit.SECONDS));
    }
    // the owner is gone: the next run takes over its lock and publishes whole
    Assertions.assertEquals(0, runPipeline(args(in, out, "none", "third")).code());
    Assertions.assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"third\""));
    try (Stream<Path> s = Files.list(tmp)) {
      Assertions.assertEquals(List.of("in", "out"), s.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void hostileNamesAndCatalogPathsGiveSafeIdsReadNothingOutsideAndWriteOnlyTheOutput() throws Exception {
    Path in = input();
    String kenya = "Kenya had 5,000,000 mobile subscribers in 2010. By 2012 there were 7,000,000 mobile subscribers.";
    List<String> names = List.of("a..txt", "-..md", "x..\\..\\evil.txt", "$(touch pwned).txt", "-rf.txt",
        "%2e%2e%2fescape.txt", "new\nline.txt", "tab\tname.txt", "x".repeat(240) + ".txt");
    for (String n : names) {
      Files.writeString(in.resolve(n), kenya);
    }
    Path meta = Files.createDirectories(tmp.resolve("meta"));
    Path catalog = meta.resolve("catalog.csv");
    Files.writeString(catalog, "doc_id,path,title,country_iso3,source,retrieved\n"
        + "passwd,../../../../../../etc/passwd,Passwords,KEN,s,2020-01-01\n"
        + "osrel,/etc/os-release,OS,KEN,s,2020-01-01\n"
        + "../../escape,../in/cuba.txt,Cuba,CUB,s,2020-01-01\n"
        + "dots,../in/a..txt,Dots,../..,s,2020-01-01\n");
    Path out = tmp.resolve("out");
    Map<String, String> inputBefore = tree(in);
    Map<String, String> metaBefore = tree(meta);

    PipelineRun r = runPipeline(args(in, out, catalog.toString(), "hostile-paths"));
    Assertions.assertEquals(0, r.code(), r.err());

    // every input file is a document with a safe, unique id, or a reject
    Set<String> files = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (CSVRecord d : read(out, "documents")) {
      files.add(d.get("path").substring(d.get("path").lastIndexOf('/') + 1));
      Assertions.assertTrue(DocumentIds.isSafe(d.get("doc_id")), d.get("doc_id"));
      Assertions.assertTrue(ids.add(d.get("doc_id")), "unique: " + d.get("doc_id"));
      Assertions.assertTrue(d.get("path").startsWith("file:" + in.toRealPath()), d.get("path"));
      if (!d.get("title").equals("Cuba")) { // the catalog's row for cuba.txt is rejected: its id is from the name
        Assertions.assertEquals(DocumentIds.fromFileName(d.get("path")), d.get("doc_id"), "driver and Spark agree");
      }
    }
    // ids are the same cell in every CSV: each series point's evidence names a published observation's sentence
    Set<String> refs = new HashSet<>();
    for (CSVRecord o : read(out, "observations")) {
      Assertions.assertTrue(ids.contains(o.get("doc_id")), o.get("doc_id"));
      refs.add(o.get("doc_id") + "#" + o.get("sentence_index"));
    }
    for (CSVRecord p : read(out, "series")) {
      for (String ref : p.get("evidence_ref").split(";")) {
        Assertions.assertTrue(refs.contains(ref), ref);
      }
    }
    for (CSVRecord j : read(out, "rejects")) {
      String p = j.get("path");
      files.add(p.substring(p.lastIndexOf('/') + 1));
      // a rejected catalog row is named by its line, never read
      Assertions.assertTrue(p.startsWith("file:" + in.toRealPath()) || p.matches(".*catalog\\.csv:\\d+"), p);
    }
    for (String n : names) {
      Assertions.assertTrue(files.contains(n), n + " accounted for: " + files);
    }
    Assertions.assertTrue(files.contains("cuba.txt"));

    // nothing outside the input was read into any output file
    String passwd = Files.exists(Path.of("/etc/passwd")) ? Files.readAllLines(Path.of("/etc/passwd")).get(0) : null;
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        // inside DIR: no link, every real path under DIR
        assertFalse(Files.isSymbolicLink(p), p.toString());
        Assertions.assertTrue(p.toRealPath().startsWith(out.toRealPath()), p.toString());
        if (Files.isRegularFile(p) && !p.toString().endsWith(".parquet") && !p.toString().endsWith(".png")) {
          String text = Files.readString(p, StandardCharsets.ISO_8859_1);
          if (passwd != null) {
            assertFalse(text.contains(passwd), p + " holds /etc/passwd");
          }
          assertFalse(text.contains("PRETTY_NAME"), p + " holds /etc/os-release");
        }
      }
    }
    // the run wrote only DIR: the input and the catalog's folder are as they were, nothing else beside DIR
    Assertions.assertEquals(inputBefore, tree(in));
    Assertions.assertEquals(metaBefore, tree(meta));
    try (Stream<Path> s = Files.list(tmp)) {
      Assertions.assertEquals(List.of("in", "meta", "out"), s.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertFalse(Files.exists(Path.of("pwned")), "no name was executed");
  }

  private static List<CSVRecord> read(Path out, String table) throws Exception {
    try (Reader r = Files.newBufferedReader(out.resolve("tables/" + table + ".csv"));
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }
}
