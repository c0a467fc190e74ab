package org.telecomgrowth.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A ban drawn as a shaded band, from rows of the breaks table: each ban once, from its first day to its last (the
 * day before the relaunch or the stated end that closes it); a ban nothing closes is shaded over its first year.
 */
public record RegimeBand(LocalDate start, LocalDate end, String label, String evidenceRef) {

  public static List<RegimeBand> from(List<Row> breaks) {
    List<RegimeBand> bands = new ArrayList<>();
    for (Row r : breaks) {
      String kind = RowValues.str(r, "kind");
      LocalDate s = RowValues.date(r, "ban_start");
      if (s == null || kind == null || !kind.contains("ban_start")) {
        continue;
      }
      LocalDate e = RowValues.date(r, "ban_end");
      LocalDate end = e == null ? LocalDate.of(s.getYear(), 12, 31) : e;
      String label = e == null ? "ban from " + side(s, true) : span(s, end);
      RegimeBand b = new RegimeBand(s, end, label, RowValues.str(r, "evidence_ref"));
      if (bands.stream().noneMatch(x -> x.start().equals(b.start()) && x.end().equals(b.end()))) {
        bands.add(b);
      }
    }
    bands.sort(Comparator.comparing(RegimeBand::start));
    return List.copyOf(bands);
  }

  /** "ban 2004–2008", "ban 2004 – Nov 2008" (closed by a relaunch in December), "ban Mar 2011". */
  static String span(LocalDate s, LocalDate e) {
    String a = side(s, true);
    String b = side(e, false);
    if (a.equals(b)) {
      return "ban " + a;
    }
    return a.length() == 4 && b.length() == 4 ? "ban " + a + "\u2013" + b : "ban " + a + " \u2013 " + b;
  }

  /** A year when the day opens (or closes) it, else the month. */
  private static String side(LocalDate d, boolean start) {
    boolean wholeYear = start ? d.getDayOfYear() == 1 : d.getMonthValue() == 12 && d.getDayOfMonth() == 31;
    return wholeYear ? Integer.toString(d.getYear()) : Formats.monthYear(d);
  }
}
