package org.telecomgrowth.transform;

import static org.telecomgrowth.transform.Fixtures.d;
import static org.telecomgrowth.transform.Fixtures.obs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ConflictTransformTest extends TransformTestBase {

  @Test
  void pointsOfDifferentSourcesWithinSixMonthsThatDisagree() {
    Dataset<Row> observations = Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        obs("mobile_subscribers", 660000, "count", "exact", "2011-08-01", "2011-08-31", "national", "", 1),
        obs("mobile_subscribers", 809000, "count", "exact", "2011-09-01", "2011-09-30", "national", "Orascom", 2),
        // 183 days after 2011-08-16: still within six months.
        obs("mobile_subscribers", 1000000, "count", "at_least", "2012-02-01", "2012-02-29", "national", "Orascom",
            3),
        // 184 days after 2011-08-16, and agreeing figures: neither is a conflict.
        obs("mobile_subscribers", 700000, "count", "exact", "2012-02-16", "2012-02-16", "national", "ITU", 4),
        obs("mobile_subscribers", 660000, "count", "exact", "2011-08-16", "2011-08-16", "national", "ITU", 5),
        // Another scope is another population.
        obs("mobile_subscribers", 500000, "count", "exact", "2011-08-01", "2011-08-31", "Pyongyang", "KCNA", 6));
    Dataset<Row> series = SeriesTransform.series(observations, Fixtures.documents(session(), "PRK"));

    Dataset<Row> conflicts = ConflictTransform.conflicts(series);

    String none = "PRK|mobile_subscribers|national|";
    String itu = "PRK|mobile_subscribers|national|ITU";
    String orascom = "PRK|mobile_subscribers|national|Orascom";
    // ITU's 660,000 of 2011-08-16 states the unattributed point's date and value: it lost the point (superseded,
    // not a nearby conflict), so only the points that were published are compared.
    String near = "different series within 6 months";
    assertTable(TransformColumns.CONFLICTS_COLUMNS, List.of(
        row("PRK", "mobile_subscribers", "national", none, d("2011-08-16"), 660000.0, "doc#1", orascom,
            d("2011-09-15"), 809000.0, "doc#2", 30, 149000.0 / 809000.0, "nearby", "doc", "doc", near),
        row("PRK", "mobile_subscribers", "national", none, d("2011-08-16"), 660000.0, "doc#1", orascom,
            d("2012-02-15"), 1000000.0, "doc#3", 183, 0.34, "nearby", "doc", "doc", near),
        row("PRK", "mobile_subscribers", "national", itu, d("2012-02-16"), 700000.0, "doc#4", orascom,
            d("2011-09-15"), 809000.0, "doc#2", 154, 109000.0 / 809000.0, "nearby", "doc", "doc", near),
        row("PRK", "mobile_subscribers", "national", itu, d("2012-02-16"), 700000.0, "doc#4", orascom,
            d("2012-02-15"), 1000000.0, "doc#3", 1, 0.3, "nearby", "doc", "doc", near)),
        conflicts, "series_a", "date_a", "series_b", "date_b");
  }
}
