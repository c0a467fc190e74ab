package org.telecomgrowth.extract.formats;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.telecomgrowth.extract.table.Table;
import org.telecomgrowth.extract.table.TableCell;

/**
 * CSV and TSV with Commons CSV: the delimiter is the one of comma, semicolon, tab and bar that splits the first lines
 * into the same number of fields most often; header rows and columns as {@link Headers} tells them. Lines before the
 * grid with a single field (a title such as "Mobile subscribers, thousands") become the caption, single-field lines
 * after it the notes. One file is one table, {@code table 1}.
 */
public final class DelimitedReader {
  private DelimitedReader() {}

  private static final char[] CANDIDATES = {',', ';', '\t', '|'};

  public static DocumentModel read(String text, boolean tsv, FormatLimits limits) throws Rejected {
    char delimiter = tsv ? '\t' : delimiter(text);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(true).build();
    Budget budget = new Budget(limits);
    List<List<String>> records = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord r : p) {
        budget.row();
        budget.cells(r.size());
        records.add(r.toList());
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new Rejected(RejectReasons.CORRUPT, "not valid CSV (" + e.getMessage() + ")");
    }
    int first = 0;
    List<String> captionLines = new ArrayList<>();
    while (first < records.size() && filled(records.get(first)) <= 1) {
      String t = String.join(" ", records.get(first)).strip();
      if (!t.isEmpty()) {
        captionLines.add(t);
      }
      first++;
    }
    int last = records.size();
    List<String> notes = new ArrayList<>();
    while (last > first && filled(records.get(last - 1)) <= 1) {
      last--;
    }
    for (int i = last; i < records.size(); i++) {
      String t = String.join(" ", records.get(i)).strip();
      if (!t.isEmpty()) {
        notes.add(t);
      }
    }
    StringBuilder out = new StringBuilder();
    List<Table> tables = new ArrayList<>();
    if (last > first) {
      int width = records.subList(first, last).stream().mapToInt(List::size).max().orElse(0);
      List<List<TableCell>> grid = new ArrayList<>();
      TableBuilder.CellRef ref = TableBuilder.rowCol("table 1");
      for (int r = first; r < last; r++) {
        List<TableCell> row = new ArrayList<>(width);
        List<String> rec = records.get(r);
        for (int c = 0; c < width; c++) {
          row.add(TableCell.ofText(r - first, c, c < rec.size() ? rec.get(c).strip() : "", ref.ref(r - first, c)));
        }
        grid.add(row);
      }
      int headerRows = Headers.headerRows(grid);
      int headerCols = Headers.headerCols(grid, headerRows);
      tables.add(TableText.append(out, "table 1", String.join(" ", captionLines), notes, grid, headerRows,
          headerCols, ""));
    } else {
      captionLines.forEach(l -> out.append(l).append("\n\n"));
    }
    return new DocumentModel(out.toString(), tables, captionLines.isEmpty() ? null : captionLines.get(0), List.of());
  }

  private static int filled(List<String> record) {
    int n = 0;
    for (String s : record) {
      if (!s.isBlank()) {
        n++;
      }
    }
    return n;
  }

  /** The candidate giving the same field count (above one) on the most of the first 20 lines. */
  static char delimiter(String text) {
    String[] lines = text.lines().filter(l -> !l.isBlank()).limit(20).toArray(String[]::new);
    char best = ',';
    int bestScore = -1;
    for (char d : CANDIDATES) {
      java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
      for (String l : lines) {
        int n = fields(l, d);
        if (n > 1) {
          counts.merge(n, 1, Integer::sum);
        }
      }
      int score = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
    return best;
  }

  private static int fields(String line, char d) {
    int n = 1;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == d && !quoted) {
        n++;
      }
    }
    return n;
  }
}
