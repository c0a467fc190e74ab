package org.telecomgrowth.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import java.util.Properties;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** What a run read, wrote and how long each stage took; written as DIR/manifest.json and shown in the report. */
public final class RunManifest {
  private final String runId;
  private final String input;
  private final String sparkVersion;
  private final Map<String, Long> rowCounts = new LinkedHashMap<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
  private List<Map<String, String>> inputs = List.of();
  private Map<String, Object> inputsTable = Map.of();

  /** Most inputs listed in the manifest itself; all of them are in tables/inputs.csv. */
  public static final int INPUTS_LISTED = 100;
  // Run record (issue 11): when, with which options and side files, by which build, and how it ended.
  private final Instant startedAt;
  private Instant endedAt;
  private Map<String, Object> options = Map.of();
  private final List<Map<String, String>> sideFiles = new ArrayList<>();
  private String status = "running";
  private String failedStage;
  private String error;

  public RunManifest(String runId, String input, String sparkVersion) {
    this(runId, input, sparkVersion, Instant.now());
  }

  public RunManifest(String runId, String input, String sparkVersion, Instant startedAt) {
    this.runId = runId;
    this.input = input;
    this.sparkVersion = sparkVersion;
    this.startedAt = startedAt;
  }

  public String runId() { return runId; }

  public String input() { return input; }

  public Map<String, Long> rowCounts() { return rowCounts; }

  public Map<String, Long> counts() { return counts; }

  public Map<String, Double> stageSeconds() { return stageSeconds; }

  /** Inputs read, each {path, doc_id, sha256}. */
  public List<Map<String, String>> inputs() { return inputs; }

  public void inputs(List<Map<String, String>> v) { inputs = v; }

  /**
   * Lists the first {@value #INPUTS_LISTED} rows of the published inputs table (path, doc_id, sha256, sorted by
   * path) and records the table's row count and SHA-256, streaming the file: the driver never holds the list.
   */
  public void inputsFrom(FileSystem fs, Path inputsCsv) throws IOException {
    List<Map<String, String>> listed = new ArrayList<>();
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long n = 0;
    try (InputStream in = new DigestInputStream(fs.open(inputsCsv), sha);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, CsvTableWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true)
            .build())) {
      for (CSVRecord rec : p) {
        if (listed.size() < INPUTS_LISTED) {
          listed.add(new LinkedHashMap<>(rec.toMap()));
        }
        n++;
      }
    }
    inputs = listed;
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("file", "tables/" + inputsCsv.getName());
    t.put("rows", n);
    t.put("sha256", HexFormat.of().formatHex(sha.digest()));
    inputsTable = t;
  }

  /** The inputs table's file, row count and SHA-256 (empty before {@link #inputsFrom}). */
  public Map<String, Object> inputsTable() { return inputsTable; }

  public void rows(String table, long n) { rowCounts.put(table, n); }

  public void count(String name, long n) { counts.put(name, n); }

  public void stageSeconds(String stage, long startNanos) {
    stageSeconds.put(stage, Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0);
  }

  /** The options the run was started with, as given (name without dashes -> value). */
  public void options(Map<String, Object> v) { options = new LinkedHashMap<>(v); }

  /**
   * Records a file read besides the documents ({@code role}: catalog, reference) with its SHA-256; a missing file
   * is recorded as absent (the run decides whether that is an error).
   */
  public void sideFile(String role, FileSystem fs, Path file) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("role", role);
    m.put("path", file.toString());
    m.put("sha256", fs.exists(file) ? sha256(fs, file) : null);
    sideFiles.add(m);
  }

  /** Marks the run as ended: {@code status} is published, failed, quality_gate_failed, input_error or killed. */
  public void end(String status, String stage, String error) {
    this.endedAt = Instant.now();
    this.status = status;
    this.failedStage = stage;
    this.error = error;
  }

  public String status() { return status; }

  /** Seconds from start to end (or to now while running). */
  public double elapsedSeconds() {
    Instant end = endedAt != null ? endedAt : Instant.now();
    return Math.round((end.toEpochMilli() - startedAt.toEpochMilli()) / 100.0) / 10.0;
  }

  /** The build that runs: {@code version}, {@code git.commit}, {@code git.dirty} (filtered in at build time). */
  public static Map<String, String> build() {
    Map<String, String> m = new LinkedHashMap<>();
    Properties p = new Properties();
    try (InputStream in = RunManifest.class.getResourceAsStream("/org/telecomgrowth/build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // recorded as unknown below
    }
    for (String k : List.of("version", "git.commit", "git.dirty")) {
      String v = p.getProperty(k, "");
      m.put(k, v.isBlank() || v.startsWith("${") ? "unknown" : v);
    }
    return m;
  }

  static String sha256(FileSystem fs, Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = fs.open(file)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  public String summary() {
    StringBuilder b = new StringBuilder();
    rowCounts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return b.toString();
  }

  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", runId);
    m.put("status", status);
    if (failedStage != null || error != null) {
      m.put("failed_stage", failedStage);
      m.put("error", error);
    }
    m.put("started_at", startedAt.toString());
    m.put("ended_at", endedAt != null ? endedAt.toString() : null);
    m.put("seconds", elapsedSeconds());
    m.put("options", options);
    m.put("input", input);
    m.put("inputs", inputs);
    m.put("inputs_table", inputsTable);
    m.put("side_files", sideFiles);
    m.put("row_counts", rowCounts);
    m.put("counts", counts);
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("spark", sparkVersion);
    versions.put("java", System.getProperty("java.version"));
    Map<String, String> build = build();
    versions.put("pipeline", build.get("version"));
    versions.put("git_commit", build.get("git.commit"));
    versions.put("git_dirty", build.get("git.dirty"));
    m.put("versions", versions);
    m.put("seconds_per_stage", stageSeconds);
    return m;
  }

  public void write(FileSystem fs, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (OutputStream out = OutputFiles.create(fs, file)) {
      mapper.writeValue(out, asMap());
    }
  }
}
