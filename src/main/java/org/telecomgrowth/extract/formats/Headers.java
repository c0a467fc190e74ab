package org.telecomgrowth.extract.formats;

import java.util.List;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.table.TableCell;

/**
 * How many leading rows and columns of a grid are headers, when the format does not say (CSV, PDF, a sheet, a Word
 * table without a repeated header row): a leading row is a header while none of its cells is a figure (a year such as
 * "2019" or "FY2019/20" is a header word, not a figure); a leading column is a header while its data cells are words.
 */
final class Headers {
  private Headers() {}

  private static final Pattern FIGURE = Pattern.compile(
      "[-+−(]?[$€£¥]?\\s*\\d[\\d,. \u00a0']*(?:\\s*(?:%|percent|[kKmMbB]n?|million|billion|thousand))?\\)?");
  private static final Pattern YEAR = Pattern.compile(
      "(?:(?:FY|Q[1-4]|H[12])\\s*)?(?:19|20)\\d\\d(?:\\s*[-/–]\\s*\\d{2,4})?(?:\\s*\\*|\\s*\\(\\w+\\))?");

  /** The cell shows a figure (not a year): "1,250", "12.5%", "(3.2)", "4.1 million". */
  static boolean isFigure(TableCell c) {
    if (c.number() != null) {
      return !isYear(c.text()) || c.percent();
    }
    String t = c.text() == null ? "" : c.text().strip();
    return !t.isEmpty() && !isYear(t) && FIGURE.matcher(t).matches();
  }

  static boolean isYear(String text) {
    return text != null && YEAR.matcher(text.strip()).matches();
  }

  /** Leading rows with no figure, leaving at least one row: at most 3. */
  static int headerRows(List<List<TableCell>> grid) {
    int n = 0;
    while (n < Math.min(3, grid.size() - 1) && grid.get(n).stream().noneMatch(Headers::isFigure)
        && grid.get(n).stream().anyMatch(c -> !c.blank())) {
      n++;
    }
    return n;
  }

  /** Leading columns whose cells below the header rows are words or blank (at least one word): at most 2. */
  static int headerCols(List<List<TableCell>> grid, int headerRows) {
    if (grid.isEmpty()) {
      return 0;
    }
    int width = grid.get(0).size();
    int n = 0;
    while (n < Math.min(2, width - 1)) {
      boolean words = false;
      boolean figure = false;
      for (int r = headerRows; r < grid.size(); r++) {
        TableCell c = grid.get(r).get(n);
        if (isFigure(c)) {
          figure = true;
          break;
        }
        words |= !c.blank();
      }
      if (figure || !words) {
        break;
      }
      n++;
    }
    return n;
  }
}
