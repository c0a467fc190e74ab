package org.telecomgrowth.extract.formats;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
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
 * <p>Both formats are read as events and feed one {@link Cells} sink, the single path into the table model: XLSX is
 * streamed (SAX over each sheet's XML, as POI's event API does; number formats read from the styles part with SAX,
 * once per style), XLS through HSSF's record events ({@link HSSFEventFactory}) rather than the whole
 * {@code HSSFWorkbook}. Memory grows with the cells kept, not the workbook's size; rows and cells count against
 * {@link FormatLimits} as they stream, so a sheet of a million rows is rejected after the limit's rows.
 */
public final class SpreadsheetReader {
  private SpreadsheetReader() {}

  /** A workbook read as events into {@link Cells}; returns the document's title, or null. */
  @FunctionalInterface
  private interface WorkbookSource {
    String read(Cells cells) throws Exception;
  }

  public static DocumentModel readXlsx(byte[] bytes, FormatLimits limits) throws Rejected {
    OfficeFiles.checkZipped(bytes, "XLSX", limits);
    return read("XLSX", limits, cells -> xlsx(bytes, cells));
  }

  public static DocumentModel readXls(byte[] bytes, FormatLimits limits) throws Rejected {
    OfficeFiles.checkOle2(bytes, "XLS");
    return read("XLS", limits, cells -> xls(bytes, cells));
  }

  private static DocumentModel read(String kind, FormatLimits limits, WorkbookSource source) throws Rejected {
    Cells cells = new Cells(new Budget(limits));
    String title;
    try {
      title = source.read(cells);
      cells.endSheet();
    } catch (Rejected r) {
      throw r;
    } catch (Exception e) {
      throw OfficeFiles.rejectFor(e, kind);
    }
    return OfficeFiles.model(cells.out, cells.tables, title);
  }

  /**
   * The cells of a workbook as either format gives them, sheet by sheet, into {@link SheetGrid}s and from them into
   * the document's text and tables.
   */
  static final class Cells {
    private final Budget budget;
    private final StringBuilder out = new StringBuilder();
    private final List<Table> tables = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private SheetGrid grid;

    Cells(Budget budget) {
      this.budget = budget;
    }

    /** A visible sheet begins (the one before it, if any, ends). */
    void sheet(String name) throws Rejected {
      endSheet();
      grid = new SheetGrid(name, budget);
    }

    void endSheet() throws Rejected {
      if (grid != null) {
        Table t = grid.appendTo(out);
        if (t != null) {
          tables.add(t);
        }
        grid = null;
      }
    }

    void row() throws Rejected {
      grid.row();
    }

    void text(int row, int col, String text) throws Rejected {
      grid.put(row, col, text, null, false);
    }

    void bool(int row, int col, boolean b) throws Rejected {
      grid.put(row, col, b ? "TRUE" : "FALSE", null, false);
    }

    /** A blank cell or a formula's cached error: no value (counted against the budget). */
    void blank(int row, int col) throws Rejected {
      grid.put(row, col, "", null, false);
    }

    // the last number format's kind (date, percent): a column of cells shares one format
    private int lastFmt = Integer.MIN_VALUE;
    private String lastPattern;
    private int lastKind;

    /** A number with its format (index and pattern; a null pattern is shown as General). */
    void number(int row, int col, double v, int fmt, String fmtString) throws Rejected {
      if (fmt != lastFmt || !java.util.Objects.equals(fmtString, lastPattern)) {
        lastKind = kindOf(fmt, fmtString);
        lastFmt = fmt;
        lastPattern = fmtString;
      }
      SpreadsheetReader.number(grid, row, col, v, fmt, fmtString, lastKind, formatter);
    }

    void merge(CellRangeAddress range) {
      grid.merge(range);
    }
  }

