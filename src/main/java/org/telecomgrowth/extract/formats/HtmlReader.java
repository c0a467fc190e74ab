package org.telecomgrowth.extract.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.telecomgrowth.extract.table.Table;
import org.telecomgrowth.extract.table.TableCell;

/**
 * HTML with jsoup: block elements become paragraphs ({@code h1..h6} as {@code # title} lines), and each
 * {@code <table>} that holds no other table becomes a {@link Table}: its {@code <caption>}, header rows from
 * {@code <thead>} or rows of {@code <th>} only, header columns from leading {@code <th>} cells,
 * {@code rowspan/colspan} expanded, {@code <tfoot>} rows as notes. A table holding tables is page layout: its cells
 * are read as blocks. Scripts, styles and navigation are dropped.
 */
public final class HtmlReader {
  private HtmlReader() {}

  private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "dd",
      "dt", "blockquote", "pre", "figcaption", "caption");

  public static DocumentModel read(String html, FormatLimits limits) throws Rejected {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, template, nav").remove();
    StringBuilder out = new StringBuilder();
    List<Table> tables = new ArrayList<>();
    State st = new State(out, tables, new Budget(limits));
    walk(doc.body(), st);
    return new DocumentModel(out.toString(), tables, title(doc), List.of());
  }

  private static final class State {
    final StringBuilder out;
    final List<Table> tables;
    final Budget budget;
    String section = "";

    State(StringBuilder out, List<Table> tables, Budget budget) {
      this.out = out;
      this.tables = tables;
      this.budget = budget;
    }
  }

  private static String title(Document doc) {
    String t = doc.title();
    if (t != null && !t.isBlank()) {
      return t.strip();
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : h1.text().strip();
  }

  private static void walk(Element e, State st) throws Rejected {
    String tag = e.tagName();
    if (tag.equals("table") && e.select("table").size() == 1) {
      table(e, st);
      return;
    }
    if (BLOCKS.contains(tag) && !hasBlockInside(e)) {
      String t = e.text().strip();
      if (!t.isEmpty()) {
        if (tag.matches("h[1-6]")) {
          st.out.append("#".repeat(tag.charAt(1) - '0')).append(' ').append(t).append("\n\n");
          st.section = t;
        } else {
          st.out.append(t).append("\n\n");
        }
      }
      return;
    }
    for (Element child : e.children()) {
      walk(child, st);
    }
  }

  private static boolean hasBlockInside(Element e) {
    for (Element d : e.getAllElements()) {
      if (d != e && (BLOCKS.contains(d.tagName()) || d.tagName().equals("table"))) {
        return true;
      }
    }
    return false;
  }

  private static void table(Element t, State st) throws Rejected {
    TableBuilder b = new TableBuilder(st.budget);
    int theadRows = 0;
    boolean leadingThRows = true;
    int thRows = 0;
    List<String> notes = new ArrayList<>();
    List<Element> rows = t.select("tr");
    List<Boolean> firstIsTh = new ArrayList<>();
    for (Element tr : rows) {
      Element section = tr.parent();
      if (section != null && section.tagName().equals("tfoot")) {
        String n = tr.text().strip();
        if (!n.isEmpty()) {
          notes.add(n);
        }
        continue;
      }
      List<Element> cells = tr.children().stream().filter(c -> c.tagName().equals("td") || c.tagName().equals("th"))
          .toList();
      if (cells.isEmpty()) {
        continue;
      }
      b.startRow();
      for (Element c : cells) {
        b.cell(c.text().strip(), null, false, span(c.attr("colspan")), span(c.attr("rowspan")));
      }
      boolean allTh = cells.stream().allMatch(c -> c.tagName().equals("th"));
      if (section != null && section.tagName().equals("thead")) {
        theadRows = firstIsTh.size() + 1;
      }
      if (leadingThRows && allTh) {
        thRows++;
      } else {
        leadingThRows = false;
      }
      firstIsTh.add(cells.get(0).tagName().equals("th"));
    }
    if (b.rows() == 0) {
      return;
    }
    int index = st.tables.size() + 1;
    String id = "table " + index;
    List<List<TableCell>> grid = b.grid(TableBuilder.rowCol(id));
    int headerRows = Math.max(theadRows, thRows);
    int headerCols = 0;
    boolean anyTh = headerRows > 0 || firstIsTh.contains(true);
    if (headerRows < firstIsTh.size() && firstIsTh.subList(headerRows, firstIsTh.size()).stream()
        .allMatch(Boolean::booleanValue)) {
      headerCols = 1;
    }
    if (!anyTh) {
      headerRows = Headers.headerRows(grid);
      headerCols = Headers.headerCols(grid, headerRows);
    }
    headerRows = Math.min(headerRows, Math.max(0, grid.size() - 1));
    Element cap = t.selectFirst("caption");
    String caption = cap == null ? "" : cap.text().strip();
    st.tables.add(TableText.append(st.out, id, caption, notes, grid, headerRows, headerCols, st.section));
  }

  private static int span(String attr) {
    try {
      return attr.isBlank() ? 1 : Integer.parseInt(attr.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
