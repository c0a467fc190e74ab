package org.telecomgrowth.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes PDF (PDFBox), XLSX and DOCX (POI) documents from plain content, for the tests, the bundled examples and
 * the benchmark's generated documents: what is written is exactly what the caller gives, so expectations can be
 * written by hand.
 */
public final class DocumentWriter {
  private DocumentWriter() {}

  /** A run of text drawn at (x, y), y measured from the top of an A4 page, in points. */
  public record PdfText(float x, float y, float size, String text) {}

  private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /** A PDF of these pages, each run drawn in the order given (so the content order need not be reading order). */
  public static byte[] pdf(List<List<PdfText>> pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (List<PdfText> runs : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (PdfText t : runs) {
            cs.beginText();
            cs.setFont(HELVETICA, t.size());
            cs.newLineAtOffset(t.x(), height - t.y());
            cs.showText(t.text());
            cs.endText();
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Paragraphs wrapped into a column of {@code width} points starting at ({@code x}, {@code top}); a blank line
   * between paragraphs. Returns the runs; {@code next[0]} is set to the y below the last line.
   */
  public static List<PdfText> column(List<String> paragraphs, float x, float top, float width, float size,
      float[] next) {
    List<PdfText> out = new ArrayList<>();
    float y = top;
    float leading = size * 1.3f;
    for (String p : paragraphs) {
      StringBuilder line = new StringBuilder();
      for (String w : p.split(" ")) {
        String candidate = line.isEmpty() ? w : line + " " + w;
        if (width(candidate, size) > width && !line.isEmpty()) {
          out.add(new PdfText(x, y, size, line.toString()));
          y += leading;
          line.setLength(0);
          line.append(w);
        } else {
          line.setLength(0);
          line.append(candidate);
        }
      }
      if (!line.isEmpty()) {
        out.add(new PdfText(x, y, size, line.toString()));
        y += leading;
      }
      y += leading;
    }
    if (next != null) {
      next[0] = y;
    }
    return out;
  }

  public static float width(String s, float size) {
    try {
      return HELVETICA.getStringWidth(s) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell whose formula is written with its value cached, as Excel saves it. */
  public record Formula(String formula) {}

  /**
   * A sheet: rows of String, Number, {@link Formula} or null cells; merged ranges ("A1:C1"); number formats by
   * 0-based column ("0.0%", "#,##0").
   */
  public record Sheet(String name, List<List<Object>> rows, List<String> merges, Map<Integer, String> formats,
      boolean hidden) {
    public Sheet(String name, List<List<Object>> rows) {
      this(name, rows, List.of(), Map.of(), false);
    }
  }

  public static byte[] xlsx(List<Sheet> sheets) {
    return workbook(new XSSFWorkbook(), sheets);
  }

  /** The same sheets as an Excel 97-2003 binary workbook (HSSF). */
  public static byte[] xls(List<Sheet> sheets) {
    return workbook(new org.apache.poi.hssf.usermodel.HSSFWorkbook(), sheets);
  }

  private static byte[] workbook(org.apache.poi.ss.usermodel.Workbook book, List<Sheet> sheets) {
    try (org.apache.poi.ss.usermodel.Workbook wb = book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Sheet s : sheets) {
        org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(s.name());
        Map<Integer, CellStyle> styles = new java.util.HashMap<>();
        s.formats().forEach((col, fmt) -> {
          CellStyle cs = wb.createCellStyle();
          cs.setDataFormat(wb.createDataFormat().getFormat(fmt));
          styles.put(col, cs);
        });
        for (int r = 0; r < s.rows().size(); r++) {
          Row row = sheet.createRow(r);
          List<Object> values = s.rows().get(r);
          for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v instanceof Formula f) {
              cell.setCellFormula(f.formula());
            } else {
              cell.setCellValue(v.toString());
            }
            if (styles.containsKey(c) && !(v instanceof String)) {
              cell.setCellStyle(styles.get(c));
            }
          }
        }
        for (String m : s.merges()) {
          sheet.addMergedRegion(CellRangeAddress.valueOf(m));
        }
        if (s.hidden()) {
          wb.setSheetHidden(wb.getSheetIndex(sheet), true);
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A DOCX whose body is, in order: a String paragraph ("# " and "## " prefixes make Heading 1 and 2), or a table
   * given as rows of cell texts (its first row marked as the header row).
   */
  public static byte[] docx(List<Object> body) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Object o : body) {
        if (o instanceof String s) {
          XWPFParagraph p = doc.createParagraph();
          if (s.startsWith("## ")) {
            p.setStyle("Heading2");
            s = s.substring(3);
          } else if (s.startsWith("# ")) {
            p.setStyle("Heading1");
            s = s.substring(2);
          }
          p.createRun().setText(s);
        } else if (o instanceof List<?> rows) {
          XWPFTable t = doc.createTable(rows.size(), ((List<?>) rows.get(0)).size());
          for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<?> cells = (List<?>) rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
              row.getCell(c).setText(String.valueOf(cells.get(c)));
            }
          }
          t.getRow(0).setRepeatHeader(true);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
