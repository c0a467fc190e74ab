package org.telecomgrowth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.SparkTestBase;

/**
 * Opens the report in headless Chromium and checks the screenshot: the page must render offline with its charts.
 * Output stays under target/report-screenshot/ for a person to look at. Skipped only when no chromium is installed.
 */
class ReportScreenshotTest extends SparkTestBase {

  static String chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        File f = new File(dir, name);
        if (f.canExecute()) {
          return f.getAbsolutePath();
        }
      }
    }
    return null;
  }

  @Test
  void chromiumRendersThePageWithItsCharts() throws Exception {
    String chromium = chromium();
    Assumptions.assumeTrue(chromium != null, "no chromium binary on PATH");

    File dir = new File("target/report-screenshot").getAbsoluteFile();
    deleteTree(dir);
    Path runDir = new Path(dir.getAbsolutePath());
    FileSystem fs = runDir.getFileSystem(session().sparkContext().hadoopConfiguration());
    ReportStage.run(session(), ReportFixtures.tables(session(), true), fs, runDir, ReportStageTest.manifest());

    File png = new File(dir, "screenshot.png");
    File profile = Files.createTempDirectory("chromium-profile").toFile();
    try {
      List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--user-data-dir=" + profile.getAbsolutePath(), "--window-size=1280,4000",
          "--screenshot=" + png.getAbsolutePath(), new File(dir, "report/index.html").toURI().toString()));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(new File(dir, "chromium.log")).start();
      Assertions.assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished in time");
      assertEquals(0, p.exitValue(), "chromium exit code, see " + new File(dir, "chromium.log"));
    } finally {
      deleteTree(profile);
    }

    Assertions.assertTrue(png.isFile(), "screenshot written");
    BufferedImage img = ImageIO.read(png);
    assertEquals(1280, img.getWidth());
    assertEquals(4000, img.getHeight());
    // The first screen holds the headline cards and the first chart: plenty of non-white pixels and colour.
    double ink = ReportChartsTest.inkShare(img);
    Assertions.assertTrue(ink > 0.03, "page is not blank: ink share " + ink);
    Assertions.assertTrue(hasChartBlue(img), "the palette's blue (a chart line or bar) is visible");
  }

  @Test
  void chromiumRendersTheCorpusIndex() throws Exception {
    String chromium = chromium();
    Assumptions.assumeTrue(chromium != null, "no chromium binary on PATH");
    File dir = new File("target/report-screenshot-corpus").getAbsoluteFile();
    deleteTree(dir);
    Path runDir = new Path(dir.getAbsolutePath());
    FileSystem fs = runDir.getFileSystem(session().sparkContext().hadoopConfiguration());
    ReportStage.run(session(), CorpusReportTest.corpusTables(session(), "KOR", "JPN"), fs, runDir,
        ReportStageTest.manifest());
    File png = new File(dir, "screenshot.png");
    File profile = Files.createTempDirectory("chromium-profile").toFile();
    try {
      List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--user-data-dir=" + profile.getAbsolutePath(), "--window-size=1400,2400",
          "--screenshot=" + png.getAbsolutePath(), new File(dir, "report/index.html").toURI().toString()));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(new File(dir, "chromium.log")).start();
      Assertions.assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished in time");
      assertEquals(0, p.exitValue(), "chromium exit code, see " + new File(dir, "chromium.log"));
    } finally {
      deleteTree(profile);
    }
    BufferedImage img = ImageIO.read(png);
    double ink = ReportChartsTest.inkShare(img);
    Assertions.assertTrue(ink > 0.02, "index is not blank: ink share " + ink);
    Assertions.assertTrue(hasChartBlue(img), "sparklines and league charts in the palette's blue");
  }

  /** True when some pixel is close to the palette's first colour #0072B2. */
  private static boolean hasChartBlue(BufferedImage img) {
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.abs(r - 0x00) < 25 && Math.abs(g - 0x72) < 25 && Math.abs(b - 0xB2) < 25) {
          return true;
        }
      }
    }
    return false;
  }

  private static void deleteTree(File f) throws IOException {
    if (!f.exists()) {
      return;
    }
    File[] children = f.listFiles();
    if (children != null) {
      for (File c : children) {
        deleteTree(c);
      }
    }
    Files.delete(f.toPath());
  }
}
