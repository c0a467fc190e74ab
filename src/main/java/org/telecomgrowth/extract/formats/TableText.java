package org.telecomgrowth.extract.formats;

import java.util.List;
import org.telecomgrowth.extract.table.Table;
import org.telecomgrowth.extract.table.TableCell;

/** Renders a table into the document text (caption, one line per row with cells joined by " | ", notes). */
final class TableText {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00a0]+");
  private TableText() {}

  static final String CELL_SEPARATOR = " | ";

  /**
   * Appends the table as a block of lines (a blank line before and after) and returns it with its char span set.
   */
  static Table append(StringBuilder out, String id, String caption, List<String> notes, List<List<TableCell>> grid,
      int headerRows, int headerCols, String section) {
    blankLine(out);
    int start = out.length();
    if (!caption.isBlank()) {
      out.append(oneLine(caption)).append('\n');
    }
    for (List<TableCell> row : grid) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          out.append(CELL_SEPARATOR);
        }
        out.append(oneLine(row.get(c).text()));
      }
      out.append('\n');
    }
    for (String n : notes) {
      out.append(oneLine(n)).append('\n');
    }
    int end = out.length() - 1;
    out.append('\n');
    return new Table(id, caption, notes, grid, headerRows, headerCols, section == null ? "" : section, start, end);
  }

  static void blankLine(StringBuilder out) {
    if (out.length() == 0) {
      return;
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
    if (out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
      out.append('\n');
    }
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00a0' || Character.isWhitespace(c) && (c != ' ' || i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
        return SPACES.matcher(s).replaceAll(" ").strip(); // only a text with other spaces than single ones
      }
    }
    return s.strip();
  }
}
