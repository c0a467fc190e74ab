package org.telecomgrowth.report;

import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What one report page reads, as small lists of rows: the whole run ({@link ReportInputs}, one document or one
 * country) or one country of a corpus ({@link CountryPage}, cut from a per-country aggregate row).
 */
interface PageInputs {
  List<Row> documents();

  /** National points of the headline metric. */
  List<Row> series(String metric);

  List<Row> fits(String metric);

  /** Rows of the breaks table whose metrics include the headline metric (its service's bans and relaunches). */
  List<Row> breaks();

  List<Row> events();

  List<Row> growth(String metric);

  List<Row> growthTable();

  List<Row> penetration();

  List<Row> conflicts();

  /** Series points held back by the plausibility rules (flag not empty). */
  List<Row> heldBack();

  /** Numbers found but not published, with their reason (capped); none where the page does not list them. */
  default List<Row> unresolved() {
    return List.of();
  }

  List<Row> observations(Collection<String> refs);
}
