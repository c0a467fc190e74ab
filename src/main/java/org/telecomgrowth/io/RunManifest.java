package org.telecomgrowth.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  public RunManifest(String runId, String input, String sparkVersion) {
    this.runId = runId;
    this.input = input;
    this.sparkVersion = sparkVersion;
  }

  public String runId() { return runId; }

  public String input() { return input; }

  public Map<String, Long> rowCounts() { return rowCounts; }

  public Map<String, Long> counts() { return counts; }

  public Map<String, Double> stageSeconds() { return stageSeconds; }

  /** Inputs read, each {path, doc_id, sha256}. */
  public List<Map<String, String>> inputs() { return inputs; }

  public void inputs(List<Map<String, String>> v) { inputs = v; }

  public void rows(String table, long n) { rowCounts.put(table, n); }

  public void count(String name, long n) { counts.put(name, n); }

  public void stageSeconds(String stage, long startNanos) {
    stageSeconds.put(stage, Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0);
  }

  public String summary() {
    StringBuilder b = new StringBuilder();
    rowCounts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return b.toString();
  }

  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", runId);
    m.put("input", input);
    m.put("inputs", inputs);
    m.put("row_counts", rowCounts);
    m.put("counts", counts);
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("spark", sparkVersion);
    versions.put("java", System.getProperty("java.version"));
    Package p = RunManifest.class.getPackage();
    versions.put("pipeline", p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "dev");
    m.put("versions", versions);
    m.put("seconds_per_stage", stageSeconds);
    return m;
  }

  public void write(FileSystem fs, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (OutputStream out = fs.create(file, true)) {
      mapper.writeValue(out, asMap());
    }
  }
}
