package org.telecomgrowth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.telecomgrowth.bench.DocumentWriter.PdfText;
import org.telecomgrowth.bench.DocumentWriter.Sheet;

/**
 * Generated PDF, XLSX and XLS documents for the benchmark's formats part (deterministic for a seed): a PDF is ten pages
 * of two-column prose about invented countries with a table of figures on every page; a workbook is two sheets of
 * indicators by year with thousands and percent formats.
 */
public final class FormatCorpus {
  private FormatCorpus() {}

  private static final String[] METRICS = {"mobile subscriptions", "fixed telephone lines", "internet users",
      "fixed broadband subscriptions", "mobile broadband subscriptions"};

  /** Documents of {@code kind} ("pdf", "xlsx" or "xls", the same sheets as the XLSX) until their bytes add up to {@code bytes}. */
  public static List<byte[]> generate(String kind, long bytes, long seed) {
    Random r = new Random(seed);
    List<byte[]> out = new ArrayList<>();
    long total = 0;
    int n = 0;
    while (total < bytes) {
      byte[] d = switch (kind) {
        case "pdf" -> pdf(r, n++);
        case "xlsx" -> xlsx(r, n++, false);
        case "xls" -> xlsx(r, n++, true);
        default -> throw new IllegalArgumentException("no generated " + kind);
      };
      out.add(d);
      total += d.length;
    }
    return out;
  }

  static byte[] pdf(Random r, int n) {
    List<List<PdfText>> pages = new ArrayList<>();
    for (int p = 0; p < 10; p++) {
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        left.add(sentence(r, n));
        right.add(sentence(r, n));
      }
      List<PdfText> page = new ArrayList<>();
      page.add(new PdfText(60, 60, 14, "Country " + n + " market review, part " + (p + 1)));
      float[] below = new float[1];
      page.addAll(DocumentWriter.column(left, 60, 95, 220, 9, below));
      float y = below[0];
      page.addAll(DocumentWriter.column(right, 310, 95, 220, 9, below));
      y = Math.max(y, below[0]) + 20;
      page.add(new PdfText(60, y, 10, "Table " + (p + 1) + ": Indicators (thousands)"));
      y += 20;
      page.add(new PdfText(60, y, 9, "Indicator"));
      for (int c = 0; c < 4; c++) {
        page.add(new PdfText(300 + 60 * c, y, 9, String.valueOf(2015 + c)));
      }
      for (String m : METRICS) {
        y += 14;
        page.add(new PdfText(60, y, 9, capital(m)));
        for (int c = 0; c < 4; c++) {
          String v = String.format(Locale.US, "%,d", 50 + r.nextInt(5000));
          page.add(new PdfText(330 + 60 * c - DocumentWriter.width(v, 9), y, 9, v));
        }
      }
      page.add(new PdfText(292, 810, 8, String.valueOf(p + 1)));
      pages.add(page);
    }
    return DocumentWriter.pdf(pages);
  }

  static byte[] xlsx(Random r, int n, boolean binary) {
    List<List<Object>> counts = new ArrayList<>();
    counts.add(List.of("Country " + n + " indicators (thousands)"));
    List<Object> header = new ArrayList<>(List.of("Indicator"));
    for (int y = 2000; y < 2024; y++) {
      header.add(String.valueOf(y));
    }
    counts.add(header);
    Map<Integer, String> thousands = new java.util.HashMap<>();
    Map<Integer, String> percent = new java.util.HashMap<>();
    for (int c = 1; c <= 24; c++) {
      thousands.put(c, "#,##0");
      percent.put(c, "0.0%");
    }
    List<List<Object>> shares = new ArrayList<>();
    shares.add(header);
    for (int i = 0; i < 200; i++) {
      List<Object> row = new ArrayList<>(List.of(capital(METRICS[i % METRICS.length]) + " in region " + i));
      List<Object> share = new ArrayList<>(List.of("Internet users share in region " + i));
      for (int y = 0; y < 24; y++) {
        row.add(100 + r.nextInt(90_000));
        share.add(r.nextInt(1000) / 1000.0);
      }
      counts.add(row);
      shares.add(share);
    }
    List<Sheet> sheets = List.of(new Sheet("Counts", counts, List.of("A1:Y1"), thousands, false),
        new Sheet("Shares", shares, List.of(), percent, false));
    return binary ? DocumentWriter.xls(sheets) : DocumentWriter.xlsx(sheets);
  }

  private static String sentence(Random r, int n) {
    String m = METRICS[r.nextInt(METRICS.length)];
    int year = 2005 + r.nextInt(18);
    return switch (r.nextInt(3)) {
      case 0 -> String.format(Locale.US, "In %d the number of %s in Country %d reached %.1f million, the "
          + "regulator said in its yearly report.", year, m, n, 0.5 + r.nextInt(200) / 10.0);
      case 1 -> String.format(Locale.US, "There were %,d %s at the end of %d, after a year of steady growth in "
          + "the towns.", 10_000 + r.nextInt(900_000), m, year);
      default -> String.format(Locale.US, "Operators reported that %s grew by %d%% in %d as prices fell and "
          + "coverage widened.", m, 2 + r.nextInt(30), year);
    };
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
