package org.telecomgrowth.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.formats.DocumentModel;
import org.telecomgrowth.extract.table.Table;
import org.telecomgrowth.extract.table.TableCell;
import org.telecomgrowth.model.Observation;
import org.telecomgrowth.model.Sentence;

/**
 * The one place where a document's tables meet the fact extractor: prose is read by {@link FactExtractor} with the
 * tables' spans left out, and each table's figures are read cell by cell, then every observation gets its
 * {@code location}.
 *
 * <p>{@link #tableFacts} is a minimal adapter until the table extractor lands (the plain-text table work builds the
 * real one from {@link Table} through the metric vocabulary): each data cell showing a figure is stated as one
 * sentence made of its labels ("Mobile cellular subscriptions in 2019: 1,250 thousand."), with the period from a
 * year among its labels or the caption and the scale from the caption or headers ("(thousands)", "'000",
 * "million"), and those sentences go through the same {@link FactExtractor}, so metric, unit and qualifier come from
 * the same rules as prose. Each observation keeps the cell's ref as {@code location}, and as its sentence the table
 * row with its headers.
 */
public final class TableFacts {
  private TableFacts() {}

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
  private static final Pattern THOUSANDS = Pattern.compile(
      "(?i)\\(\\s*(?:in\\s+)?thousands?\\s*\\)|'000s?|\\bin thousands\\b|\\(000s?\\)|\\bthousands of\\b");
  private static final Pattern MILLIONS = Pattern.compile(
      "(?i)\\(\\s*(?:in\\s+)?(?:millions?|mn|m)\\s*\\)|\\bin millions\\b|\\bmillions of\\b");
  private static final Pattern HAS_SCALE = Pattern.compile("(?i)thousand|million|billion|\\bbn\\b|\\bmn\\b|%");

  /** Prose and table facts of one document, observations located. */
  public static FactExtractor.Facts extract(String docId, DocumentLayout layout, DocumentModel model,
      List<String> countryNames, DocumentDate documentDate) {
    List<Table> tables = model.tables();
    DocumentLayout prose = tables.isEmpty() ? layout
        : layout.withoutSpans(tables.stream().map(t -> new int[] {t.charStart(), t.charEnd()}).toList());
    FactExtractor.Facts facts = new FactExtractor(docId, prose, countryNames, tables, documentDate).extract();
    for (Observation o : facts.observations()) {
      locate(o, model);
    }
    for (Observation o : facts.projections()) {
      locate(o, model);
    }
    return facts;
  }

  private static void locate(Observation o, DocumentModel model) {
    if (o.getLocation() == null || o.getLocation().isEmpty()) {
      int page = model.pageAt(o.getCharStart());
      o.setLocation(page > 0 ? "page " + page : "");
    }
  }

  /** Reads one table's figures; returns the next free sentence index. */
  static int tableFacts(String docId, Table t, String docText, List<String> countryNames, int firstSentence,
      List<Observation> observations, List<Observation> projections, List<Sentence> sentences) {
    StringBuilder text = new StringBuilder();
    List<int[]> cellStarts = new ArrayList<>(); // start in text, row, col
    for (int r = t.headerRows(); r < t.rowCount(); r++) {
      for (int c = t.headerCols(); c < t.colCount(); c++) {
        TableCell cell = t.cell(r, c);
        String statement = statement(t, r, c);
        if (statement == null) {
          continue;
        }
        cellStarts.add(new int[] {text.length(), r, c});
        text.append(statement).append("\n\n");
      }
    }
    if (cellStarts.isEmpty()) {
      return firstSentence;
    }
    DocumentLayout layout = DocumentLayout.parse(text.toString(), DocumentDecoder.Format.TEXT);
    FactExtractor.Facts facts = new FactExtractor(docId, layout, countryNames).extract();
    int[] rowSentence = new int[t.rowCount()];
    Arrays.fill(rowSentence, -1);
    int next = firstSentence;
    int[] lineStarts = rowLineStarts(t, docText);
    for (List<Observation> list : List.of(facts.observations(), facts.projections())) {
      for (Observation o : list) {
        int[] cell = cellAt(cellStarts, o.getCharStart());
        if (cell == null || cell[2] != sameCell(cellStarts, o.getCharEnd() - 1)) {
          continue;
        }
        int r = cell[1];
        int c = cell[2];
        if (rowSentence[r] < 0) {
          rowSentence[r] = next++;
          Sentence s = new Sentence(docId, t.section().isEmpty() ? o.getSection() : t.section(), -1,
              rowSentence[r], rowWithHeaders(t, r), lineStarts[r], lineStarts[r + 1]);
          sentences.add(s);
        }
        o.setSentence(rowWithHeaders(t, r));
        o.setSentenceIndex(rowSentence[r]);
        o.setCharStart(lineStarts[r]);
        o.setCharEnd(Math.max(lineStarts[r], lineStarts[r + 1] - 1));
        o.setSection(t.section().isEmpty() ? (t.caption().isEmpty() ? t.id() : t.caption()) : t.section());
        o.setLocation(t.cell(r, c).ref());
        (list == facts.observations() ? observations : projections).add(o);
      }
    }
    return next;
  }

