package org.telecomgrowth.extract.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.telecomgrowth.bench.DocumentWriter;
import org.telecomgrowth.bench.DocumentWriter.Formula;
import org.telecomgrowth.bench.DocumentWriter.PdfText;
import org.telecomgrowth.bench.DocumentWriter.Sheet;

/** Documents the format tests build (own words and numbers about an invented country, Zembla). */
final class Fixtures {
  private Fixtures() {}

  static final List<String> LEFT = List.of(
      "Zembla is a small island state whose telephone network was opened to competition in 2009.",
      "In 2018 the number of mobile subscriptions in Zembla reached 2.4 million, served by three operators.");
  static final List<String> RIGHT = List.of(
      "Fixed telephone lines declined to 310,000 in 2019 as households moved to mobile service.",
      "Internet users numbered 1.34 million in 2019, according to the regulator.");

  /**
   * Page 1: a title across the page, then two columns drawn line by line alternating left and right (content order
   * is not reading order). Page 2: a table of key indicators with its caption, then a closing paragraph.
   */
  static byte[] twoColumnPdfWithTable() {
    List<PdfText> page1 = new ArrayList<>();
    page1.add(new PdfText(60, 70, 16, "Telecommunications in Zembla"));
    List<PdfText> left = DocumentWriter.column(LEFT, 60, 110, 220, 10, null);
    List<PdfText> right = DocumentWriter.column(RIGHT, 310, 110, 220, 10, null);
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      if (i < left.size()) {
        page1.add(left.get(i));
      }
      if (i < right.size()) {
        page1.add(right.get(i));
      }
    }
    page1.add(new PdfText(290, 800, 9, "1"));
    List<PdfText> page2 = new ArrayList<>();
    page2.add(new PdfText(60, 70, 11, "Table 1: Key indicators (thousands)"));
    String[][] rows = {{"Indicator", "2018", "2019"}, {"Mobile subscriptions", "2,400", "2,650"},
        {"Fixed lines", "320", "310"}, {"Internet users", "1,100", "1,340"}};
    float y = 95;
    for (String[] r : rows) {
      page2.add(new PdfText(60, y, 10, r[0]));
      page2.add(new PdfText(300 - DocumentWriter.width(r[1], 10), y, 10, r[1]));
      page2.add(new PdfText(400 - DocumentWriter.width(r[2], 10), y, 10, r[2]));
      y += 16;
    }
    page2.addAll(DocumentWriter.column(List.of("The regulator expects further growth in mobile data use."), 60,
        y + 30, 470, 10, null));
    page2.add(new PdfText(290, 800, 9, "2"));
    return DocumentWriter.pdf(List.of(page1, page2));
  }

  /**
   * Two sheets: "Indicators" with a merged title row, a merged header over two years, subscriptions with a
   * thousands format, a penetration column formatted as percent and computed by a formula, and a formula whose
   * cached value is an error; "Notes" with a sentence. A third sheet is hidden.
   */
  static byte[] workbook() {
    return DocumentWriter.xlsx(workbookSheets());
  }

  /** The same sheets as an Excel 97-2003 (.xls) workbook. */
  static byte[] workbookXls() {
    return DocumentWriter.xls(workbookSheets());
  }

  static List<Sheet> workbookSheets() {
    List<List<Object>> indicators = List.of(
        List.of("Zembla key indicators (thousands)"),
        java.util.Arrays.asList("Indicator", "Year", null),
        List.of("", "2018", "2019"),
        List.of("Mobile subscriptions", 2400, 2650),
        List.of("Fixed lines", 320, 310),
        java.util.Arrays.asList("Broken ratio", new Formula("B4/0"), null));
    List<List<Object>> shares = List.of(
        List.of("Indicator", "2019"),
        List.of("Mobile penetration", 0.532),
        List.of("Household internet access", new Formula("0.25+0.125")));
    return List.of(
        new Sheet("Indicators", indicators, List.of("A1:C1", "B2:C2", "A2:A3"), Map.of(1, "#,##0", 2, "#,##0"),
            false),
        new Sheet("Shares", shares, List.of(), Map.of(1, "0.0%"), false),
        new Sheet("Scratch", List.of(List.of("Old draft", 999)), List.of(), Map.of(), true));
  }

  static byte[] docx() {
    return DocumentWriter.docx(List.of(
        "# Telecommunications in Zembla",
        "Zembla opened its mobile market in 2009.",
        "## Subscribers",
        "Mobile subscriptions reached 2.4 million in 2018.",
        "Table 2: Fixed lines",
        List.of(List.of("Indicator", "2018", "2019"), List.of("Fixed lines", "320,000", "310,000")),
        "The regulator publishes these figures each year."));
  }
}
