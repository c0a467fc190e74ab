package org.telecomgrowth.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.SparkTestBase;

/**
 * The report at corpus scale: the seed tables copied to other countries (the copies without the ban), so the run
 * has several countries. An index page and one page per country; a ban belongs to its country's page only; the
 * number of Spark jobs does not grow with the number of countries.
 */
class CorpusReportTest extends SparkTestBase {

  @TempDir
  File tmp;

  /** The seed tables plus a copy per other country code, string cells PRK -> code, ban events left out. */
  Map<String, Dataset<Row>> tables(String... others) {
    return corpusTables(session(), others);
  }

  static Map<String, Dataset<Row>> corpusTables(org.apache.spark.sql.SparkSession spark, String... others) {
    Map<String, Dataset<Row>> seed = ReportFixtures.tables(spark, false);
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    seed.forEach((name, t) -> {
      Dataset<Row> all = t;
      for (String c : others) {
        List<Column> cols = new ArrayList<>();
        for (StructField f : t.schema().fields()) {
          Column v = col(f.name());
          if (f.dataType().equals(DataTypes.StringType)) {
            v = regexp_replace(regexp_replace(v, "PRK", c), ReportFixtures.DOC, ReportFixtures.DOC + "_" + c);
          }
          cols.add(v.as(f.name()));
        }
        Dataset<Row> copy = t.select(cols.toArray(new Column[0]));
        if (name.equals("events")) {
          copy = copy.filter(col("category").notEqual("ban"));
        }
        if (name.equals("breaks")) {
          copy = copy.filter(org.apache.spark.sql.functions.lit(false)); // the ban is the seed country's alone
        }
        all = all.unionByName(copy);
      }
      out.put(name, all);
    });
    return out;
  }

