package org.telecomgrowth.extract;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Known documents (datasets/catalog.csv: doc_id, path, title, country_iso3, source, retrieved, optional
 * published), looked up by the file name of an input. A small driver-side table, shipped to tasks inside the closure.
 */
public final class Catalog implements Serializable {
  /** One catalog row. */
  public record Entry(String docId, String path, String title, String countryIso3, String source, String retrieved,
      String published) implements Serializable {
    public Entry(String docId, String path, String title, String countryIso3, String source, String retrieved) {
      this(docId, path, title, countryIso3, source, retrieved, "");
    }

    /** The document's own date for telling editions apart: published if given, else retrieved, else empty. */
    public String documentDate() {
      return published != null && !published.isBlank() ? published : retrieved == null ? "" : retrieved;
    }
  }

  private final Map<String, Entry> byFileName = new HashMap<>();

  public static Catalog empty() {
    return new Catalog();
  }

  /** Reads the catalog; a missing file is an empty catalog, a malformed one an error. */
  public static Catalog load(String location, Configuration conf) throws IOException {
    Catalog c = new Catalog();
    if (location == null || location.isBlank()) {
      return c;
    }
    Path p = new Path(location);
    FileSystem fs = p.getFileSystem(conf);
    if (!fs.exists(p)) {
      return c;
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader r = new InputStreamReader(fs.open(p), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(r, format)) {
      for (String col : new String[] {"doc_id", "path", "title", "country_iso3"}) {
        if (!parser.getHeaderMap().containsKey(col)) {
          throw new IOException("catalog " + location + " has no column " + col);
        }
      }
      for (CSVRecord rec : parser) {
        Entry e = new Entry(rec.get("doc_id"), rec.get("path"), rec.get("title"), rec.get("country_iso3"),
            rec.isMapped("source") ? rec.get("source") : "", rec.isMapped("retrieved") ? rec.get("retrieved") : "",
            rec.isMapped("published") ? rec.get("published") : "");
        c.byFileName.put(fileName(e.path()), e);
      }
    }
    return c;
  }

  public Entry lookup(String path) {
    return byFileName.get(fileName(path));
  }

  public void put(Entry e) {
    byFileName.put(fileName(e.path()), e);
  }

  static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash >= 0 ? path.substring(slash + 1) : path;
  }
}
