package org.telecomgrowth.extract.table;

import java.io.Serializable;

/**
 * One cell of a table as published.
 *
 * @param row 0-based row in the table's grid (header rows included)
 * @param col 0-based column in the grid (header columns included)
 * @param text the cell's text as shown (a merged cell's text is repeated in every grid position it covers)
 * @param number the value the source format stores for the cell (a spreadsheet's numeric cell or a formula's cached
 *     value), or null when the format knows only text; a percent-formatted 0.125 is stored as 0.125
 * @param percent the source format marks the cell as a percentage (a spreadsheet's percent number format)
 * @param ref where the cell is in its source, for provenance: {@code Indicators!C7} (spreadsheet), {@code table 2 R3C4}
 *     (HTML, Word, CSV, plain text; 1-based), {@code page 4 table 1 R2C3} (PDF)
 */
public record TableCell(int row, int col, String text, Double number, boolean percent, String ref)
    implements Serializable {

  /** A cell known only by its text. */
  public static TableCell ofText(int row, int col, String text, String ref) {
    return new TableCell(row, col, text, null, false, ref);
  }

  public boolean blank() {
    return (text == null || text.isBlank()) && number == null;
  }
}