  // ---- XLSX: SAX over the workbook, styles and each visible sheet -----------------------------------------------

  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private static String xlsx(byte[] bytes, Cells cells) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      XMLReader xml = SAXHelper.newXMLReader();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XlsxStyles styles = new XlsxStyles();
      // the styles part as XSSFReader finds it; without one, every number is General
      List<org.apache.poi.openxml4j.opc.PackagePart> styleParts = pkg.getPartsByContentType(
          org.apache.poi.xssf.usermodel.XSSFRelation.STYLES.getContentType());
      if (!styleParts.isEmpty()) {
        try (InputStream in = styleParts.get(0).getInputStream()) {
          parse(xml, in, styles);
        }
      }
      String title = pkg.getPackageProperties().getTitleProperty().orElse(null);
      List<String[]> sheets = new ArrayList<>();
      try (InputStream wb = reader.getWorkbookData()) {
        parse(xml, wb, new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String q, Attributes a) {
            if (local.equals("sheet")) {
              String state = a.getValue("state");
              String id = a.getValue(RELATIONSHIPS, "id");
              if ((state == null || state.equals("visible")) && id != null) {
                sheets.add(new String[] {a.getValue("name"), id});
              }
            }
          }
        });
      }
      SheetHandler handler = new SheetHandler(cells, new SharedStrings(strings), styles);
      for (String[] s : sheets) {
        cells.sheet(s[0]);
        try (InputStream sheet = reader.getSheet(s[1])) {
          handler.reset();
          parse(xml, sheet, handler);
        }
        cells.endSheet();
      }
      return title;
    }
  }

  /**
   * The styles part's number formats, as POI's {@code XSSFCellStyle} gives them: a cell's style ({@code s}) is an
   * index into {@code <cellXfs>}, whose {@code numFmtId} is a custom {@code <numFmts>} entry or else a built-in
   * format; read with SAX once per document, looked up per style rather than per cell.
   */
  private static final class XlsxStyles extends DefaultHandler {
    private final Map<Short, String> custom = new HashMap<>();
    private final List<Short> xfs = new ArrayList<>();
    private boolean inNumFmts;
    private boolean inCellXfs;
    private int[] fmts;
    private String[] patterns;

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      switch (local) {
        case "numFmts" -> inNumFmts = true;
        case "cellXfs" -> inCellXfs = true;
        case "numFmt" -> {
          if (inNumFmts) {
            custom.put((short) number(a.getValue("numFmtId")), a.getValue("formatCode"));
          }
        }
        case "xf" -> {
          if (inCellXfs) {
            xfs.add((short) number(a.getValue("numFmtId")));
          }
        }
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String q) {
      if (local.equals("numFmts")) {
        inNumFmts = false;
      } else if (local.equals("cellXfs")) {
        inCellXfs = false;
      }
    }

    private static long number(String v) {
      if (v == null) {
        return 0;
      }
      try {
        return Long.parseLong(v.strip());
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    /** How many cell styles the part has. */
    int size() {
      resolve();
      return fmts.length;
    }

    /** A style's number format index ({@code 0 <= style < size()}). */
    int fmt(int style) {
      return fmts[style];
    }

    /** A style's number format pattern, null for an index that is neither custom nor built in. */
    String pattern(int style) {
      return patterns[style];
    }

    private void resolve() {
      if (fmts != null) {
        return;
      }
      fmts = new int[xfs.size()];
      patterns = new String[xfs.size()];
      for (int i = 0; i < fmts.length; i++) {
        short id = xfs.get(i);
        fmts[i] = id;
        String p = custom.get(id);
        patterns[i] = p != null ? p : BuiltinFormats.getBuiltinFormat(id);
      }
    }
  }

  /** The shared strings table, each string taken out of POI's rich text once. */
  private static final class SharedStrings {
    private final ReadOnlySharedStringsTable table;
    private String[] cache = new String[64];

    SharedStrings(ReadOnlySharedStringsTable table) {
      this.table = table;
    }

    /** The string at {@code i}; throws for an index that is not in the table. */
    String get(int i) {
      if (i >= 0 && i < cache.length && cache[i] != null) {
        return cache[i];
      }
      String s = table.getItemAt(i).getString();
      if (i >= cache.length) {
        cache = java.util.Arrays.copyOf(cache, Math.max(i + 1, cache.length * 2));
      }
      cache[i] = s;
      return s;
    }
  }

  // ---- XLS: HSSF record events ----------------------------------------------------------------------------------

  private static String xls(byte[] bytes, Cells cells) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      String title = null;
      if (fs.getRoot().hasEntry(SummaryInformation.DEFAULT_STREAM_NAME)) {
        try {
          if (PropertySetFactory.create(fs.getRoot(), SummaryInformation.DEFAULT_STREAM_NAME)
              instanceof SummaryInformation si) {
            title = si.getTitle();
          }
        } catch (Exception e) {
          // an unreadable summary: no title, as HSSF reads it
        }
      }
      XlsRecords records = new XlsRecords(cells);
      HSSFRequest request = new HSSFRequest();
      request.addListenerForAllRecords(records);
      try {
        new HSSFEventFactory().processWorkbookEvents(request, fs);
      } catch (XlsFailure f) {
        throw f.rejected;
      }
      return title;
    }
  }

  /** A {@link Rejected} thrown out of an HSSF listener (which cannot throw checked exceptions). */
  private static final class XlsFailure extends RuntimeException {
    final Rejected rejected;

    XlsFailure(Rejected rejected) {
      super(rejected.getMessage(), rejected, false, false);
      this.rejected = rejected;
    }
  }

  /**
   * The records of an XLS workbook stream, as {@code HSSFWorkbook} would read them: the globals (sheet names and
   * visibility, shared strings, number formats, cell formats), then each sheet's substream (a chart's nested
   * substream skipped) with its rows, cells (a formula's cached value; its string result in the record after it) and
   * merged regions.
   */
  private static final class XlsRecords implements HSSFListener {
    private final Cells cells;
    private final List<BoundSheetRecord> sheets = new ArrayList<>();
    private final List<ExtendedFormatRecord> xfs = new ArrayList<>();
    private final Map<Integer, String> formats = new HashMap<>();
    private SSTRecord sst;
    private int depth;
    private boolean globals = true;
    private int sheetIndex = -1;
    private boolean visible;
    private final java.util.BitSet rows = new java.util.BitSet();
    private FormulaRecord stringFormula;

    XlsRecords(Cells cells) {
      this.cells = cells;
    }

    @Override
    public void processRecord(Record record) {
      try {
        handle(record);
      } catch (Rejected r) {
        throw new XlsFailure(r);
      }
    }

    private void handle(Record record) throws Rejected {
      if (record instanceof BOFRecord bof) {
        depth++;
        if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK && !globals) {
          sheetIndex++;
          BoundSheetRecord b = sheetIndex < sheets.size() ? sheets.get(sheetIndex) : null;
          visible = b != null && !b.isHidden() && !b.isVeryHidden();
          rows.clear();
          stringFormula = null;
          if (visible) {
            cells.sheet(b.getSheetname());
          }
        }
        return;
      }
      if (record instanceof EOFRecord) {
        depth--;
        if (depth == 0) {
          if (globals) {
            globals = false;
          } else if (visible) {
            cells.endSheet();
            visible = false;
          }
        }
        return;
      }
      if (globals) {
        if (record instanceof BoundSheetRecord b) {
          sheets.add(b);
        } else if (record instanceof SSTRecord s) {
          sst = s;
        } else if (record instanceof FormatRecord f) {
          formats.put(f.getIndexCode(), f.getFormatString());
        } else if (record instanceof ExtendedFormatRecord xf) {
          xfs.add(xf);
        }
        return;
      }
      if (!visible || depth != 1) {
        return;
      }
      if (stringFormula != null) {
        FormulaRecord f = stringFormula;
        stringFormula = null;
        if (record instanceof StringRecord s) {
          cells.text(f.getRow(), f.getColumn(), s.getString());
          return;
        }
        cells.text(f.getRow(), f.getColumn(), "");
      }
      if (record instanceof RowRecord r) {
        row(r.getRowNumber());
      } else if (record instanceof NumberRecord n) {
        row(n.getRow());
        number(n, n.getValue());
      } else if (record instanceof LabelSSTRecord l) {
        row(l.getRow());
        String text;
        try {
          text = sst.getString(l.getSSTIndex()).getString();
        } catch (RuntimeException e) {
          throw new Rejected(RejectReasons.CORRUPT, "XLS cannot be read (a shared string that is not in the table)");
        }
        cells.text(l.getRow(), l.getColumn(), text);
      } else if (record instanceof LabelRecord l) {
        row(l.getRow());
        cells.text(l.getRow(), l.getColumn(), l.getValue());
      } else if (record instanceof FormulaRecord f) {
        row(f.getRow());
        CellType type = CellType.forInt(f.getCachedResultType());
        switch (type) {
          case NUMERIC -> number(f, f.getValue());
          case STRING -> {
            if (f.hasCachedResultString()) {
              stringFormula = f; // its text is the StringRecord that follows
            } else {
              cells.text(f.getRow(), f.getColumn(), "");
            }
          }
          case BOOLEAN -> cells.bool(f.getRow(), f.getColumn(), f.getCachedBooleanValue());
          default -> cells.blank(f.getRow(), f.getColumn());
        }
      } else if (record instanceof BoolErrRecord b) {
        row(b.getRow());
        if (b.isBoolean()) {
          cells.bool(b.getRow(), b.getColumn(), b.getBooleanValue());
        } else {
          cells.blank(b.getRow(), b.getColumn());
        }
      } else if (record instanceof BlankRecord b) {
        row(b.getRow());
        cells.blank(b.getRow(), b.getColumn());
      } else if (record instanceof MulBlankRecord m) {
        row(m.getRow());
        for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
          cells.blank(m.getRow(), c);
        }
      } else if (record instanceof MergeCellsRecord m) {
        for (int i = 0; i < m.getNumAreas(); i++) {
          cells.merge(m.getAreaAt(i));
        }
      }
    }

    /** A row counted once, whether it has a row record, cells, or both (as HSSF's sheet has it). */
    private void row(int r) throws Rejected {
      if (r >= 0 && !rows.get(r)) {
        rows.set(r);
        cells.row();
      }
    }

    /** A number with its cell format's number format, as {@code HSSFCellStyle} gives it. */
    private void number(CellValueRecordInterface cell, double v) throws Rejected {
      int xf = cell.getXFIndex();
      if (xf < 0 || xf >= xfs.size()) {
        throw new Rejected(RejectReasons.CORRUPT, "XLS cannot be read (a cell format that is not in the workbook)");
      }
      short fmt = xfs.get(xf).getFormatIndex();
      cells.number(cell.getRow(), cell.getColumn(), v, fmt, pattern(fmt));
    }

    private String pattern(short fmt) {
      if (fmt == -1) {
        return null;
      }
      String custom = formats.get((int) fmt);
      return custom != null ? custom : BuiltinFormats.getBuiltinFormat(fmt);
    }
  }

  /** A numeric cell as its format shows it; a date-formatted one is a date, not a figure. */
  static void number(SheetGrid grid, int row, int col, double v, int fmt, String fmtString, DataFormatter f)
      throws Rejected {
    number(grid, row, col, v, fmt, fmtString, kindOf(fmt, fmtString), f);
  }

  private static void number(SheetGrid grid, int row, int col, double v, int fmt, String fmtString, int kind,
      DataFormatter f) throws Rejected {
    grid.put(row, col, shown(v, fmt, fmtString, f), (kind & DATE) != 0 ? null : v, (kind & PERCENT) != 0);
  }

  private static int kindOf(int fmt, String fmtString) {
    return fmtString == null ? 0 : FORMAT_KINDS.computeIfAbsent(fmt + ":" + fmtString, k -> formatKind(fmt,
        fmtString));
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

  private static void parse(XMLReader xml, InputStream in, DefaultHandler handler) throws Exception {
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
    private final Cells cells;
    private final SharedStrings strings;
    private final XlsxStyles styles;
    private final StringBuilder value = new StringBuilder();
    private boolean inValue;
    private String ref;
    private String type;
    private String style;
    private int nextRow;
    private int nextCol;

    SheetHandler(Cells cells, SharedStrings strings, XlsxStyles styles) {
      this.cells = cells;
      this.strings = strings;
      this.styles = styles;
    }

    void reset() {
      value.setLength(0);
      inValue = false;
      ref = null;
      type = null;
      style = null;
      nextRow = 0;
      nextCol = 0;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) throws SAXException {
      try {
        switch (local) {
          case "row" -> {
            cells.row();
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
              cells.merge(CellRangeAddress.valueOf(m));
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
        long rc = cellRef(ref);
        row = (int) (rc >>> 32);
        col = (int) rc;
      } else {
        row = nextRow - 1;
        col = nextCol;
      }
      nextCol = col + 1;
      String v = value.toString();
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          String text;
          try {
            text = strings.get(Integer.parseInt(v.strip()));
          } catch (RuntimeException e) {
            text = ""; // a shared string index that is not in the table
          }
          cells.text(row, col, text);
        }
        case "inlineStr", "str" -> cells.text(row, col, v);
        case "b" -> cells.bool(row, col, v.strip().equals("1"));
        case "e" -> cells.blank(row, col); // a formula's cached error: no value
        default -> {
          if (v.isBlank()) {
            cells.blank(row, col);
            return;
          }
          double d;
          try {
            d = Double.parseDouble(v.strip());
          } catch (NumberFormatException e) {
            cells.text(row, col, v);
            return;
          }
          int fmt = 0;
          String fmtString = "General";
          if (style != null && !style.isBlank()) {
            try {
              int s = Integer.parseInt(style.strip());
              if (s >= 0 && s < styles.size()) { // a style not in the part: the number as General
                fmt = styles.fmt(s);
                fmtString = styles.pattern(s);
              }
            } catch (NumberFormatException e) {
              // a style index that is not a number: the number as General
            }
          }
          cells.number(row, col, d, fmt, fmtString);
        }
      }
    }
  }

  /**
   * A cell reference ("B12") as its 0-based row (high 32 bits) and column (low 32 bits): letters and digits are
   * read directly, anything else ("$B$12", lower case, too long) through POI's {@link CellReference}.
   */
  static long cellRef(String ref) {
    int n = ref.length();
    int i = 0;
    int col = 0;
    while (i < n && i < 3) {
      char ch = ref.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        break;
      }
      col = col * 26 + (ch - 'A' + 1);
      i++;
    }
    int row = 0;
    int digits = 0;
    for (int j = i; j < n; j++) {
      char ch = ref.charAt(j);
      if (ch < '0' || ch > '9' || digits >= 7) {
        digits = -1;
        break;
      }
      row = row * 10 + (ch - '0');
      digits++;
    }
    if (i == 0 || digits <= 0 || row == 0 || i < n && ref.charAt(i) == '0') {
      CellReference cr = new CellReference(ref);
      return ((long) cr.getRow() << 32) | (cr.getCol() & 0xffffffffL);
    }
    return ((long) (row - 1) << 32) | ((col - 1) & 0xffffffffL);
  }
}
