package org.telecomgrowth.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What the growth_rates chart draws: one bar per consecutive pair and per segment of a metric's series. Pairs that
 * cross a regime break are left out (and counted) because their rate averages over the break.
 */
public record GrowthChartData(String metric, List<Bar> bars, int omittedCrossingBreak, int omittedFlagged) {

  public GrowthChartData(String metric, List<Bar> bars, int omittedCrossingBreak) {
    this(metric, bars, omittedCrossingBreak, 0);
  }

  /** cagr as a fraction (0.5 = 50 %); kind pair or segment. */
  public record Bar(String label, String kind, String seriesLabel, LocalDate from, LocalDate to, double cagr,
      String qualifier, String evidenceRef) {
    public boolean lowerBound() {
      return "at_least".equals(qualifier);
    }

    public boolean upperBound() {
      return "at_most".equals(qualifier);
    }
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  public static GrowthChartData from(String metric, List<Row> growth) {
    List<Bar> bars = new ArrayList<>();
    int omitted = 0;
    int flagged = 0;
    for (Row r : growth) {
      String kind = RowValues.str(r, "kind");
      if (!"pair".equals(kind) && !"segment".equals(kind)) {
        continue;
      }
      Double cagr = RowValues.dbl(r, "cagr");
      if (cagr == null || cagr.isNaN()) {
        continue;
      }
      if (RowValues.bool(r, "crosses_break")) {
        omitted++;
        continue;
      }
      // Under a year, or above 300 % a year: not drawn as an annual rate (growth.csv keeps it with its flag).
      if (!RowValues.str(r, "flag").isBlank()) {
        flagged++;
        continue;
      }
      LocalDate from = RowValues.date(r, "from_date");
      LocalDate to = RowValues.date(r, "to_date");
      String series = SubscriberChartData.seriesLabel(RowValues.str(r, "source"), RowValues.str(r, "country_iso3"),
          RowValues.str(r, "scope"), false);
      String label = series + ": " + Formats.monthYear(from) + " \u2192 " + Formats.monthYear(to)
          + ("segment".equals(kind) ? " (segment)" : "");
      bars.add(new Bar(label, kind, series, from, to, cagr, RowValues.str(r, "qualifier"),
          RowValues.str(r, "evidence_ref")));
    }
    bars.sort(Comparator.comparing(Bar::seriesLabel)
        .thenComparing(b -> "segment".equals(b.kind()))
        .thenComparing(Bar::from, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Bar::label));
    return new GrowthChartData(metric, dedupe(bars), omitted, flagged);
  }

  /** Category labels must be unique in a JFreeChart category dataset; a repeated label gets a counter. */
  private static List<Bar> dedupe(List<Bar> bars) {
    List<Bar> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Bar b : bars) {
      String label = b.label();
      for (int i = 2; !seen.add(label); i++) {
        label = b.label() + " #" + i;
      }
      out.add(label.equals(b.label()) ? b
          : new Bar(label, b.kind(), b.seriesLabel(), b.from(), b.to(), b.cagr(), b.qualifier(), b.evidenceRef()));
    }
    return List.copyOf(out);
  }
}
