package org.telecomgrowth.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and date wording shared by charts, captions and the HTML, always in Locale.ROOT. */
final class Formats {
  private Formats() {}

  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ROOT);

  /** 3000000 -> "3M", 1180000 -> "1.18M", 120000 -> "120k", 98 -> "98". */
  static String compact(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return trim(v / 1e9) + "B";
    }
    if (a >= 1e6) {
      return trim(v / 1e6) + "M";
    }
    if (a >= 1e3) {
      return trim(v / 1e3) + "k";
    }
    return trim(v);
  }

  /** Up to two decimals, no trailing zeros. */
  static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** 3000000 -> "3,000,000"; fractions keep up to two decimals. */
  static String grouped(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.2f", v);
  }

  /** A CAGR fraction as a percentage: 0.853 -> "85.3%", 14.6 -> "1,460%" (a tenth of a point is noise there). */
  static String percent(double fraction) {
    double p = fraction * 100;
    return Math.abs(p) >= 100 ? String.format(Locale.ROOT, "%,.0f%%", p) : String.format(Locale.ROOT, "%.1f%%", p);
  }

  static String monthYear(LocalDate d) {
    return d == null ? "undated" : MONTH_YEAR.format(d);
  }

  /** A period as a reader says it: a whole year -> "2015", a whole month -> "Nov 2003", else the ISO dates. */
  static String period(LocalDate start, LocalDate end) {
    if (start == null) {
      return "undated";
    }
    if (end == null || end.equals(start)) {
      return start.toString();
    }
    if (start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31) {
      return start.getYear() == end.getYear() ? Integer.toString(start.getYear())
          : start.getYear() + "\u2013" + end.getYear();
    }
    if (start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
      return monthYear(start);
    }
    return start + " \u2013 " + end;
  }

  /** The sign a bound puts before a figure: at_least -> "≥", at_most -> "≤", approx -> "~". */
  static String boundSign(String qualifier) {
    switch (qualifier == null ? "" : qualifier) {
      case "at_least":
        return "\u2265";
      case "at_most":
        return "\u2264";
      case "approx":
        return "~";
      default:
        return "";
    }
  }
}
