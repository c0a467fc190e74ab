package org.telecomgrowth.extract.table;

import java.io.Serializable;
import java.util.List;

/**
 * A table as published, whatever the format it came from (plain text, HTML, Word, spreadsheet, CSV, PDF): a grid of
 * cells with its header rows and columns, a caption or title, notes, and where it sits. Every format reader and the
 * plain-text detector produce this; the table extractor reads only this (one model, like tabula-java's
 * {@code Table} and Tika's one XHTML output).
 *
 * <p>Conventions every producer keeps: merged (spanned) cells are expanded, so the grid is rectangular and a spanned
 * header's text is in every position it covers; blank positions are {@link TableCell#blank()} cells, never null.
 *
 * @param id the table's name in its document, unique there: {@code table 2}, a sheet name, {@code page 4 table 1}
 * @param caption the caption, title or heading the table sits under ("Key indicators (2015)",
 *     "Subscribers ('000)"), or "" when none
 * @param notes lines printed with the table (footnotes, "Source: …", "latest data: 2016"), possibly empty
 * @param rows the grid, row by row
 * @param headerRows how many leading rows are column headers (0 when none)
 * @param headerCols how many leading columns are row headers (labels; 0 when none)
 * @param section the heading of the section the table sits in, or "" when none
 * @param charStart start of the table's rendering in the document text (the span its rows' evidence points into)
 * @param charEnd end of that span
 */
public record Table(String id, String caption, List<String> notes, List<List<TableCell>> rows, int headerRows,
    int headerCols, String section, int charStart, int charEnd) implements Serializable {

  public int rowCount() {
    return rows.size();
  }

  public int colCount() {
    return rows.isEmpty() ? 0 : rows.get(0).size();
  }

  public TableCell cell(int row, int col) {
    return rows.get(row).get(col);
  }
}
