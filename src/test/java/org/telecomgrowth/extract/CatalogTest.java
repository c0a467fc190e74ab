package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.model.Reject;

/** The catalog: rows match files by path, bad rows are skipped with their line, a broken file names its line. */
class CatalogTest {

  @TempDir
  Path tmp;

  private static final String HEADER = "doc_id,path,title,country_iso3,source,retrieved\n";

  private Catalog load(String body, Path input) throws Exception {
    Path file = tmp.resolve("meta/catalog.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, HEADER + body);
    return Catalog.load(file.toString(), new Configuration(), input == null ? null : input.toString());
  }

  private static String uri(Path p) {
    return new org.apache.hadoop.fs.Path(p.toAbsolutePath().toUri()).toString();
  }

  @Test
  void rowsMatchByPathNotByFileName() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("corpus"));
    Catalog c = load("kp,../corpus/a/report.txt,North Korea,PRK,s,2020-01-01\n"
        + "cu,b/report.txt,Cuba,CUB,s,2020-01-01\n", input);
    assertEquals("kp", c.lookup(uri(tmp.resolve("corpus/a/report.txt"))).docId()); // relative to the catalog
    assertEquals("cu", c.lookup(uri(tmp.resolve("corpus/b/report.txt"))).docId()); // relative to the input
    assertNull(c.lookup(uri(tmp.resolve("corpus/c/report.txt"))), "same name elsewhere is another document");
    assertTrue(c.rejects().isEmpty());
  }

  @Test
  void columnsAreReadByTheirHeaderNotTheirPosition() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("corpus"));
    Path file = tmp.resolve("meta/catalog.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "title,country_iso3,notes,retrieved,path,source,published,doc_id\n"
        + "North Korea,PRK,\"a, note\",2020-01-01,a/report.txt,Factbook,2019-06-01,kp\n");
    Catalog c = Catalog.load(file.toString(), new Configuration(), input.toString());
    assertEquals(new Catalog.Entry("kp", "a/report.txt", "North Korea", "PRK", "Factbook", "2020-01-01", "2019-06-01"),
        c.lookup(uri(tmp.resolve("corpus/a/report.txt"))));
    assertTrue(c.rejects().isEmpty(), c.rejects().toString());
  }

  @Test
  void badRowsAreSkippedWithTheirLineAndReason() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("corpus"));
    Catalog c = load("ok,x.txt,X,KEN,s,\n"
        + "bad1,y.txt,Y,XYZ,s,\n"
        + "bad2,z.txt,Z,ke,s,\n"
        + "\"a;b\",w.txt,W,KEN,s,\n"
        + "ok,v.txt,V,KEN,s,\n"
        + "fine,,U,KEN,s,\n"
        + "empty_country,u.txt,U,,s,\n", input);
    List<Reject> r = c.rejects();
    assertEquals(5, r.size(), r.toString());
    assertEquals("catalog.csv:3", r.get(0).getPath());
    assertTrue(r.get(0).getReason().contains("country_iso3 'XYZ'"), r.get(0).getReason());
    assertEquals("catalog.csv:4", r.get(1).getPath());
    assertTrue(r.get(2).getReason().contains("doc_id 'a;b'"), r.get(2).getReason());
    assertTrue(r.get(3).getReason().contains("used by an earlier row"), r.get(3).getReason());
    assertTrue(r.get(4).getReason().contains("path is empty"), r.get(4).getReason());
    assertEquals("KEN", c.lookup(uri(tmp.resolve("corpus/x.txt"))).countryIso3());
    assertEquals("", c.lookup(uri(tmp.resolve("corpus/u.txt"))).countryIso3());
    assertNull(c.lookup(uri(tmp.resolve("corpus/y.txt"))));
  }

  @Test
  void aBrokenCatalogNamesItsLine() throws Exception {
    Catalog.InputException quotes = assertThrows(Catalog.InputException.class,
        () -> load("a,a.txt,A,KEN,s,\nb,\"b.txt,B,KEN,s,\nc,c.txt,C,KEN,s,\n", null));
    assertTrue(quotes.getMessage().contains(": line 3: ") && quotes.getMessage().contains("not valid CSV"),
        quotes.getMessage());
    Catalog.InputException fields = assertThrows(Catalog.InputException.class,
        () -> load("a,a.txt,A,KEN,s,\nb,b.txt,B\n", null));
    assertTrue(fields.getMessage().contains("line 3: 3 fields"), fields.getMessage());
    Path file = tmp.resolve("meta/catalog.csv");
    Files.writeString(file, "doc_id,file,title\n");
    Catalog.InputException header = assertThrows(Catalog.InputException.class,
        () -> Catalog.load(file.toString(), new Configuration(), null));
    assertTrue(header.getMessage().contains("line 1: the header has no column path"), header.getMessage());
    assertEquals(1, header.getMessage().lines().count());
  }
}
