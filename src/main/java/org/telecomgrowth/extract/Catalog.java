package org.telecomgrowth.extract;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.telecomgrowth.io.LineNumberedCsv;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.telecomgrowth.model.Reject;

/**
 * Known documents (datasets/catalog.csv: doc_id, path, title, country_iso3, source, retrieved, optional
 * published). A row describes
 * the input file at its {@code path}, taken relative to the catalog's own folder, or to the input folder (an
 * absolute path or URI is taken as it is); two files with the same name in different folders are different
 * documents. A small driver-side table, shipped to tasks inside the closure.
 *
 * <p>A row with a bad value (doc_id not made of letters, digits, {@code . _ -}; country_iso3 not an ISO 3166
 * alpha-3 code the JDK knows; an empty path; a doc_id or path used twice) is skipped: it is reported as a reject
 * ({@code catalog.csv:LINE}, the reason) and its file, if any, is described from its own text. A file that is not
 * a catalog at all (a required column missing from the header, a row with a different number of fields,
 * unbalanced quotes) is an {@link InputException} naming the line.
 */
public final class Catalog implements Serializable {
  private static final long serialVersionUID = 1L;

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

  /** A catalog (or reference) file that cannot be read as such: the run stops with exit code 2. */
  public static final class InputException extends IOException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
      super(message);
    }
  }

  static final List<String> REQUIRED = List.of("doc_id", "path", "title", "country_iso3");
  private static final java.util.regex.Pattern URI_PATH =
      java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/.*");
  private static final Set<String> ISO3 = org.telecomgrowth.extract.DocumentIdentity.countryCodes();

  private final Map<String, Entry> byPath = new HashMap<>();
  private final List<Reject> rejects = new ArrayList<>();

  public static Catalog empty() {
    return new Catalog();
  }

  /** Reads the catalog with paths relative to its own folder only. */
  public static Catalog load(String location, Configuration conf) throws IOException {
    return load(location, conf, null);
  }

  /**
   * Reads the catalog; a missing file (or {@code none}) is an empty catalog, a malformed one an
   * {@link InputException}. {@code input} is the run's input (a folder, or a file whose folder then counts).
   */
  public static Catalog load(String location, Configuration conf, String input) throws IOException {
    Catalog c = new Catalog();
    if (location == null || location.isBlank()) {
      return c;
    }
    Path p = new Path(location);
    FileSystem fs = p.getFileSystem(conf);
    if (!fs.exists(p)) {
      return c;
    }
    Path catalogDir = fs.makeQualified(p).getParent();
    Path inputRoot = null;
    if (input != null && !input.isBlank()) {
      Path in = new Path(input);
      FileSystem inFs = in.getFileSystem(conf);
      Path q = inFs.makeQualified(in);
      inputRoot = inFs.exists(q) && inFs.getFileStatus(q).isFile() ? q.getParent() : q;
    }
    Path root = inputRoot;
    String name = p.getName();
    try (Reader r = new InputStreamReader(fs.open(p), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(r, LineNumberedCsv.WITH_HEADER)) {
      for (String col : REQUIRED) {
        if (!parser.getHeaderMap().containsKey(col)) {
          throw new InputException("catalog " + location + ": line 1: the header has no column " + col
              + " (needs " + String.join(", ", REQUIRED) + ")");
        }
      }
      int columns = parser.getHeaderNames().size();
      Set<String> ids = new HashSet<>();
      try {
        LineNumberedCsv.forEach(parser, (rec, line) -> {
          if (rec.size() != columns) {
            throw new InputException("catalog " + location + ": line " + line + ": " + rec.size() + " fields, the "
                + "header has " + columns + " (a missing column, or a comma in an unquoted value?)");
          }
          Entry e = new Entry(rec.get("doc_id").strip(), rec.get("path").strip(), rec.get("title").strip(),
              rec.get("country_iso3").strip(), rec.isMapped("source") ? rec.get("source") : "",
              rec.isMapped("retrieved") ? rec.get("retrieved") : "",
              rec.isMapped("published") ? rec.get("published") : "");
          String bad = badValue(e, ids);
          List<String> keys = new ArrayList<>();
          if (bad == null) {
            try {
              keys.add(key(fs, catalogDir, e.path()));
              if (root != null) {
                keys.add(key(root.getFileSystem(conf), root, e.path()));
              }
            } catch (IllegalArgumentException | IOException ex) {
              bad = "path '" + e.path() + "' is not a valid path (" + rootMessage(ex) + ")";
            }
          }
          if (bad == null && keys.stream().anyMatch(c.byPath::containsKey)) {
            bad = "path '" + e.path() + "' is described by an earlier row";
          }
          if (bad != null) {
            c.rejects.add(new Reject(name + ":" + line, "catalog row skipped: " + bad));
            System.err.println("warning: catalog " + location + ": line " + line + ": row skipped: " + bad);
            return;
          }
          for (String[] date : new String[][] {{"published", e.published()}, {"retrieved", e.retrieved()}}) {
            if (date[1] != null && !date[1].isBlank() && DocumentDate.parseCatalogDate(date[1]) == null) {
              // the row is kept; only its date is not used (documents.document_date is an ISO date or empty)
              System.err.println("warning: catalog " + location + ": line " + line + ": " + date[0] + " '"
                  + date[1].strip() + "' is not a date (yyyy-mm-dd): not used as the document's date");
            }
          }
          if (!e.docId().isEmpty()) {
            ids.add(e.docId());
          }
          for (String k : keys) {
            c.byPath.put(k, e);
          }
        });
      } catch (LineNumberedCsv.BrokenCsvException e) {
        throw new InputException("catalog " + location + ": line " + e.line() + ": not valid CSV ("
            + rootMessage(e.getCause()) + ")");
      }
    }
    return c;
  }

  /** Why a row's values cannot be used, or null. */
  static String badValue(Entry e, Set<String> idsSoFar) {
    if (e.path().isEmpty()) {
      return "path is empty";
    }
    if (!e.docId().isEmpty() && !DocumentIds.isSafe(e.docId())) {
      return "doc_id '" + e.docId() + "' may only hold letters, digits, '.', '_' and '-' (not first)";
    }
    if (idsSoFar.contains(e.docId())) {
      return "doc_id '" + e.docId() + "' is used by an earlier row";
    }
    if (!e.countryIso3().isEmpty() && !ISO3.contains(e.countryIso3())) {
      return "country_iso3 '" + e.countryIso3() + "' is not an ISO 3166 alpha-3 code (three capital letters, e.g. "
          + "PRK) or empty";
    }
    return null;
  }

  private static String key(FileSystem fs, Path base, String path) throws IOException {
    boolean uri = URI_PATH.matcher(path).matches();
    Path resolved = uri || path.startsWith("/") ? new Path(path) : new Path(base, new Path("./" + path));
    return resolved.getFileSystem(fs.getConf()).makeQualified(resolved).toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }


  /** The row describing the input file at {@code path} (a Hadoop path string, or a local path), or null. */
  public Entry lookup(String path) {
    if (byPath.isEmpty()) {
      return null;
    }
    Entry e = byPath.get(path);
    if (e == null && !path.contains(":/")) {
      e = byPath.get(new Path(java.nio.file.Path.of(path).toAbsolutePath().normalize().toUri()).toString());
    }
    return e;
  }

  /** Rows skipped for bad values, as rejects ({@code catalog.csv:LINE}, reason). */
  public List<Reject> rejects() {
    return rejects;
  }

  /** Adds a row for the file at {@code qualifiedPath} (a Hadoop path string as binaryFile spells it). */
  public void put(String qualifiedPath, Entry e) {
    byPath.put(qualifiedPath, e);
  }

  static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash >= 0 ? path.substring(slash + 1) : path;
  }
}
