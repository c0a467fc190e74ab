package org.telecomgrowth.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * What the timeline chart draws: numbered milestones in one lane per category. Within a lane, a milestone whose
 * mark and number label would touch the previous one moves to a new row, so no two labels overlap; the report's
 * events table explains each number.
 */
public record TimelineChartData(List<Milestone> milestones, List<String> rowLabels) {

  /** row is the y position (0 at the top); number is the label drawn beside the mark and used in the report. */
  public record Milestone(int number, LocalDate start, LocalDate end, String category, int row, String sentence,
      String evidenceRef) {}

  /** Fixed lane order so the colours and rows do not move between runs. */
  public static final List<String> CATEGORY_ORDER = List.of("launch", "service", "link", "agreement", "policy",
      "ban", "other");

  /** Width of a number label plus a gap, in days, at the chart's scale (about 20 px per year over 50 years). */
  static final long LABEL_DAYS = 700;
  /** Short events still get a visible mark this wide. */
  static final long MIN_MARK_DAYS = 120;

  public boolean isEmpty() {
    return milestones.isEmpty();
  }

  public static TimelineChartData from(List<Row> events) {
    List<Row> dated = new ArrayList<>();
    for (Row r : events) {
      if (RowValues.date(r, "period_start") != null) {
        dated.add(r);
      }
    }
    dated.sort(Comparator.comparing((Row r) -> RowValues.date(r, "period_start"))
        .thenComparing(r -> RowValues.str(r, "doc_id"))
        .thenComparing(r -> RowValues.integer(r, "sentence_index"), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(r -> RowValues.str(r, "category")));

    Map<String, List<Row>> byCategory = new LinkedHashMap<>();
    for (String c : CATEGORY_ORDER) {
      byCategory.put(c, new ArrayList<>());
    }
    for (Row r : dated) {
      String c = RowValues.str(r, "category");
      byCategory.computeIfAbsent(CATEGORY_ORDER.contains(c) ? c : "other", k -> new ArrayList<>()).add(r);
    }
    Map<Row, Integer> numbers = new java.util.IdentityHashMap<>();
    for (int i = 0; i < dated.size(); i++) {
      numbers.put(dated.get(i), i + 1);
    }

    List<Milestone> milestones = new ArrayList<>();
    List<String> rowLabels = new ArrayList<>();
    for (Map.Entry<String, List<Row>> lane : byCategory.entrySet()) {
      if (lane.getValue().isEmpty()) {
        continue;
      }
      int firstRow = rowLabels.size();
      List<LocalDate> rowFreeFrom = new ArrayList<>();
      for (Row r : lane.getValue()) {
        LocalDate s = RowValues.date(r, "period_start");
        LocalDate e = RowValues.date(r, "period_end") == null ? s : RowValues.date(r, "period_end");
        LocalDate markEnd = e.isBefore(s.plusDays(MIN_MARK_DAYS)) ? s.plusDays(MIN_MARK_DAYS) : e;
        int sub = 0;
        while (sub < rowFreeFrom.size() && rowFreeFrom.get(sub).isAfter(s)) {
          sub++;
        }
        if (sub == rowFreeFrom.size()) {
          rowFreeFrom.add(null);
          rowLabels.add(sub == 0 ? lane.getKey() : "");
        }
        rowFreeFrom.set(sub, markEnd.plusDays(LABEL_DAYS));
        milestones.add(new Milestone(numbers.get(r), s, e, lane.getKey(), firstRow + sub,
            RowValues.str(r, "sentence"), RowValues.str(r, "doc_id") + "#" + RowValues.str(r, "sentence_index")));
      }
    }
    milestones.sort(Comparator.comparingInt(Milestone::number));
    return new TimelineChartData(List.copyOf(milestones), List.copyOf(rowLabels));
  }
}
