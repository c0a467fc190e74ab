package org.telecomgrowth.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.telecomgrowth.bench.DocumentWriter.Formula;
import org.telecomgrowth.bench.DocumentWriter.PdfText;
import org.telecomgrowth.bench.DocumentWriter.Sheet;

/**
 * Writes the bundled examples of each published format ({@code datasets/documents/formats/}): one small PDF, XLSX,
 * DOCX, CSV and HTML document about Zembla, an invented island state, with invented figures, so a fresh clone's
 * {@code ./run.sh} shows every reader. Usage: {@code FormatExamples DIR}.
 */
public final class FormatExamples {
  private FormatExamples() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "datasets/documents/formats");
    Files.createDirectories(dir);
    Files.write(dir.resolve("zembla_market_review.pdf"), pdf());
    Files.write(dir.resolve("zembla_indicators.xlsx"), xlsx());
    Files.write(dir.resolve("zembla_regulator_note.docx"), docx());
    Files.writeString(dir.resolve("zembla_operators.csv"), csv(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("zembla_broadband.html"), html(), StandardCharsets.UTF_8);
  }

  static byte[] pdf() {
    List<PdfText> page1 = new ArrayList<>();
    page1.add(new PdfText(60, 70, 16, "Zembla telecommunications market review"));
    List<PdfText> left = DocumentWriter.column(List.of(
        "Zembla is an invented island state used to show how the pipeline reads a PDF laid out in two columns.",
        "Mobile subscriptions in Zembla reached 1.9 million in 2021, up from 1.7 million a year earlier."), 60, 110,
        220, 10, null);
    List<PdfText> right = DocumentWriter.column(List.of(
        "Fixed telephone lines fell to 145,000 in 2021 as more homes relied on mobile phones alone.",
        "In 2021, 62% of the population used the internet, according to the invented regulator."), 310, 110, 220,
        10, null);
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      if (i < left.size()) {
        page1.add(left.get(i));
      }
      if (i < right.size()) {
        page1.add(right.get(i));
      }
    }
    page1.add(new PdfText(292, 810, 9, "1"));
    List<PdfText> page2 = new ArrayList<>();
    page2.add(new PdfText(60, 70, 11, "Table 1: Subscriptions by service (thousands)"));
    String[][] rows = {{"Service", "2020", "2021"}, {"Mobile subscriptions", "1,700", "1,900"},
        {"Fixed telephone lines", "152", "145"}, {"Fixed broadband subscriptions", "61", "74"}};
    float y = 95;
    for (String[] r : rows) {
      page2.add(new PdfText(60, y, 10, r[0]));
      page2.add(new PdfText(330 - DocumentWriter.width(r[1], 10), y, 10, r[1]));
      page2.add(new PdfText(430 - DocumentWriter.width(r[2], 10), y, 10, r[2]));
      y += 16;
    }
    page2.add(new PdfText(292, 810, 9, "2"));
    return DocumentWriter.pdf(List.of(page1, page2));
  }

  static byte[] xlsx() {
    List<List<Object>> subs = List.of(
        List.of("Zembla subscriptions (thousands)"),
        Arrays.asList("Indicator", "Year", null, null),
        Arrays.asList(null, "2019", "2020", "2021"),
        List.of("Mobile subscriptions", 1550, 1700, 1900),
        List.of("Fixed telephone lines", 160, 152, 145),
        List.of("Source: invented figures for the example"));
    List<List<Object>> shares = List.of(
        List.of("Indicator", "2020", "2021"),
        List.of("Individuals using the internet", 0.575, 0.62),
        List.of("Households with internet access", new Formula("0.3+0.11"), 0.46));
    return DocumentWriter.xlsx(List.of(
        new Sheet("Subscriptions", subs, List.of("A1:D1", "B2:D2", "A2:A3"), Map.of(1, "#,##0", 2, "#,##0",
            3, "#,##0"), false),
        new Sheet("Shares", shares, List.of(), Map.of(1, "0.0%", 2, "0.0%"), false)));
  }

  static byte[] docx() {
    return DocumentWriter.docx(List.of(
        "# Zembla regulator's note on mobile services",
        "This note about Zembla, an invented island state, shows how headings, paragraphs and tables of a Word "
            + "document are read.",
        "## Mobile market",
        "The mobile operators of Zembla served 1.9 million subscriptions in 2021.",
        "Table 1: Mobile market (thousands)",
        List.of(List.of("Indicator", "2020", "2021"), List.of("Mobile broadband subscriptions", "640", "820"),
            List.of("Mobile subscriptions", "1,700", "1,900")),
        "The regulator will publish its next note in 2023."));
  }

  static String csv() {
    return "Zembla broadband (thousands)\n"
        + "Indicator;2019;2020;2021\n"
        + "Fixed broadband subscriptions;50;61;74\n"
        + "Mobile broadband subscriptions;510;640;820\n"
        + "Source: invented figures for the example\n";
  }

  static String html() {
    return "<!DOCTYPE html><html><head><title>Zembla broadband</title></head><body>\n"
        + "<h1>Zembla broadband</h1>\n"
        + "<p>Zembla, an invented island state, counted 74,000 fixed broadband subscriptions in 2021.</p>\n"
        + "<table><caption>Internet use in Zembla (percent of the population)</caption>\n"
        + "<thead><tr><th rowspan=\"2\">Indicator</th><th colspan=\"2\">Year</th></tr>"
        + "<tr><th>2020</th><th>2021</th></tr></thead>\n"
        + "<tbody><tr><th>Individuals using the internet</th><td>57.5%</td><td>62%</td></tr></tbody>\n"
        + "<tfoot><tr><td colspan=\"3\">Source: invented figures for the example</td></tr></tfoot></table>\n"
        + "</body></html>\n";
  }
}
