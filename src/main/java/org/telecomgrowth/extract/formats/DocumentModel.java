package org.telecomgrowth.extract.formats;

import java.util.List;
import org.telecomgrowth.extract.table.Table;

/**
 * What every format reader produces, whatever the format: the document's text for the prose extractor, and the
 * tables found in it, each rendered into that text (its rows as lines) at {@link Table#charStart()} ..
 * {@link Table#charEnd()}.
 *
 * <p>The text is Markdown-like: headings known to the format (Word heading styles, HTML {@code h1..h6}, a sheet's
 * name) are {@code # title} lines, paragraphs are separated by a blank line, a table's rows are lines with cells
 * joined by {@code " | "}. Offsets everywhere (tables, pages, the observations' char spans) refer to this text.
 *
 * @param text the document text
 * @param tables the tables, in document order, with char spans into {@code text}
 * @param title the document's own title (HTML {@code <title>}, PDF or Office metadata), or null when none
 * @param pages for a paged format (PDF) the [start, end) span of each page in {@code text}, page 1 first; empty
 *     otherwise
 */
public record DocumentModel(String text, List<Table> tables, String title, List<int[]> pages) {

  /** The 1-based page holding character {@code offset}, or 0 when the format has no pages. */
  public int pageAt(int offset) {
    for (int i = 0; i < pages.size(); i++) {
      if (offset >= pages.get(i)[0] && offset < pages.get(i)[1]) {
        return i + 1;
      }
    }
    return 0;
  }
}
