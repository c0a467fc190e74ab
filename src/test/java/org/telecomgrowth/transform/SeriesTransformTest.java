package org.telecomgrowth.transform;

import static org.telecomgrowth.transform.Fixtures.d;
import static org.telecomgrowth.transform.Fixtures.obs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SeriesTransformTest extends TransformTestBase {

  @Test
  void pointsAtPeriodMidpointsOneSeriesPerSourceDuplicatesCollapsed() {
    Dataset<Row> observations = Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        obs("mobile_subscribers", 432000, "count", "exact", "2010-12-01", "2010-12-31", "national", "Orascom", 8),
        // The same fact restated later in the text: one point, both sentences as evidence.
        obs("mobile_subscribers", 432000, "count", "approx", "2010-12-01", "2010-12-31", "national", "Orascom", 12),
        obs("mobile_subscribers", 430000, "count", "exact", "2010-12-01", "2010-12-31", "national", null, 9),
        obs("mobile_subscribers", 3000000, "count", "exact", "2015-01-01", "2015-12-31", "national", "", 11),
        obs("mobile_subscribers", 1000000, "count", "at_least", "2012-02-01", "2012-02-29", "national",
            "Orascom", 13),
        // No period: cannot be placed in time.
        obs("fixed_lines_household_share", 10, "percent", "approx", null, null, "national", "", 10));

    Dataset<Row> series = SeriesTransform.series(observations, Fixtures.documents(session(), "PRK"));

    String orascom = "PRK|mobile_subscribers|national|Orascom";
    String unattributed = "PRK|mobile_subscribers|national|";
    assertTable(TransformColumns.SERIES_COLUMNS, List.of(
        row("doc", "PRK", "mobile_subscribers", "national", "Orascom", orascom, d("2010-12-16"), d("2010-12-01"),
            d("2010-12-31"), 432000.0, "count", "exact", "doc#8;doc#12"),
        row("doc", "PRK", "mobile_subscribers", "national", "Orascom", orascom, d("2012-02-15"), d("2012-02-01"),
            d("2012-02-29"), 1000000.0, "count", "at_least", "doc#13"),
        row("doc", "PRK", "mobile_subscribers", "national", "", unattributed, d("2010-12-16"), d("2010-12-01"),
            d("2010-12-31"), 430000.0, "count", "exact", "doc#9"),
        row("doc", "PRK", "mobile_subscribers", "national", "", unattributed, d("2015-07-02"), d("2015-01-01"),
            d("2015-12-31"), 3000000.0, "count", "exact", "doc#11")),
        series, "series_id", "date");
  }
}
