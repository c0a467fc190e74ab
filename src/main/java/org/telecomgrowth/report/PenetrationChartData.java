package org.telecomgrowth.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/** What the per_100_inhabitants chart draws: one line per base metric (and kind) over time. */
public record PenetrationChartData(List<Line> lines, java.util.Set<String> populationSources) {

  public PenetrationChartData(List<Line> lines) {
    this(lines, java.util.Set.of());
  }

  public record Point(LocalDate date, double value, boolean estimated, String evidenceRef) {}

  public record Line(String label, List<Point> points) {}

  public boolean isEmpty() {
    return lines.stream().allMatch(l -> l.points().isEmpty());
  }

  /** @param penetration penetration rows; kept: unit per_100_inhabitants */
  public static PenetrationChartData from(List<Row> penetration) {
    Map<String, List<Point>> byLine = new TreeMap<>();
    for (Row r : penetration) {
      if (!"per_100_inhabitants".equals(RowValues.str(r, "unit")) || RowValues.dbl(r, "value") == null) {
        continue;
      }
      LocalDate d = RowValues.date(r, "date");
      if (d == null) {
        Integer y = RowValues.integer(r, "year");
        if (y == null) {
          continue;
        }
        d = LocalDate.of(y, 7, 2);
      }
      String base = RowValues.str(r, "base_metric").isBlank() ? RowValues.str(r, "metric")
          : RowValues.str(r, "base_metric");
      String label = base.replace('_', ' ');
      if ("stated".equals(RowValues.str(r, "kind"))) {
        label += " (as stated)";
      }
      String scope = RowValues.str(r, "scope");
      if (!scope.isBlank() && !"national".equals(scope)) {
        label += " (" + scope + ")";
      }
      String source = RowValues.str(r, "source");
      if (!source.isBlank()) {
        label += ", " + source;
      }
      byLine.computeIfAbsent(label, k -> new ArrayList<>())
          .add(new Point(d, RowValues.dbl(r, "value"), RowValues.bool(r, "estimated"),
              RowValues.str(r, "evidence_ref")));
    }
    List<Line> lines = new ArrayList<>();
    byLine.forEach((label, pts) -> {
      pts.sort(Comparator.comparing(Point::date));
      lines.add(new Line(label, List.copyOf(pts)));
    });
    return new PenetrationChartData(List.copyOf(lines), PopulationSources.used(penetration));
  }
}
