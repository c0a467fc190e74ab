package org.telecomgrowth.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * The sentences numbers came from, keyed by evidence_ref ({@code doc_id#sentence_index}), built from the
 * observation rows the report's tables point at. Gives each sentence a stable anchor for the report's links.
 */
public final class EvidenceIndex {

  /** One source sentence and the observed values stated in it (to highlight). */
  public record Sentence(String ref, String docId, int sentenceIndex, String section, String text,
      List<Double> values) {}

  private final Map<String, Sentence> byRef;
  private final Map<String, String> anchors = new TreeMap<>();

  private EvidenceIndex(Map<String, Sentence> byRef) {
    this.byRef = byRef;
    int n = 1;
    for (String ref : byRef.keySet()) {
      anchors.put(ref, "ev-" + n++);
    }
  }

  public static EvidenceIndex from(List<Row> observations) {
    Map<String, List<Row>> grouped = new TreeMap<>();
    for (Row r : observations) {
      grouped.computeIfAbsent(RowValues.str(r, "doc_id") + "#" + RowValues.str(r, "sentence_index"),
          k -> new ArrayList<>()).add(r);
    }
    Map<String, Sentence> byRef = new TreeMap<>();
    grouped.forEach((ref, rows) -> {
      Row first = rows.get(0);
      List<Double> values = new ArrayList<>();
      for (Row r : rows) {
        Double v = RowValues.dbl(r, "value");
        if (v != null && !values.contains(v)) {
          values.add(v);
        }
      }
      Integer idx = RowValues.integer(first, "sentence_index");
      byRef.put(ref, new Sentence(ref, RowValues.str(first, "doc_id"), idx == null ? -1 : idx,
          RowValues.str(first, "section"), RowValues.str(first, "sentence"), List.copyOf(values)));
    });
    return new EvidenceIndex(byRef);
  }

  /** "a#1;b#2" -> [a#1, b#2], blanks dropped. */
  public static List<String> split(String evidenceRef) {
    Set<String> refs = new LinkedHashSet<>();
    if (evidenceRef != null) {
      for (String s : evidenceRef.split(";")) {
        if (!s.isBlank()) {
          refs.add(s.trim());
        }
      }
    }
    return List.copyOf(refs);
  }

  public Sentence get(String ref) {
    return byRef.get(ref);
  }

  public java.util.Collection<Sentence> sentences() {
    return byRef.values();
  }

  /** The anchor id of a known sentence, null for an unknown ref. */
  public String anchor(String ref) {
    return anchors.get(ref);
  }

  /**
   * Where a number links to: the first referenced sentence that states this value, else (a derived number such as
   * a CAGR) the first referenced sentence we know; null when none is known.
   */
  public String refFor(String evidenceRef, Double value) {
    List<String> refs = split(evidenceRef);
    if (value != null) {
      for (String ref : refs) {
        Sentence s = byRef.get(ref);
        if (s != null && s.values().stream().anyMatch(v -> NumberHighlighter.same(v, value))) {
          return ref;
        }
      }
    }
    return refs.stream().filter(byRef::containsKey).findFirst().orElse(null);
  }
}
