package org.telecomgrowth.extract.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.telecomgrowth.extract.table.TableCell;

/**
 * Builds a table's rectangular grid from rows of cells that may span (HTML {@code rowspan/colspan}, Word
 * {@code gridSpan/vMerge}): a spanned cell's text is put in every position it covers, and short rows are padded with
 * blank cells, as {@link org.telecomgrowth.extract.table.Table} requires.
 */
final class TableBuilder {
  /** Spans beyond this are cut: no real table spans more, and a hostile {@code colspan=1000000} stays small. */
  static final int MAX_SPAN = 100;

  private record Placed(String text, Double number, boolean percent) {}

  private final Map<Long, Placed> cells = new HashMap<>();
  private final Budget budget;
  private int row = -1;
  private int width;
  private int height;

  TableBuilder(Budget budget) {
    this.budget = budget;
  }

  void startRow() throws Rejected {
    row++;
    height = Math.max(height, row + 1);
    budget.row();
  }

  /** Places a cell in the current row at the first free column, spanning {@code colspan x rowspan} positions. */
  void cell(String text, Double number, boolean percent, int colspan, int rowspan) throws Rejected {
    int col = 0;
    while (cells.containsKey(key(row, col))) {
      col++;
    }
    int cs = Math.max(1, Math.min(colspan, MAX_SPAN));
    int rs = Math.max(1, Math.min(rowspan, MAX_SPAN));
    budget.cells((long) cs * rs); // counted before the positions are filled
    Placed p = new Placed(text == null ? "" : text, number, percent);
    for (int r = row; r < row + rs; r++) {
      for (int c = col; c < col + cs; c++) {
        cells.putIfAbsent(key(r, c), p);
      }
    }
    width = Math.max(width, col + cs);
    height = Math.max(height, row + rs);
    long area = (long) width * height;
    if (area > budget.limits().maxCells()) {
      throw new Rejected(RejectReasons.TOO_MANY_CELLS, "a table of " + height + " x " + width + " cells");
    }
  }

  int rows() {
    return height;
  }

  int width() {
    return width;
  }

  /** The grid; {@code refOf} names a position ({@code (row, col)} 0-based) for {@link TableCell#ref()}. */
  List<List<TableCell>> grid(CellRef refOf) {
    List<List<TableCell>> out = new ArrayList<>();
    for (int r = 0; r < height; r++) {
      List<TableCell> line = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        Placed p = cells.get(key(r, c));
        String ref = refOf.ref(r, c);
        line.add(p == null ? TableCell.ofText(r, c, "", ref)
            : new TableCell(r, c, p.text(), p.number(), p.percent(), ref));
      }
      out.add(line);
    }
    return out;
  }

  private static long key(int r, int c) {
    return ((long) r << 32) | (c & 0xffffffffL);
  }

  /** Names a grid position. */
  interface CellRef {
    String ref(int row, int col);
  }

  /** {@code PREFIX R3C4}, 1-based, as HTML, Word, CSV and PDF tables name their cells. */
  static CellRef rowCol(String prefix) {
    return (r, c) -> prefix + " R" + (r + 1) + "C" + (c + 1);
  }
}
