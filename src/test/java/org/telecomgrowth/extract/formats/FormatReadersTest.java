package org.telecomgrowth.extract.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.bench.DocumentWriter;
import org.telecomgrowth.extract.DocumentDecoder.Format;
import org.telecomgrowth.extract.table.Table;

/** Each format's reader on documents the test builds, against what a person reads in them. */
class FormatReadersTest {

  private static DocumentModel read(Format f, byte[] b) throws Rejected {
    return DocumentReaders.read(f, b, FormatLimits.defaults());
  }

  @Test
  void pdfTwoColumnsComeInColumnOrderWithTheTitleFirst() throws Exception {
    DocumentModel m = read(Format.PDF, Fixtures.twoColumnPdfWithTable());
    String t = m.text();
    int title = t.indexOf("Telecommunications in Zembla");
    int left1 = t.indexOf("Zembla is a small island state");
    int left2 = t.indexOf("In 2018 the number of mobile subscriptions");
    int right1 = t.indexOf("Fixed telephone lines declined");
    int right2 = t.indexOf("Internet users numbered 1.34 million");
    assertTrue(title >= 0 && title < left1 && left1 < left2 && left2 < right1 && right1 < right2, t);
    // a paragraph is one line of the text (its PDF line breaks are typesetting); paragraphs are apart
    assertTrue(t.contains("\nIn 2018 the number of mobile subscriptions in Zembla reached 2.4 million, served by three "
        + "operators.\n"), t);
    assertTrue(t.contains("mobile service.\n\nInternet users numbered"), t);
    assertTrue(t.contains("operators.\n\nFixed telephone lines"), t);
    // the page numbers at the foot of each page are not text
    assertFalse(t.lines().anyMatch(l -> l.strip().equals("1") || l.strip().equals("2")), t);
    assertEquals(1, m.pageAt(left2));
    assertEquals(2, m.pageAt(t.indexOf("The regulator expects")));
  }

  @Test
  void pdfTableIsRecoveredFromAlignedText() throws Exception {
    DocumentModel m = read(Format.PDF, Fixtures.twoColumnPdfWithTable());
    assertEquals(1, m.tables().size());
    Table table = m.tables().get(0);
    assertEquals("page 2 table 1", table.id());
    assertEquals("Table 1: Key indicators (thousands)", table.caption());
    assertEquals(4, table.rowCount());
    assertEquals(3, table.colCount());
    assertEquals(1, table.headerRows());
    assertEquals(1, table.headerCols());
    assertEquals(List.of("Fixed lines", "320", "310"), table.rows().get(2).stream().map(c -> c.text()).toList());
    assertEquals("page 2 table 1 R3C3", table.cell(2, 2).ref());
    assertEquals(2, m.pageAt(table.charStart()));
    // the caption is the table's, not a paragraph before it as well
    assertEquals(m.text().indexOf("Table 1: Key indicators"), m.text().lastIndexOf("Table 1: Key indicators"));
    assertTrue(m.text().substring(table.charStart(), table.charEnd()).contains("Mobile subscriptions | 2,400 | 2,650"));
  }

  @Test
  void workbookVisibleSheetsMergedHeadersFormatsAndCachedFormulas() throws Exception {
    workbook(read(Format.XLSX, Fixtures.workbook()));
  }

  @Test
  void anXlsWorkbookIsReadAsItsXlsxTwin() throws Exception {
    DocumentModel xls = read(Format.XLS, Fixtures.workbookXls());
    workbook(xls);
    DocumentModel xlsx = read(Format.XLSX, Fixtures.workbook());
    assertEquals(xlsx.text(), xls.text());
    assertEquals(xlsx.tables(), xls.tables());
    // cached results of every kind, formats of every kind, a hidden sheet: both formats give the same model
    List<List<Object>> rows = List.of(
        List.of("Made-up figures"),
        List.of("Item", "2020", "2021", "2022"),
        List.of("Lines", 1234.5, -7, 12e12),
        java.util.Arrays.asList("Mixed", new DocumentWriter.Formula("\"x\"&\"y\""), new DocumentWriter.Formula("2>1"),
            new DocumentWriter.Formula("\"\"")),
        java.util.Arrays.asList("Dates", 44000, new DocumentWriter.Formula("1/0"), null),
        List.of("Shares", 0.5, 0.125, 1.5));
    List<DocumentWriter.Sheet> sheets = List.of(
        new DocumentWriter.Sheet("One", rows, List.of("A1:D1"), java.util.Map.of(1, "#,##0.0", 2, "0.00%", 3,
            "\"n\" 0"), false),
        new DocumentWriter.Sheet("Two sheet", rows, List.of("B2:C2"), java.util.Map.of(1, "yyyy-mm-dd", 2, "0%", 3,
            "0.0E+00"), false),
        new DocumentWriter.Sheet("Hidden", rows, List.of(), java.util.Map.of(), true));
    DocumentModel a = read(Format.XLSX, DocumentWriter.xlsx(sheets));
    DocumentModel b = read(Format.XLS, DocumentWriter.xls(sheets));
    assertEquals(a.text(), b.text());
    assertEquals(a.tables(), b.tables());
    assertTrue(b.text().contains("Mixed | xy | TRUE |"), b.text());
    assertTrue(b.text().contains("# Two sheet\n"), b.text());
    assertEquals("'Two sheet'!B4", b.tables().get(1).cell(2, 1).ref());
    assertFalse(b.text().contains("# Hidden"), b.text());
  }