  private int jobsFor(Map<String, Dataset<Row>> tables, File dir) throws Exception {
    AtomicInteger jobs = new AtomicInteger();
    SparkListener l = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart start) {
        jobs.incrementAndGet();
      }
    };
    // events of earlier tests' jobs still queued would be counted as this run's
    session().sparkContext().listenerBus().waitUntilEmpty();
    // the pipeline's own settings (Pipeline.session): no adaptive re-planning, no broadcast joins (each a job of
    // its own, chosen from size estimates, so the count would depend on the tables' sizes)
    org.apache.spark.sql.RuntimeConfig conf = session().conf();
    String aqe = conf.get("spark.sql.adaptive.enabled");
    String broadcast = conf.get("spark.sql.autoBroadcastJoinThreshold");
    conf.set("spark.sql.adaptive.enabled", "false");
    conf.set("spark.sql.autoBroadcastJoinThreshold", "-1");
    session().sparkContext().addSparkListener(l);
    try {
      Path runDir = new Path(dir.getAbsolutePath());
      FileSystem fs = runDir.getFileSystem(session().sparkContext().hadoopConfiguration());
      ReportStage.run(session(), tables, fs, runDir, ReportStageTest.manifest());
      session().sparkContext().listenerBus().waitUntilEmpty(); // the listener bus is asynchronous
    } finally {
      session().sparkContext().removeSparkListener(l);
      conf.set("spark.sql.adaptive.enabled", aqe);
      conf.set("spark.sql.autoBroadcastJoinThreshold", broadcast);
    }
    return jobs.get();
  }

  @Test
  void anIndexAndOnePagePerCountryEventsStayWithTheirCountryJobsDoNotGrowWithCountries() throws Exception {
    File two = new File(tmp, "two");
    int jobsTwo = jobsFor(tables("KOR"), two);
    File four = new File(tmp, "four");
    int jobsFour = jobsFor(tables("KOR", "JPN", "CHN"), four);
    assertEquals(jobsTwo, jobsFour, "Spark jobs of the report with 2 and with 4 countries");

    String html = Files.readString(new File(four, "report/index.html").toPath(), StandardCharsets.UTF_8);
    org.junit.jupiter.api.Assertions.assertTrue(html.length() < 2_000_000);
    Document index = Jsoup.parse(html);
    List<String> pages = new ArrayList<>();
    for (Element a : index.select("table.sortable tbody tr td:first-child a")) {
      pages.add(a.attr("href"));
    }
    assertEquals(List.of("countries/CHN.html", "countries/JPN.html", "countries/PRK.html", "countries/KOR.html")
        .stream().sorted().toList(), pages.stream().sorted().toList());
    // Every in-page link of the index lands on a sentence.
    for (Element a : index.select("a[href^=#]")) {
      assertFalse(index.select("[id=" + a.attr("href").substring(1) + "]").isEmpty(), a.attr("href"));
    }
    assertFalse(index.select("table.sortable td svg polyline").isEmpty(), "sparklines");
    // The fixtures have no growth_windows: the growth league says so instead of drawing an empty chart.
    assertFalse(new File(four, "charts/" + CorpusReport.TOP_GROWTH + ".png").exists());
    org.junit.jupiter.api.Assertions.assertTrue(html.contains("No data: no country has a plausible"));
    org.junit.jupiter.api.Assertions.assertTrue(new File(four, "charts/" + CorpusReport.PER100_SELECTED + ".svg").isFile());
    assertFalse(index.select("script").isEmpty(), "sorting script");
    org.junit.jupiter.api.Assertions.assertTrue(index.select("script[src], link[href], img[src^=http]").isEmpty(), "offline");

    for (String c : List.of("PRK", "KOR")) {
      Document page = Jsoup.parse(new File(four, "report/countries/" + c + ".html"), "UTF-8");
      org.junit.jupiter.api.Assertions.assertTrue(new File(four, "charts/" + c + "/mobile_subscribers.png").isFile());
      assertEquals("../index.html", page.select("a").first().attr("href"));
      for (Element a : page.select("a[href^=#]")) {
        assertFalse(page.select("[id=" + a.attr("href").substring(1) + "]").isEmpty(), c + " " + a.attr("href"));
      }
      assertEquals(5, page.select("figure img").size());
    }
  }

  @Test
  void aBanFoundInOneCountrysTextShadesOnlyThatCountrysPage() {
    ReportInputs in = new ReportInputs(tables("KOR"));
    Map<String, Integer> bans = new HashMap<>();
    Iterator<CountryPage> it = new CorpusInputs(in).pages();
    while (it.hasNext()) {
      CountryPage p = it.next();
      bans.put(p.entity(), SubscriberChartData.from(ReportStage.METRIC, p.series(ReportStage.METRIC),
          p.fits(ReportStage.METRIC), p.breaks()).bands().size());
      for (Row r : p.series(ReportStage.METRIC)) {
        assertEquals(p.entity(), RowValues.str(r, "country_iso3"));
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(bans.get("PRK") > 0);
    assertEquals(0, bans.get("KOR"));
  }

  @Test
  void aCountryPageHoldsOnlyTheFirstRowsOfALargeTableInOrder() {
    Map<String, Dataset<Row>> t = tables("KOR");
    Dataset<Row> events = t.get(org.telecomgrowth.model.Tables.EVENTS);
    // 1,200 more PRK events on distinct days, more than a page shows (TABLE_CAP + 1)
    Dataset<Row> one = events.filter(col("doc_id").equalTo(ReportFixtures.DOC)).limit(1);
    Dataset<Row> many = one.crossJoin(session().range(1_200).toDF("_i"))
        .withColumn("period_start", org.apache.spark.sql.functions.date_add(
            org.apache.spark.sql.functions.lit(java.sql.Date.valueOf("1950-01-01")), col("_i").cast("int")))
        .drop("_i").select(events.columns()[0], java.util.Arrays.copyOfRange(events.columns(), 1,
            events.columns().length));
    t.put(org.telecomgrowth.model.Tables.EVENTS, events.unionByName(many));
    Iterator<CountryPage> it = new CorpusInputs(new ReportInputs(t)).pages();
    List<Row> prk = null;
    while (it.hasNext()) {
      CountryPage p = it.next();
      if (p.entity().equals("PRK")) {
        prk = p.events();
      }
    }
    org.junit.jupiter.api.Assertions.assertNotNull(prk);
    assertEquals(ReportInputs.TABLE_CAP + 1, prk.size());
    for (int i = 0; i < prk.size(); i++) {
      assertEquals(java.time.LocalDate.of(1950, 1, 1).plusDays(i).toString(),
          RowValues.str(prk.get(i), "period_start"), "row " + i);
    }
  }
}
