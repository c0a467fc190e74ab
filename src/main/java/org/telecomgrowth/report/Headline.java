package org.telecomgrowth.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;

/** A figure at the top of the report: label, value as shown, where and when, and the sentence it comes from. */
public record Headline(String label, String value, String detail, String evidenceRef) {

  /** Latest subscribers, whole-span CAGR, latest per-100 figure and the latest household shares, when known. */
  public static List<Headline> from(SubscriberChartData subs, List<Row> growth, List<Row> penetration,
      HouseholdChartData households) {
    List<Headline> out = new ArrayList<>();
    subs.allPoints().stream()
        .max(Comparator.comparing(SubscriberChartData.Point::date)
            .thenComparing(SubscriberChartData.Point::value))
        .ifPresent(p -> out.add(new Headline("Latest mobile subscribers",
            Formats.boundSign(p.qualifier()) + Formats.grouped(p.value()),
            Formats.monthYear(p.date()) + " (period midpoint)", p.evidenceRef())));

    growth.stream()
        .filter(r -> "span".equals(RowValues.str(r, "kind")) && RowValues.dbl(r, "cagr") != null
            && RowValues.dbl(r, "years") != null && RowValues.str(r, "flag").isBlank())
        .max(Comparator.comparing((Row r) -> RowValues.dbl(r, "years"))
            .thenComparing(r -> RowValues.str(r, "series_id"), Comparator.reverseOrder()))
        .ifPresent(r -> out.add(new Headline("Whole-span growth (CAGR)",
            Formats.boundSign(RowValues.str(r, "qualifier")) + Formats.percent(RowValues.dbl(r, "cagr")) + " a year",
            Formats.monthYear(RowValues.date(r, "from_date")) + " \u2192 "
                + Formats.monthYear(RowValues.date(r, "to_date")) + ", "
                + SubscriberChartData.seriesLabel(RowValues.str(r, "source"), "", "", false),
            RowValues.str(r, "evidence_ref"))));

    penetration.stream()
        .filter(r -> "per_100_inhabitants".equals(RowValues.str(r, "unit"))
            && "national".equals(RowValues.str(r, "scope"))
            && (ReportCharts.MOBILE_SUBSCRIBERS.equals(RowValues.str(r, "base_metric"))
                || "mobile_subscribers_per_100".equals(RowValues.str(r, "metric")))
            && RowValues.dbl(r, "value") != null)
        .max(Comparator.comparing((Row r) -> dateOf(r))
            .thenComparing(r -> "derived".equals(RowValues.str(r, "kind"))))
        .ifPresent(r -> out.add(new Headline("Mobile subscriptions per 100 inhabitants",
            Formats.trim(Math.round(RowValues.dbl(r, "value") * 10) / 10.0),
            HouseholdChartData.yearOf(r) + ("derived".equals(RowValues.str(r, "kind"))
                ? ", subscribers / population \u00d7 100" : ", as stated"),
            RowValues.str(r, "evidence_ref"))));

    int latest = households.bars().stream().mapToInt(HouseholdChartData.Bar::year).max().orElse(0);
    for (HouseholdChartData.Bar b : households.bars()) {
      if (b.year() != latest || !"national".equals(b.scope())) {
        continue;
      }
      StringBuilder detail = new StringBuilder(b.year() + ", national");
      for (HouseholdChartData.Bar other : households.bars()) {
        if (other.year() == latest && other.item().equals(b.item()) && !"national".equals(other.scope())) {
          detail.append("; ").append(Formats.trim(other.percent())).append("% in ").append(other.scope());
        }
      }
      out.add(new Headline("Households with " + b.item(), Formats.trim(b.percent()) + "%", detail.toString(),
          b.evidenceRef()));
    }
    return out;
  }

  private static LocalDate dateOf(Row r) {
    LocalDate d = RowValues.date(r, "date");
    return d != null ? d : LocalDate.of(HouseholdChartData.yearOf(r), 7, 2);
  }
}
