package org.telecomgrowth.extract.formats;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.telecomgrowth.extract.table.Table;
import org.telecomgrowth.extract.table.TableCell;

/**
 * DOCX with Apache POI (XWPF): the body's paragraphs in order, heading styles ({@code Heading 1..6}, {@code Title})
 * as {@code # title} lines, and Word tables as {@link Table}s: {@code gridSpan} and {@code vMerge} expanded, rows
 * marked "repeat as header row" as header rows (else {@link Headers} tells), the paragraph just before a table as its
 * caption when it is styled Caption or reads "Table N ...".
 */
public final class DocxReader {
  private DocxReader() {}

  private static final Pattern HEADING_ID = Pattern.compile("(?i)heading\\s*([1-6])|title");
  private static final Pattern TABLE_CAPTION = Pattern.compile("(?i)^table\\s+\\d+\\b.*");

  public static DocumentModel read(byte[] bytes, FormatLimits limits) throws Rejected {
    OfficeFiles.checkZipped(bytes, "DOCX", limits);
    Budget budget = new Budget(limits);
    StringBuilder out = new StringBuilder();
    List<Table> tables = new ArrayList<>();
    String title;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      title = doc.getProperties().getCoreProperties().getTitle();
      String section = "";
      String pendingCaption = null;
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          if (pendingCaption != null) {
            out.append(pendingCaption).append("\n\n");
            pendingCaption = null;
          }
          String text = p.getText().strip();
          if (text.isEmpty()) {
            continue;
          }
          int level = headingLevel(doc, p);
          if (level > 0) {
            TableText.blankLine(out);
            out.append("#".repeat(level)).append(' ').append(TableText.oneLine(text)).append("\n\n");
            section = TableText.oneLine(text);
          } else if (isCaption(doc, p, text)) {
            pendingCaption = TableText.oneLine(text);
          } else {
            TableText.blankLine(out);
            out.append(text).append("\n\n");
          }
        } else if (e instanceof XWPFTable t) {
          Table table = table(t, tables.size() + 1, pendingCaption == null ? "" : pendingCaption, section, budget,
              out);
          pendingCaption = null;
          if (table != null) {
            tables.add(table);
          }
        }
      }
      if (pendingCaption != null) {
        out.append(pendingCaption).append("\n\n");
      }
    } catch (Rejected r) {
      throw r;
    } catch (Exception e) {
      throw OfficeFiles.rejectFor(e, "DOCX");
    }
    return OfficeFiles.model(out, tables, title);
  }

  private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
    String id = p.getStyleID();
    if (id == null) {
      return 0;
    }
    String name = id;
    XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
    if (style != null && style.getName() != null) {
      name = style.getName();
    }
    for (String n : new String[] {name, id}) {
      Matcher m = HEADING_ID.matcher(n.strip());
      if (m.matches()) {
        return m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
      }
    }
    return 0;
  }

  private static boolean isCaption(XWPFDocument doc, XWPFParagraph p, String text) {
    String id = p.getStyleID();
    boolean styled = id != null && id.toLowerCase(Locale.ROOT).contains("caption");
    return text.length() <= 200 && (styled || TABLE_CAPTION.matcher(text).matches());
  }

  private static Table table(XWPFTable t, int index, String caption, String section, Budget budget,
      StringBuilder out) throws Rejected {
    String id = "table " + index;
    List<List<String>> rows = new ArrayList<>();
    int headerRows = 0;
    boolean leading = true;
    for (XWPFTableRow row : t.getRows()) {
      budget.row();
      List<String> line = new ArrayList<>();
      List<String> above = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = 1;
        boolean continues = false;
        if (pr != null) {
          if (pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
            BigInteger v = pr.getGridSpan().getVal();
            span = Math.max(1, Math.min(TableBuilder.MAX_SPAN, v.intValue()));
          }
          continues = pr.getVMerge() != null
              && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
        }
        int col = line.size();
        String text = continues && col < above.size() ? above.get(col) : TableText.oneLine(cell.getText());
        for (int s = 0; s < span; s++) {
          line.add(text);
        }
      }
      budget.cells(line.size());
      rows.add(line);
      if (leading && row.isRepeatHeader()) {
        headerRows++;
      } else {
        leading = false;
      }
    }
    if (rows.isEmpty()) {
      return null;
    }
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    TableBuilder.CellRef ref = TableBuilder.rowCol(id);
    List<List<TableCell>> grid = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<TableCell> line = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        line.add(TableCell.ofText(r, c, c < rows.get(r).size() ? rows.get(r).get(c) : "", ref.ref(r, c)));
      }
      grid.add(line);
    }
    if (headerRows == 0 || headerRows >= grid.size()) {
      headerRows = Headers.headerRows(grid);
    }
    int headerCols = Headers.headerCols(grid, headerRows);
    return TableText.append(out, id, caption, List.of(), grid, headerRows, headerCols, section);
  }
}
