package org.telecomgrowth.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;

/** A regime break drawn as a shaded band: an event of category ban, from period_start to period_end. */
public record RegimeBand(LocalDate start, LocalDate end, String label, String evidenceRef) {

  public static List<RegimeBand> from(List<Row> banEvents) {
    List<RegimeBand> bands = new ArrayList<>();
    for (Row r : banEvents) {
      LocalDate s = RowValues.date(r, "period_start");
      LocalDate e = RowValues.date(r, "period_end");
      if (s == null) {
        continue;
      }
      LocalDate end = e == null ? s : e;
      RegimeBand b = new RegimeBand(s, end, "ban " + Formats.period(s, end),
          RowValues.str(r, "doc_id") + "#" + RowValues.str(r, "sentence_index"));
      if (bands.stream().noneMatch(x -> x.start().equals(b.start()) && x.end().equals(b.end()))) {
        bands.add(b);
      }
    }
    bands.sort(Comparator.comparing(RegimeBand::start));
    return List.copyOf(bands);
  }
}