  private static void workbook(DocumentModel m) {
    assertEquals(List.of("Indicators", "Shares"), m.tables().stream().map(Table::id).toList());
    assertFalse(m.text().contains("Old draft"), "a hidden sheet is not read");
    Table ind = m.tables().get(0);
    assertEquals("Zembla key indicators (thousands)", ind.caption());
    assertEquals(2, ind.headerRows());
    assertEquals(1, ind.headerCols());
    // B2:C2 merged: "Year" over both years; A2:A3 merged: "Indicator" in both header rows
    assertEquals(List.of("Indicator", "Year", "Year"), ind.rows().get(0).stream().map(c -> c.text()).toList());
    assertEquals(List.of("Indicator", "2018", "2019"), ind.rows().get(1).stream().map(c -> c.text()).toList());
    assertEquals("2,650", ind.cell(2, 2).text());
    assertEquals(2650.0, ind.cell(2, 2).number());
    assertEquals("Indicators!C4", ind.cell(2, 2).ref());
    // B6 = B4/0 is cached as #DIV/0!: no value, the row label alone is a note
    assertEquals(List.of("Broken ratio"), ind.notes());
    Table shares = m.tables().get(1);
    assertEquals("53.2%", shares.cell(1, 1).text());
    assertEquals(0.532, shares.cell(1, 1).number(), 1e-12);
    assertTrue(shares.cell(1, 1).percent());
    assertEquals("37.5%", shares.cell(2, 1).text(), "the formula's cached value, percent-formatted");
    assertEquals("Shares!B3", shares.cell(2, 1).ref());
    assertTrue(m.text().contains("# Shares\n"), m.text());
  }

  @Test
  void docxHeadingsParagraphsAndTableWithCaption() throws Exception {
    DocumentModel m = read(Format.DOCX, Fixtures.docx());
    assertTrue(m.text().startsWith("# Telecommunications in Zembla\n\nZembla opened its mobile market in 2009."),
        m.text());
    assertTrue(m.text().contains("## Subscribers\n\nMobile subscriptions reached 2.4 million in 2018."));
    Table t = m.tables().get(0);
    assertEquals("Table 2: Fixed lines", t.caption());
    assertEquals(1, t.headerRows());
    assertEquals("310,000", t.cell(1, 2).text());
    assertEquals("table 1 R2C3", t.cell(1, 2).ref());
    assertEquals("Subscribers", t.section());
    assertTrue(m.text().indexOf("The regulator publishes") > t.charEnd());
  }

  @Test
  void csvDelimiterTitleAndHeaderAreDetected() throws Exception {
    String csv = "Zembla mobile market (thousands)\n\nOperator;2018;2019\nZemCell;1 200;1 310\nIslaNet;800;\"905\"\n"
        + "Source: regulator's yearly report\n";
    DocumentModel m = read(Format.CSV, csv.getBytes(StandardCharsets.UTF_8));
    Table t = m.tables().get(0);
    assertEquals("Zembla mobile market (thousands)", t.caption());
    assertEquals(List.of("Source: regulator's yearly report"), t.notes());
    assertEquals(1, t.headerRows());
    assertEquals(1, t.headerCols());
    assertEquals("905", t.cell(2, 2).text());
    assertEquals("table 1 R3C3", t.cell(2, 2).ref());
    DocumentModel tsv = read(Format.TSV, "Year\tFixed lines\n2018\t320000\n2019\t310000\n"
        .getBytes(StandardCharsets.UTF_8));
    Table tt = tsv.tables().get(0);
    assertEquals(1, tt.headerRows());
    assertEquals(1, tt.headerCols(), "the years label the rows (the period axis)");
    assertEquals("310000", tt.cell(2, 1).text());
  }

