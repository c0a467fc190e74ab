package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.telecomgrowth.transform.Fixtures.d;
import static org.telecomgrowth.transform.Fixtures.obs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class QuarantineTransformTest extends TransformTestBase {

  private Dataset<Row> input() {
    return Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        obs("households_with_tv", 98, "percent", "exact", "2017-01-01", "2017-12-31", "national", "", 1),
        obs("mobile_ownership_share", 200, "percent", "exact", "2011-01-01", "2011-12-31", "national", "", 2),
        obs("fixed_lines", -5, "count", "exact", "2008-01-01", "2008-12-31", "national", "", 3),
        obs("tv_sets", Double.NaN, "count", "approx", null, null, "national", "", 4),
        obs("mobile_subscribers_per_100", 130, "per_100_inhabitants", "exact", "2020-01-01", "2020-12-31",
            "national", "", 5),
        // "grew by 200%", "fell by 12%": growth rates, not shares
        obs("mobile_subscribers_growth", 200, "percent", "exact", "2014-01-01", "2014-12-31", "national", "", 6),
        obs("growth_rate", -12, "percent", "exact", "2015-01-01", "2015-12-31", "national", "", 7));
  }

  @Test
  void impossibleValuesAreHeldBackWithTheirReason() {
    Dataset<Row> q = QuarantineTransform.quarantined(input());
    assertTable(TransformColumns.QUARANTINE_COLUMNS, List.of(
        row("doc", "mobile_ownership_share", 200.0, "percent", "exact", d("2011-01-01"), d("2011-12-31"),
            "percentage above 100", "mobile_ownership_share 200.0", "doc#2"),
        row("doc", "fixed_lines", -5.0, "count", "exact", d("2008-01-01"), d("2008-12-31"), "negative count",
            "fixed_lines -5.0", "doc#3"),
        row("doc", "tv_sets", Double.NaN, "count", "approx", null, null, "value not a finite number",
            "tv_sets NaN", "doc#4")),
        q, "evidence_ref");
  }

  @Test
  void possibleValuesPassIncludingMoreThanOneSubscriptionPerPerson() {
    List<Row> kept = QuarantineTransform.accepted(input()).orderBy("sentence_index").select(col("metric"))
        .collectAsList();
    assertEquals(List.of(row("households_with_tv"), row("mobile_subscribers_per_100"),
        row("mobile_subscribers_growth"), row("growth_rate")), kept);
  }
}
