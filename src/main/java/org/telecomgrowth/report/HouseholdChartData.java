package org.telecomgrowth.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** What the household_penetration chart draws: stated shares of households with an item, per survey year and scope. */
public record HouseholdChartData(List<Bar> bars) {

  /** group is "2017 · national"; item is the reader's word for the metric ("mobile phone"). */
  public record Bar(String item, String group, int year, String scope, double percent, String evidenceRef) {}

  /** Reading order of the items, most common first as surveys list them; unknown items follow. */
  private static final Map<String, String> ITEMS = orderedItems();

  private static Map<String, String> orderedItems() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("households_with_tv", "TV set");
    m.put("households_with_radio", "radio");
    m.put("households_with_mobile_phone", "mobile phone");
    m.put("households_with_computer", "computer");
    m.put("households_with_intranet_access", "intranet access");
    m.put("households_with_internet", "Internet access");
    return m;
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  public static String itemLabel(String metric) {
    String known = ITEMS.get(metric);
    return known != null ? known : metric.replaceFirst("^households_with_", "").replace('_', ' ');
  }

  private static int itemRank(String metric) {
    int i = new ArrayList<>(ITEMS.keySet()).indexOf(metric);
    return i < 0 ? ITEMS.size() : i;
  }

  /** @param penetration penetration rows; kept: kind stated, unit percent, metric households_with_* */
  public static HouseholdChartData from(List<Row> penetration) {
    List<Row> kept = new ArrayList<>();
    for (Row r : penetration) {
      String metric = RowValues.str(r, "metric");
      if (metric.startsWith("households_with_") && "percent".equals(RowValues.str(r, "unit"))
          && !"derived".equals(RowValues.str(r, "kind")) && RowValues.dbl(r, "value") != null) {
        kept.add(r);
      }
    }
    kept.sort(Comparator.comparing((Row r) -> itemRank(RowValues.str(r, "metric")))
        .thenComparing(r -> RowValues.str(r, "metric"))
        .thenComparing(r -> yearOf(r))
        .thenComparing(r -> "national".equals(RowValues.str(r, "scope")) ? "" : RowValues.str(r, "scope")));
    List<Bar> bars = new ArrayList<>();
    for (Row r : kept) {
      int year = yearOf(r);
      String scope = RowValues.str(r, "scope").isBlank() ? "national" : RowValues.str(r, "scope");
      Bar b = new Bar(itemLabel(RowValues.str(r, "metric")), year + " \u00b7 " + scope, year, scope,
          RowValues.dbl(r, "value"), RowValues.str(r, "evidence_ref"));
      // One bar per item and group: a second statement of the same share adds nothing to the chart.
      if (bars.stream().noneMatch(x -> x.item().equals(b.item()) && x.group().equals(b.group()))) {
        bars.add(b);
      }
    }
    return new HouseholdChartData(List.copyOf(bars));
  }

  static int yearOf(Row r) {
    Integer y = RowValues.integer(r, "year");
    if (y != null) {
      return y;
    }
    java.time.LocalDate d = RowValues.date(r, "date");
    return d == null ? 0 : d.getYear();
  }
}