  @Test
  void htmlTableHeadersSpansAndLayoutTables() throws Exception {
    String html = "<html><head><title>Zembla</title></head><body><h2>Market</h2><p>Mobile use grew quickly.</p>"
        + "<table><caption>Subscriptions ('000)</caption><thead><tr><th rowspan=2>Service</th>"
        + "<th colspan=2>Year</th></tr><tr><th>2018</th><th>2019</th></tr></thead>"
        + "<tbody><tr><th>Mobile</th><td>2,400</td><td>2,650</td></tr>"
        + "<tr><th>Fixed</th><td>320</td><td>310</td></tr></tbody>"
        + "<tfoot><tr><td colspan=3>Source: regulator</td></tr></tfoot></table>"
        + "<table><tr><td><p>Layout cell text.</p><table><tr><td>Year</td><td>Users</td></tr>"
        + "<tr><td>2019</td><td>1,340</td></tr></table></td></tr></table></body></html>";
    DocumentModel m = read(Format.HTML, html.getBytes(StandardCharsets.UTF_8));
    assertEquals("Zembla", m.title());
    assertEquals(2, m.tables().size(), "the layout table is not a table; the one inside it is");
    Table t = m.tables().get(0);
    assertEquals("Subscriptions ('000)", t.caption());
    assertEquals(2, t.headerRows());
    assertEquals(1, t.headerCols());
    assertEquals(List.of("Service", "Year", "Year"), t.rows().get(0).stream().map(c -> c.text()).toList());
    assertEquals(List.of("Service", "2018", "2019"), t.rows().get(1).stream().map(c -> c.text()).toList());
    assertEquals("table 1 R4C3", t.cell(3, 2).ref());
    assertEquals("310", t.cell(3, 2).text());
    assertEquals(List.of("Source: regulator"), t.notes());
    assertEquals("Market", t.section());
    assertTrue(m.text().contains("Mobile | 2,400 | 2,650\n"), m.text());
    assertTrue(m.text().contains("Layout cell text."));
    assertEquals(1, m.tables().get(1).headerRows());
    assertNull(read(Format.TEXT, "plain".getBytes(StandardCharsets.UTF_8)).title());
  }
  @Test
  void pdfWrappedLinesAreJoinedAndAListKeepsOneItemALine() throws Exception {
    List<org.telecomgrowth.bench.DocumentWriter.PdfText> page = new java.util.ArrayList<>();
    float[] next = new float[1];
    page.addAll(org.telecomgrowth.bench.DocumentWriter.column(List.of("The ministry of Zembla published its yearly "
        + "review of the sector, which counts subscriptions at the end of each quarter and compares them with the "
        + "year before."), 60, 80, 470, 10, next));
    float y = next[0];
    for (String item : List.of("• Mobile subscriptions – 2.1 million to 2.3 million", "• Fixed lines – 140,000 to "
        + "131,500", "Internet users 1.2 million", "Broadband lines 90,400")) {
      page.add(new org.telecomgrowth.bench.DocumentWriter.PdfText(60, y, 10, item));
      y += 13;
    }
    page.add(new org.telecomgrowth.bench.DocumentWriter.PdfText(290, 800, 9, "12"));
    String t = read(Format.PDF, org.telecomgrowth.bench.DocumentWriter.pdf(List.of(page))).text();
    assertTrue(t.contains("its yearly review of the sector, which counts subscriptions at the end of each quarter and "
        + "compares them with the year before.\n"), t);
    assertTrue(t.contains("\n• Mobile subscriptions – 2.1 million to 2.3 million\n• Fixed lines – 140,000 to 131,500\n"
        + "Internet users 1.2 million\nBroadband lines 90,400\n"), t);
    // a lone figure at the foot that is not the page's number is text
    assertTrue(t.strip().endsWith("12"), t);
  }

  @Test
  void pdfAPageOfShortRowsIsNotReadAsWrappedAndAListGoesOnAcrossThePageBreak() throws Exception {
    List<org.telecomgrowth.bench.DocumentWriter.PdfText> first = new java.util.ArrayList<>();
    List<org.telecomgrowth.bench.DocumentWriter.PdfText> second = new java.util.ArrayList<>();
    String[] rows = {"Zembla network statistics, 2003", "MONTH JAN FEB MAR", "Mobile subscribers 51,000 53,400 55,050",
        "Mobile penetration 11.2 11.6 12.0", "Fixed lines 20,100 20,050 19,980"};
    for (int r = 0; r < rows.length; r++) {
      first.add(new org.telecomgrowth.bench.DocumentWriter.PdfText(60, 80 + 13 * r, 10, rows[r]));
    }
    first.add(new org.telecomgrowth.bench.DocumentWriter.PdfText(60, 770, 10, "Operators"));
    first.add(new org.telecomgrowth.bench.DocumentWriter.PdfText(60, 783, 10, "Zembla Telecom"));
    second.add(new org.telecomgrowth.bench.DocumentWriter.PdfText(60, 60, 10, "Zemcell"));
    second.add(new org.telecomgrowth.bench.DocumentWriter.PdfText(60, 73, 10, "Total 3"));
    String t = read(Format.PDF, org.telecomgrowth.bench.DocumentWriter.pdf(List.of(first, second))).text();
    assertTrue(t.contains("MONTH JAN FEB MAR\nMobile subscribers 51,000 53,400 55,050\nMobile penetration 11.2 11.6 12.0\n"
        + "Fixed lines"), t);
    assertTrue(t.contains("Operators\nZembla Telecom\nZemcell\nTotal 3"), t);
  }

  @Test
  void aPdfPageNumberIsTheFigureOfThePageOrAWordedOne() {
    assertTrue(PdfPageLayout.isPageNumber("3", 3));
    assertTrue(PdfPageLayout.isPageNumber("- 3 -", 5));
    assertTrue(PdfPageLayout.isPageNumber("Page 4 of 9", 2));
    assertFalse(PdfPageLayout.isPageNumber("88", 3));
    assertFalse(PdfPageLayout.isPageNumber("2014", 1));
  }
}
