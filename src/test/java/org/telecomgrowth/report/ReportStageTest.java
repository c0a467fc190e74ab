package org.telecomgrowth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.SparkTestBase;
import org.telecomgrowth.io.RunManifest;

/** The whole stage on seed tables: five charts as PNG and SVG, and a page that links numbers to sentences. */
class ReportStageTest extends SparkTestBase {
  static final List<String> CHARTS = List.of("mobile_subscribers", "growth_rates", "household_penetration",
      "per_100_inhabitants", "timeline");

  @TempDir
  File tmp;

  static RunManifest manifest() {
    RunManifest m = new RunManifest("run-2026-test", "datasets/", "3.5.7");
    m.rows("observations", 16);
    m.rows("events", 32);
    m.inputs(List.of(Map.of("path", "datasets/documents/telecommunications_in_north_korea.txt", "doc_id",
        ReportFixtures.DOC, "sha256", "0f3c")));
    return m;
  }

  /** Runs the stage into dir and returns the parsed page. */
  Document run(Map<String, Dataset<Row>> tables, File dir) throws IOException {
    Path runDir = new Path(dir.getAbsolutePath());
    FileSystem fs = runDir.getFileSystem(session().sparkContext().hadoopConfiguration());
    ReportStage.run(session(), tables, fs, runDir, manifest());
    for (String name : CHARTS) {
      BufferedImage img = ImageIO.read(new File(dir, "charts/" + name + ".png"));
      assertEquals(1200, img.getWidth(), name);
      assertEquals(700, img.getHeight(), name);
      Assertions.assertTrue(Files.readString(new File(dir, "charts/" + name + ".svg").toPath()).contains("<svg"));
    }
    String html = Files.readString(new File(dir, "report/index.html").toPath(), StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }

  @Test
  void pageHasHeadlinesChartsTablesManifestAndEscapesHostileText() throws IOException {
    Document page = run(ReportFixtures.tables(session(), true), tmp);

    // The hostile sentence is text, never markup.
    assertEquals(0, page.select("script").size());
    Assertions.assertTrue(page.text().contains(ReportFixtures.HOSTILE));

    String headlines = page.select(".headlines").text();
    Assertions.assertTrue(headlines.contains("3,000,000"), headlines);
    Assertions.assertTrue(headlines.contains("98%"), headlines);
    Assertions.assertTrue(headlines.contains("69%"), headlines);
    Assertions.assertTrue(headlines.contains("5% in Pyongyang"), headlines);
    Assertions.assertTrue(headlines.contains("11.7"), "3M / 25,575,350 x 100: " + headlines);
    // Whole span: 20,000 (Nov 2003) -> 3,000,000 (Jul 2015).
    double years = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2003, 11, 15),
        java.time.LocalDate.of(2015, 7, 2)) / 365.25;
    Assertions.assertTrue(headlines.contains(Formats.percent(Math.pow(150, 1 / years) - 1)), headlines);

    assertEquals(5, page.select("figure img[src^=data:image/png;base64,]").size());
    assertEquals(5, page.select("figcaption").size());

    // Every internal link lands on an element of the page.
    for (Element a : page.select("a[href^=#]")) {
      Assertions.assertFalse(page.select("[id=" + a.attr("href").substring(1) + "]").isEmpty(), a.outerHtml());
    }
    // A stated number links to its sentence, where it is highlighted.
    Element cell = page.select("table.conflicts td.n a").stream().filter(a -> a.text().equals("432,000"))
        .findFirst().orElseThrow();
    Element evidence = page.getElementById(cell.attr("href").substring(1));
    Assertions.assertTrue(evidence.text().contains(ReportFixtures.DOC + "#14"), evidence.text());
    Assertions.assertTrue(evidence.select("mark").eachText().contains("432,000"), evidence.outerHtml());
    Assertions.assertTrue(page.select("table.growth tbody tr").size() >= 10);

    Assertions.assertTrue(page.text().contains("run-2026-test"));
    Assertions.assertTrue(page.select("h1").text().contains("North Korea"));
  }

  @Test
  void rendersWithoutTransformTablesSayingNoData() throws IOException {
    Document page = run(ReportFixtures.extractTables(session(), false), tmp);

    Assertions.assertTrue(page.select("figcaption").eachText().stream().filter(t -> t.startsWith("No data")).count()
        >= 4);
    Assertions.assertTrue(page.select("#growth ~ p").text().contains("No data"));
    assertEquals(32, page.select("table.events tbody tr").size());
  }

  @Test
  void writeFailuresAreThrown() throws IOException {
    // A regular file where the run folder should be: every create under it must fail, loudly.
    File blocker = new File(tmp, "not-a-dir");
    Files.writeString(blocker.toPath(), "x");
    Path runDir = new Path(blocker.getAbsolutePath());
    FileSystem fs = runDir.getFileSystem(session().sparkContext().hadoopConfiguration());

    assertThrows(IOException.class, () -> ChartWriter.writeBytes(fs, new Path(runDir, "charts/x.png"),
        new byte[] {1}));
    assertThrows(UncheckedIOException.class,
        () -> ReportStage.run(session(), ReportFixtures.tables(session(), false), fs, runDir, manifest()));
  }
}
