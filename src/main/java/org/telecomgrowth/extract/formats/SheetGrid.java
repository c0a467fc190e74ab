package org.telecomgrowth.extract.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.telecomgrowth.extract.table.Table;
import org.telecomgrowth.extract.table.TableCell;

/**
 * One sheet's cells as read (XLSX streamed, XLS from HSSF), turned into one {@link Table} named after the sheet:
 * merged regions filled with their first cell's text, blank rows left out, leading one-cell rows as the caption
 * (a title such as "Subscribers ('000)") and trailing one-cell rows as notes. Cell refs are the sheet's own
 * ({@code Indicators!C7}).
 */
final class SheetGrid {
  private record Value(String text, Double number, boolean percent) {}

  private final String sheet;
  private final Budget budget;
  private final TreeMap<Integer, TreeMap<Integer, Value>> rows = new TreeMap<>();
  private final List<CellRangeAddress> merged = new ArrayList<>();

  SheetGrid(String sheet, Budget budget) {
    this.sheet = sheet;
    this.budget = budget;
  }

  void row() throws Rejected {
    budget.row();
  }

  /** A cell (0-based row and column); blank text and no number is not kept. */
  void put(int row, int col, String text, Double number, boolean percent) throws Rejected {
    budget.cells(1);
    if ((text == null || text.isBlank()) && number == null) {
      return;
    }
    rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, new Value(text == null ? "" : text.strip(), number,
        percent));
  }

  void merge(CellRangeAddress range) {
    merged.add(range);
  }

  /** The sheet as a table appended to {@code out} under a {@code # sheet} heading, or null when it has no cell. */
  Table appendTo(StringBuilder out) throws Rejected {
    for (CellRangeAddress m : merged) {
      TreeMap<Integer, Value> first = rows.get(m.getFirstRow());
      Value v = first == null ? null : first.get(m.getFirstColumn());
      if (v == null) {
        continue;
      }
      long area = (long) (m.getLastRow() - m.getFirstRow() + 1) * (m.getLastColumn() - m.getFirstColumn() + 1);
      budget.cells(area);
      for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
        for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
          rows.computeIfAbsent(r, k -> new TreeMap<>()).putIfAbsent(c, v);
        }
      }
    }
    if (rows.isEmpty()) {
      return null;
    }
    List<Integer> rowNums = new ArrayList<>(rows.keySet());
    List<String> caption = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int from = 0;
    int to = rowNums.size();
    while (from < to && distinct(rows.get(rowNums.get(from))) == 1) {
      caption.add(rows.get(rowNums.get(from)).firstEntry().getValue().text());
      from++;
    }
    while (to > from && distinct(rows.get(rowNums.get(to - 1))) == 1) {
      to--;
    }
    for (int i = to; i < rowNums.size(); i++) {
      notes.add(rows.get(rowNums.get(i)).firstEntry().getValue().text());
    }
    TableText.blankLine(out);
    out.append("# ").append(TableText.oneLine(sheet)).append("\n\n");
    if (from == to) {
      caption.forEach(c -> out.append(TableText.oneLine(c)).append("\n\n"));
      notes.forEach(c -> out.append(TableText.oneLine(c)).append("\n\n"));
      return null;
    }
    int minCol = Integer.MAX_VALUE;
    int maxCol = 0;
    for (int i = from; i < to; i++) {
      TreeMap<Integer, Value> r = rows.get(rowNums.get(i));
      minCol = Math.min(minCol, r.firstKey());
      maxCol = Math.max(maxCol, r.lastKey());
    }
    long area = (long) (to - from) * (maxCol - minCol + 1);
    if (area > budget.limits().maxCells()) {
      throw new Rejected(RejectReasons.TOO_MANY_CELLS, "sheet " + sheet + " spans " + (to - from) + " rows x "
          + (maxCol - minCol + 1) + " columns");
    }
    String prefix = sheetRef(sheet);
    int width = maxCol - minCol + 1;
    String[] columns = new String[width]; // "Sheet!C", once per column
    for (int c = 0; c < width; c++) {
      columns[c] = prefix + CellReference.convertNumToColString(minCol + c);
    }
    Value[] line = new Value[width];
    List<List<TableCell>> grid = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      int sheetRow = rowNums.get(i);
      java.util.Arrays.fill(line, null);
      for (java.util.Map.Entry<Integer, Value> e : rows.get(sheetRow).entrySet()) {
        line[e.getKey() - minCol] = e.getValue();
      }
      String rowNum = Integer.toString(sheetRow + 1);
      List<TableCell> cells = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        Value v = line[c];
        String ref = columns[c].concat(rowNum);
        cells.add(v == null ? TableCell.ofText(i - from, c, "", ref)
            : new TableCell(i - from, c, v.text(), v.number(), v.percent(), ref));
      }
      grid.add(cells);
    }
    int headerRows = Headers.headerRows(grid);
    int headerCols = Headers.headerCols(grid, headerRows);
    return TableText.append(out, sheet, String.join(" ", caption), notes, grid, headerRows, headerCols, sheet);
  }

  /** Cells of a row, a merged region counted once (its positions share one value). */
  private static int distinct(TreeMap<Integer, Value> row) {
    java.util.Set<Value> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    seen.addAll(row.values());
    return seen.size();
  }

  /** {@code Indicators!} or, for a name with spaces or punctuation, {@code 'Key data'!}. */
  static String sheetRef(String sheet) {
    return (sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'") + "!";
  }
}
