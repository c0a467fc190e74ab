package org.telecomgrowth.extract.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.telecomgrowth.extract.table.Table;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XLSX and XLS with Apache POI: every visible sheet (hidden and very hidden ones are skipped) becomes one
 * {@link Table} named after it. A formula cell gives its cached value (never recalculated; a cached error such as
 * {@code #DIV/0!} is a blank cell); a number is shown as its number format shows it ("12.5%", "1,250") and keeps its
 * value and whether the format is a percentage; merged cells are expanded.
 *
 * <p>XLSX is streamed (SAX over each sheet's XML, as POI's event API does), so memory grows with the cells kept, not
 * the workbook's size; rows and cells count against {@link FormatLimits} as they stream, so a sheet of a million
 * rows is rejected after the limit's rows. XLS (at most 65,536 rows a sheet) is read with HSSF.
 */
public final class SpreadsheetReader {
  private SpreadsheetReader() {}

  public static DocumentModel readXlsx(byte[] bytes, FormatLimits limits) throws Rejected {
    OfficeFiles.checkZipped(bytes, "XLSX", limits);
    Budget budget = new Budget(limits);
    StringBuilder out = new StringBuilder();
    List<Table> tables = new ArrayList<>();
    String title;
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      title = pkg.getPackageProperties().getTitleProperty().orElse(null);
      List<String[]> sheets = new ArrayList<>();
      try (InputStream wb = reader.getWorkbookData()) {
        parse(wb, new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String q, Attributes a) {
            if (local.equals("sheet")) {
              String state = a.getValue("state");
              String id = a.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
              if ((state == null || state.equals("visible")) && id != null) {
                sheets.add(new String[] {a.getValue("name"), id});
              }
            }
          }
        });
      }
      DataFormatter formatter = new DataFormatter(java.util.Locale.US);
      for (String[] s : sheets) {
        SheetGrid grid = new SheetGrid(s[0], budget);
        try (InputStream sheet = reader.getSheet(s[1])) {
          parse(sheet, new SheetHandler(grid, strings, styles, formatter));
        }
        Table t = grid.appendTo(out);
        if (t != null) {
          tables.add(t);
        }
      }
    } catch (Rejected r) {
      throw r;
    } catch (Exception e) {
      throw OfficeFiles.rejectFor(e, "XLSX");
    }
    return OfficeFiles.model(out, tables, title);
  }

  public static DocumentModel readXls(byte[] bytes, FormatLimits limits) throws Rejected {
    OfficeFiles.checkOle2(bytes, "XLS");
    Budget budget = new Budget(limits);
    StringBuilder out = new StringBuilder();
    List<Table> tables = new ArrayList<>();
    String title = null;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
      if (wb.getSummaryInformation() != null) {
        title = wb.getSummaryInformation().getTitle();
      }
      DataFormatter formatter = new DataFormatter(java.util.Locale.US);
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
          continue;
        }
        Sheet sheet = wb.getSheetAt(i);
        SheetGrid grid = new SheetGrid(sheet.getSheetName(), budget);
        for (Row row : sheet) {
          grid.row();
          for (Cell cell : row) {
            xlsCell(grid, cell, formatter);
          }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
          grid.merge(m);
        }
        Table t = grid.appendTo(out);
        if (t != null) {
          tables.add(t);
        }
      }
    } catch (Rejected r) {
      throw r;
    } catch (Exception e) {
      throw OfficeFiles.rejectFor(e, "XLS");
    }
    return OfficeFiles.model(out, tables, title);
  }

  private static void xlsCell(SheetGrid grid, Cell cell, DataFormatter formatter) throws Rejected {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    short fmt = cell.getCellStyle().getDataFormat();
    String fmtString = cell.getCellStyle().getDataFormatString();
    switch (type) {
      case NUMERIC -> number(grid, cell.getRowIndex(), cell.getColumnIndex(), cell.getNumericCellValue(), fmt,
          fmtString, formatter);
      case STRING -> grid.put(cell.getRowIndex(), cell.getColumnIndex(), cell.getStringCellValue(), null, false);
      case BOOLEAN -> grid.put(cell.getRowIndex(), cell.getColumnIndex(),
          String.valueOf(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT), null, false);
      default -> grid.put(cell.getRowIndex(), cell.getColumnIndex(), "", null, false); // blank, or a cached error
    }
  }

  /** A numeric cell as its format shows it; a date-formatted one is a date, not a figure. */
  static void number(SheetGrid grid, int row, int col, double v, int fmt, String fmtString, DataFormatter f)
      throws Rejected {
    String shown = shown(v, fmt, fmtString, f);
    int kind = fmtString == null ? 0 : FORMAT_KINDS.computeIfAbsent(fmt + ":" + fmtString, k -> formatKind(fmt,
        fmtString));
    grid.put(row, col, shown, (kind & DATE) != 0 ? null : v, (kind & PERCENT) != 0);
  }

  /**
   * A number as its format shows it: POI's {@link DataFormatter}, with a short cut for the commonest formats of
   * statistics sheets ("General", "0", "#,##0" on whole numbers; "0%", "0.0%", "0.00%"), which give the same text
   * (checked against POI in the tests) at a fraction of the cost.
   */
  static String shown(double v, int fmt, String fmtString, DataFormatter f) {
    String pattern = fmtString == null ? "General" : fmtString;
    boolean whole = v == Math.rint(v) && Math.abs(v) < 1e15;
    switch (pattern) {
      case "General", "0" -> {
        if (whole && Math.abs(v) < 1e10) { // General shows 11 digits and more in scientific notation
          return Long.toString((long) v);
        }
      }
      case "#,##0" -> {
        if (whole) {
          return grouped((long) v);
        }
      }
      case "0%", "0.0%", "0.00%" -> {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(v);
        if (d.precision() <= 15 && v >= 0 && Double.doubleToRawLongBits(v) != NEGATIVE_ZERO && v < 1e12) {
          int scale = pattern.length() == 2 ? 0 : pattern.length() - 3;
          return d.movePointRight(2).setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        }
      }
      default -> {
      }
    }
    return f.formatRawCellContents(v, fmt, pattern);
  }

  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

  private static String grouped(long v) {
    String digits = Long.toString(Math.abs(v));
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (v < 0) {
      b.append('-');
    }
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    b.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      b.append(',').append(digits, i, i + 3);
    }
    return b.toString();
  }

  private static final int DATE = 1;
  private static final int PERCENT = 2;
  // what a number format is (a date, a percentage), read once per format rather than once per cell
  private static final java.util.Map<String, Integer> FORMAT_KINDS = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Integer> e) {
          return size() > 1_000;
        }
      });

  private static int formatKind(int fmt, String fmtString) {
    boolean date = DateUtil.isADateFormat(fmt, fmtString);
    boolean percent = fmtString.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
    return (date ? DATE : 0) | (percent ? PERCENT : 0);
  }

  private static void parse(InputStream in, DefaultHandler handler) throws Exception {
    XMLReader xml = SAXHelper.newXMLReader();
    xml.setContentHandler(handler);
    try {
      xml.parse(new InputSource(in));
    } catch (SAXException e) {
      if (e.getException() instanceof Rejected r) {
        throw r;
      }
      throw e;
    }
  }

  /** One worksheet's XML: rows, cells ({@code <c r t s><v/><is><t/></is></c>}) and merged ranges. */
  private static final class SheetHandler extends DefaultHandler {
    private final SheetGrid grid;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final DataFormatter formatter;
    private final StringBuilder value = new StringBuilder();
    private boolean inValue;
    private String ref;
    private String type;
    private String style;
    private int nextRow;
    private int nextCol;

    SheetHandler(SheetGrid grid, ReadOnlySharedStringsTable strings, StylesTable styles, DataFormatter formatter) {
      this.grid = grid;
      this.strings = strings;
      this.styles = styles;
      this.formatter = formatter;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) throws SAXException {
      try {
        switch (local) {
          case "row" -> {
            grid.row();
            String r = a.getValue("r");
            nextRow = r == null ? nextRow + 1 : Integer.parseInt(r);
            nextCol = 0;
          }
          case "c" -> {
            ref = a.getValue("r");
            type = a.getValue("t");
            style = a.getValue("s");
            value.setLength(0);
          }
          case "v", "t" -> {
            inValue = true;
            if (local.equals("v")) {
              value.setLength(0);
            }
          }
          case "mergeCell" -> {
            String m = a.getValue("ref");
            if (m != null && m.contains(":")) {
              grid.merge(CellRangeAddress.valueOf(m));
            }
          }
          default -> { }
        }
      } catch (Rejected r) {
        throw new SAXException(r);
      } catch (IllegalArgumentException e) {
        throw new SAXException("bad cell reference: " + e.getMessage());
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        value.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String q) throws SAXException {
      if (local.equals("v") || local.equals("t")) {
        inValue = false;
      } else if (local.equals("c")) {
        try {
          cell();
        } catch (Rejected r) {
          throw new SAXException(r);
        }
        ref = null;
      }
    }

    private void cell() throws Rejected {
      int row;
      int col;
      if (ref != null) {
        CellReference cr = new CellReference(ref);
        row = cr.getRow();
        col = cr.getCol();
      } else {
        row = nextRow - 1;
        col = nextCol;
      }
      nextCol = col + 1;
      String v = value.toString();
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          try {
            grid.put(row, col, strings.getItemAt(Integer.parseInt(v.strip())).getString(), null, false);
          } catch (RuntimeException e) {
            grid.put(row, col, "", null, false); // a shared string index that is not in the table
          }
        }
        case "inlineStr", "str" -> grid.put(row, col, v, null, false);
        case "b" -> grid.put(row, col, v.strip().equals("1") ? "TRUE" : "FALSE", null, false);
        case "e" -> grid.put(row, col, "", null, false); // a formula's cached error: no value
        default -> {
          if (v.isBlank()) {
            grid.put(row, col, "", null, false);
            return;
          }
          double d;
          try {
            d = Double.parseDouble(v.strip());
          } catch (NumberFormatException e) {
            grid.put(row, col, v, null, false);
            return;
          }
          int fmt = 0;
          String fmtString = "General";
          if (style != null && !style.isBlank()) {
            try {
              XSSFCellStyle cs = styles.getStyleAt(Integer.parseInt(style.strip()));
              if (cs != null) {
                fmt = cs.getDataFormat();
                fmtString = cs.getDataFormatString();
              }
            } catch (RuntimeException e) {
              // a style index not in the styles part: the number as General
            }
          }
          number(grid, row, col, d, fmt, fmtString, formatter);
        }
      }
    }
  }
}