  private static int sameCell(List<int[]> starts, int offset) {
    int[] c = cellAt(starts, offset);
    return c == null ? -1 : c[2];
  }

  private static int[] cellAt(List<int[]> starts, int offset) {
    int lo = 0;
    int hi = starts.size() - 1;
    int[] found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts.get(mid)[0] <= offset) {
        found = starts.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Where each grid row's line starts in the document text (index rowCount: the table's end). */
  private static int[] rowLineStarts(Table t, String docText) {
    int[] starts = new int[t.rowCount() + 1];
    int pos = t.charStart();
    if (!t.caption().isBlank()) {
      int nl = docText.indexOf('\n', pos);
      pos = nl < 0 || nl > t.charEnd() ? pos : nl + 1;
    }
    for (int r = 0; r < t.rowCount(); r++) {
      starts[r] = Math.min(pos, t.charEnd());
      int nl = docText.indexOf('\n', pos);
      pos = nl < 0 ? t.charEnd() : nl + 1;
    }
    starts[t.rowCount()] = Math.min(pos, t.charEnd() + 1);
    return starts;
  }

  /** "Mobile subscriptions | 2019: 1,250 | 2020: 1,400": the row, each data cell with its column header. */
  static String rowWithHeaders(Table t, int r) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < t.colCount(); c++) {
      String v = t.cell(r, c).text().strip();
      if (v.isEmpty()) {
        continue;
      }
      if (!b.isEmpty()) {
        b.append(" | ");
      }
      String header = c < t.headerCols() ? "" : columnHeader(t, c);
      b.append(header.isEmpty() || header.equals(v) ? v : header + ": " + v);
    }
    return b.toString();
  }

  private static String columnHeader(Table t, int c) {
    Set<String> parts = new LinkedHashSet<>();
    for (int h = 0; h < t.headerRows(); h++) {
      String s = t.cell(h, c).text().strip();
      if (!s.isEmpty()) {
        parts.add(s);
      }
    }
    return String.join(" ", parts);
  }

  /** The cell stated as a sentence from its labels, or null when it shows no figure. */
  static String statement(Table t, int r, int c) {
    TableCell cell = t.cell(r, c);
    String value = cell.text().strip();
    if (value.isEmpty() || !value.matches(".*\\d.*") || value.length() > 40) {
      return null;
    }
    Set<String> labels = new LinkedHashSet<>();
    for (int h = 0; h < t.headerCols(); h++) {
      labels.add(t.cell(r, h).text().strip());
    }
    for (int h = 0; h < t.headerRows(); h++) {
      labels.add(t.cell(h, c).text().strip());
    }
    labels.remove("");
    String year = null;
    List<String> words = new ArrayList<>();
    for (String l : labels) {
      Matcher y = YEAR.matcher(l);
      if (l.replaceAll("[^\\p{L}]", "").length() <= 2 && y.find()) {
        year = year == null ? y.group() : year; // "2019", "FY2019", "2019 (est.)"
      } else {
        words.add(l);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    String context = t.caption() + " " + String.join(" ", labels);
    if (year == null) {
      Matcher y = YEAR.matcher(t.caption());
      if (y.find()) {
        year = y.group();
      }
    }
    if (cell.percent() && !value.contains("%")) {
      value = value + "%";
    }
    if (!HAS_SCALE.matcher(value).find()) {
      if (THOUSANDS.matcher(context).find()) {
        value = value + " thousand";
      } else if (MILLIONS.matcher(context).find()) {
        value = value + " million";
      }
    }
    String label = String.join(", ", words).replaceAll("\\s+", " ");
    return label + (year == null ? "" : " in " + year) + ": " + value + ".";
  }
}
