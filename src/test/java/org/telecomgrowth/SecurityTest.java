package org.telecomgrowth;

import java.io.File;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents (script tags, event handlers, javascript: links, formula cells, a file name that is markup)
 * go through the whole command line; the published HTML is inert and every CSV cell is safe to open.
 * Each payload would mark the page with {@code data-*="pwned"} if it ran; the literal word never appears in the
 * payloads ('p'+'wned'), so finding it in Chromium's DOM means a script ran.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest extends SparkTestBase {

  @TempDir
  static Path tmp;

  private Path out;

  private static String mark(String attr) {
    return "document.body.setAttribute('data-" + attr + "','p'+'wned')";
  }

  @BeforeAll
  void run() throws Exception {
    startSpark();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("kenya.txt"), "Telecommunications in Kenya\n\n"
        + "In 2010 <script>" + mark("a") + "</script> Kenya had 5,000,000 mobile subscribers. "
        + "By 2012 <img src=x onerror=\"" + mark("b") + "\"> there were 7,000,000 mobile subscribers. "
        + "In 2013 =1+1 and @SUM(A1) and +cmd|' /C calc'!A0 were typed, and there were 8,000,000 mobile "
        + "subscribers.\n");
    Files.writeString(in.resolve("ghana.md"), "# <script>" + mark("c") + "</script> Telecoms in Ghana\n\n"
        + "In 2010 [click](javascript:" + mark("d") + ") Ghana had 9,000,000 mobile subscribers. "
        + "In 2012 <a href=\"javascript:" + mark("e") + "\">x</a> there were 12,000,000 mobile subscribers.\n");
    Files.writeString(in.resolve("chad.html"), "<html><head><title>&lt;script&gt;" + mark("f")
        + "&lt;/script&gt; Chad</title></head><body><h1>Telecoms in Chad &lt;img src=x onerror=" + mark("g")
        + "&gt;</h1><p>In 2010 Chad had 2,000,000 mobile subscribers <a href=\"javascript:" + mark("h")
        + "\">source</a>. In 2012 there were 3,000,000 &lt;svg onload=" + mark("i")
        + "&gt; mobile subscribers.</p><script>" + mark("j") + "</script></body></html>");
    Files.writeString(in.resolve("<img src=x onerror=" + mark("k").replace('/', '_') + ">.txt"),
        "In 2010 Niger had 1,000,000 mobile subscribers. In 2012 there were 2,000,000 mobile subscribers.\n");
    out = tmp.resolve("out");
    PipelineRun run = runPipeline("--input", in.toString(), "--output", out.toString(), "--catalog", "none",
        "--reference", "datasets/reference", "--run-id", "security");
    int code = run.code();
    Assertions.assertEquals(0, code, run.err());
  }

  @Test
  void theReportHtmlIsInert() throws Exception {
    String html = Files.readString(out.resolve("report/index.html"));
    Document doc = Jsoup.parse(html);
    // the only script a report may hold is its own table-sorting code (the corpus index), never document text
    for (Element script : doc.select("script")) {
      Assertions.assertTrue(script.attributes().isEmpty(), "a script with attributes (src?): " + script);
      Assertions.assertFalse(script.data().contains("alert") || script.data().contains("document.cookie"),
          "document text inside a script: " + script.data());
    }
    Assertions.assertTrue(doc.select("iframe, object, embed, svg[onload], img[onerror]").isEmpty());
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        Assertions.assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a + " on " + e.tagName());
        String v = a.getValue().replaceAll("\\s", "").toLowerCase();
        Assertions.assertFalse(v.startsWith("javascript:") || v.startsWith("vbscript:"), a.toString());
        if (v.startsWith("data:")) {
          Assertions.assertTrue(v.startsWith("data:image/png"), "only PNG data URIs: " + a.getKey());
        }
      }
    }
    // the hostile text is still there, shown as text
    StringBuilder all = new StringBuilder(doc.text());
    Path countries = out.resolve("report/countries");
    if (Files.isDirectory(countries)) { // a corpus report shows sentences on the country pages
      try (java.util.stream.Stream<Path> pages = Files.list(countries)) {
        for (Path page : pages.toList()) {
          all.append(' ').append(Jsoup.parse(Files.readString(page)).text());
        }
      }
    }
    String text = all.toString();
    Assertions.assertTrue(text.contains("<img src=x onerror="), "hostile sentence shown as text");
  }

  @Test
  void noScriptRunsInChromium() throws Exception {
    String chromium = Stream.of("chromium", "chromium-browser", "google-chrome")
        .flatMap(n -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(d -> new File(d, n)))
        .filter(File::canExecute).map(File::getAbsolutePath).findFirst().orElse(null);
    Assumptions.assumeTrue(chromium != null, "no chromium binary on PATH (.ci/run installs it)");
    Path profile = Files.createTempDirectory(tmp, "profile");
    Path dom = tmp.resolve("dom.html");
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom",
        out.resolve("report/index.html").toUri().toString()));
    Process p = new ProcessBuilder(cmd).redirectOutput(dom.toFile()).redirectError(tmp.resolve("err.log").toFile())
        .start();
    Assertions.assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
    String rendered = Files.readString(dom);
    Assertions.assertTrue(rendered.contains("Evidence"), "chromium rendered the page: " + rendered.length());
    Assertions.assertFalse(rendered.contains("pwned"), "a script ran in the report");
  }

  @Test
  void everyCsvCellIsSafeToOpenInASpreadsheet() throws Exception {
    int cells = 0;
    boolean sawFormulaText = false;
    try (Stream<Path> tables = Files.list(out.resolve("tables"))) {
      for (Path csv : tables.filter(f -> f.toString().endsWith(".csv")).toList()) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
            CSVParser parser = CSVParser.parse(r, CSVFormat.RFC4180)) {
          for (CSVRecord rec : parser) {
            for (String cell : rec.values()) {
              cells++;
              sawFormulaText |= cell.contains("=1+1");
              if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                Assertions.assertTrue(cell.matches("-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?"),
                    csv.getFileName() + ": formula-like cell " + cell);
              }
            }
          }
        }
      }
    }
    Assertions.assertTrue(cells > 100, "cells read: " + cells);
    Assertions.assertTrue(sawFormulaText, "the hostile sentence was exported (and neutralised)");
  }
}
