package org.telecomgrowth.report;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.telecomgrowth.io.OutputFiles;
import org.telecomgrowth.io.RunManifest;
import org.telecomgrowth.transform.GrowthTransform;
import org.telecomgrowth.transform.TransformColumns;

/**
 * The corpus index (report/index.html): one sortable row per country with the latest mobile subscribers, fixed
 * lines and internet users, mobile subscriptions per 100 inhabitants, the mobile CAGR over the standard windows,
 * a sparkline and a link to the country's page; league charts (top 20 by mobile growth 2010-2020, per 100
 * inhabitants over time for the eight countries with most subscribers); the country-years without a population;
 * and the sentences every number links to. Reads only per-country aggregates ({@link CorpusInputs}).
 */
final class CorpusReport {
  private CorpusReport() {}

  static final int LEAGUE = 20;
  static final int SELECTED = 8;
  static final String TOP_GROWTH = "league_growth";
  static final String PER100_SELECTED = "league_per_100";

  /** One index row. */
  record CountryRow(String entity, Map<String, Row> latest, Map<String, List<double[]>> points, Row per100,
      Map<String, Row> windows, long heldBack) {}

  private static final String SORT_JS = String.join("",
      "document.querySelectorAll('table.sortable th').forEach(function(th,i){th.style.cursor='pointer';",
      "th.title='click to sort';th.addEventListener('click',function(){var tb=th.closest('table').tBodies[0];",
      "var rows=Array.prototype.slice.call(tb.rows);var asc=th.dataset.dir!=='asc';th.dataset.dir=asc?'asc':'desc';",
      "rows.sort(function(a,b){var x=a.cells[i].dataset.v,y=b.cells[i].dataset.v;",
      "if(x===undefined){x=a.cells[i].textContent;y=b.cells[i].textContent;}",
      "var nx=parseFloat(x),ny=parseFloat(y);var c;if(!isNaN(nx)&&!isNaN(ny)){c=nx-ny;}",
      "else if(isNaN(nx)&&!isNaN(ny)){return 1;}else if(!isNaN(nx)&&isNaN(ny)){return -1;}",
      "else{c=String(x).localeCompare(String(y));}return asc?c:-c;});",
      "rows.forEach(function(r){tb.appendChild(r);});});});");

  private static final String CSS = String.join("\n",
      "body{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;margin:0 auto;max-width:1400px;",
      "padding:16px 20px;color:#222;line-height:1.4}",
      "h1{font-size:28px;margin:8px 0 4px}h2{font-size:21px;margin:28px 0 8px;border-bottom:1px solid #ddd}",
      ".sub{color:#555;margin:0 0 12px}.note{font-size:13px;color:#555}",
      "table{border-collapse:collapse;font-size:12px;width:100%;margin:8px 0}",
      "th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:middle}",
      "th{background:#f4f4f4;position:sticky;top:0}td.n{text-align:right;white-space:nowrap}",
      "td.flagged a,td.flagged{color:#999}a{color:#0072B2}",
      "figure{margin:16px 0}figure img{width:100%;max-width:1200px;height:auto;border:1px solid #eee}",
      "figcaption{font-size:15px;color:#333;margin-top:4px}mark{background:#ffe08a;padding:0 2px}",
      ".evidence{border-left:4px solid #ddd;margin:6px 0;padding:2px 10px;font-size:13px}",
      ".evidence:target{border-left-color:#D55E00;background:#fff6ee}.ref{font-size:12px;color:#666}");

  static void write(CorpusInputs corpus, ReportInputs in, List<String> entities, FileSystem fs, Path runDir,
      RunManifest manifest) throws IOException {
    Map<String, CountryRow> rows = rows(corpus, entities);
    Set<String> refs = new LinkedHashSet<>();
    for (CountryRow r : rows.values()) {
      r.latest().values().forEach(l -> refs.addAll(EvidenceIndex.split(RowValues.str(l, "evidence_ref"))));
      if (r.per100() != null) {
        refs.addAll(EvidenceIndex.split(RowValues.str(r.per100(), "evidence_ref")));
      }
      r.windows().values().forEach(w -> refs.addAll(EvidenceIndex.split(RowValues.str(w, "evidence_ref"))));
    }
    EvidenceIndex evidence = EvidenceIndex.from(in.observations(refs));

    // League charts.
    List<CountryRow> byGrowth = rows.values().stream()
        .filter(r -> plausibleCagr(r.windows().get(GrowthTransform.WINDOW_2010_2020)) != null)
        .sorted(Comparator.comparing((CountryRow r) -> plausibleCagr(r.windows().get(GrowthTransform.WINDOW_2010_2020)))
            .reversed().thenComparing(CountryRow::entity))
        .limit(LEAGUE).toList();
    List<String> selected = rows.values().stream()
        .filter(r -> r.latest().containsKey(ReportStage.METRIC) && !r.entity().startsWith("doc:"))
        .sorted(Comparator.comparing((CountryRow r) -> RowValues.dbl(r.latest().get(ReportStage.METRIC), "value"))
            .reversed().thenComparing(CountryRow::entity))
        .limit(SELECTED).map(CountryRow::entity).toList();
    List<Row> per100Rows = corpus.per100Over(selected);
    String used = PopulationSources.describe(PopulationSources.used(per100Rows));
    String note = "Source: " + documentCount(manifest) + " input documents" + (used.isBlank() ? ""
        : "; reference: " + used + " population");
    Path chartsDir = new Path(runDir, "charts");
    OutputFiles.mkdirs(fs, chartsDir);
    byte[] growthPng = byGrowth.isEmpty() ? null
        : ChartWriter.write(TOP_GROWTH, growthLeague(byGrowth, note), fs, chartsDir);
    byte[] per100Png = per100Rows.isEmpty() ? null
        : ChartWriter.write(PER100_SELECTED, per100League(per100Rows, note), fs, chartsDir);

    List<Row> gaps = corpus.populationGaps();
    // the publisher recorded the table's rows; counted again only without that record
    Long recorded = manifest == null ? null : manifest.rowCounts().get(TransformColumns.POPULATION_GAPS);
    long gapCount = recorded != null ? recorded : corpus.populationGapCount();
    String html = render(rows, evidence, growthPng, byGrowth.size(), per100Png, selected, per100Rows, used, gaps,
        gapCount, manifest);
    Path reportDir = new Path(runDir, "report");
    OutputFiles.mkdirs(fs, reportDir);
    ChartWriter.writeBytes(fs, new Path(reportDir, "index.html"), html.getBytes(StandardCharsets.UTF_8));
  }

  static Double plausibleCagr(Row w) {
    if (w == null || !RowValues.str(w, "flag").isBlank()) {
      return null;
    }
    return RowValues.dbl(w, "cagr");
  }

  static Map<String, CountryRow> rows(CorpusInputs corpus, List<String> entities) {
    Map<String, Map<String, Row>> latest = new HashMap<>();
    Map<String, Map<String, List<double[]>>> points = new HashMap<>();
    for (Row r : corpus.latest()) {
      String e = r.getAs("entity");
      String metric = r.getAs("metric");
      latest.computeIfAbsent(e, k -> new HashMap<>()).put(metric, r.getAs("latest"));
      List<double[]> pts = new ArrayList<>();
      for (Row p : r.<Row>getList(r.fieldIndex("points"))) {
        LocalDate d = RowValues.date(p, "date");
        Double v = RowValues.dbl(p, "value");
        if (d != null && v != null) {
          pts.add(new double[] {d.getYear() + (d.getDayOfYear() - 1) / 366.0, v});
        }
      }
      points.computeIfAbsent(e, k -> new HashMap<>()).put(metric, pts);
    }
    Map<String, Row> per100 = new HashMap<>();
    for (Row r : corpus.latestPer100()) {
      per100.put(r.getAs("entity"), r.getAs("latest"));
    }
    Map<String, Map<String, Row>> windows = new HashMap<>();
    for (Row w : corpus.windows()) {
      // Several sources of one country: the window with most points (then the first series) speaks for it.
      windows.computeIfAbsent(w.getAs("entity"), k -> new HashMap<>()).merge(w.getAs("window"), w,
          (a, b) -> RowValues.integer(b, "n_points") > RowValues.integer(a, "n_points") ? b : a);
    }
    Map<String, Long> held = new HashMap<>();
    for (Row r : corpus.heldBackCounts()) {
      held.put(r.getAs("entity"), r.getLong(r.fieldIndex("n")));
    }
    Map<String, CountryRow> out = new TreeMap<>();
    for (String e : entities) {
      out.put(e, new CountryRow(e, latest.getOrDefault(e, Map.of()), points.getOrDefault(e, Map.of()),
          per100.get(e), windows.getOrDefault(e, Map.of()), held.getOrDefault(e, 0L)));
    }
    return out;
  }

  /** The entity's name from the entity tables, never a bare code; a document without an entity by its id. */
  static String name(String entity) {
    return entity.startsWith("doc:") ? entity.substring(4) + " (document without an entity)"
        : org.telecomgrowth.transform.Entities.name(entity);
  }

  /** The entity's kind (country, territory, historical country, aggregate, other); other when unknown. */
  static String kind(String entity) {
    org.telecomgrowth.transform.Entities.Entity e = org.telecomgrowth.transform.Entities.of(entity);
    return e == null ? org.telecomgrowth.transform.Entities.OTHER : e.kind();
  }

  /** "251 countries, 60 territories and 2 aggregates": the index's entities counted by kind. */
  static String countByKind(java.util.Collection<String> entities) {
    Map<String, Long> n = new java.util.LinkedHashMap<>();
    for (String k : List.of("country", "territory", "historical country", "aggregate", "other")) {
      n.put(k, 0L);
    }
    entities.forEach(e -> n.merge(kind(e), 1L, Long::sum));
    List<String> parts = new java.util.ArrayList<>();
    n.forEach((k, c) -> {
      if (c > 0) {
        String plural = k.equals("country") ? "countries" : k.equals("territory") ? "territories"
            : k.equals("historical country") ? "former countries" : k.equals("other") ? "other entities" : k + "s";
        String singular = k.equals("historical country") ? "former country" : k.equals("other") ? "other entity" : k;
        parts.add(c + " " + (c == 1 ? singular : plural));
      }
    });
    if (parts.isEmpty()) {
      return "0 countries";
    }
    return parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  static JFreeChart growthLeague(List<CountryRow> top, String note) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (CountryRow r : top) {
      data.addValue(100 * plausibleCagr(r.windows().get(GrowthTransform.WINDOW_2010_2020)), "CAGR 2010\u20132020",
          name(r.entity()));
    }
    JFreeChart chart = ChartFactory.createBarChart("Top " + top.size() + " by mobile subscriber growth, 2010\u20132020",
        null, "CAGR (% a year)", data, PlotOrientation.HORIZONTAL, false, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, new java.awt.Color(0x00, 0x72, 0xB2));
    plot.setBackgroundPaint(java.awt.Color.WHITE);
    plot.setRangeGridlinePaint(new java.awt.Color(0xDD, 0xDD, 0xDD));
    return ChartStyle.finish(chart, note);
  }

  static JFreeChart per100League(List<Row> rows, String note) {
    Map<String, TimeSeries> lines = new TreeMap<>();
    Map<String, Map<LocalDate, Double>> byCountry = new TreeMap<>();
    for (Row r : rows) {
      LocalDate d = RowValues.date(r, "date");
      Double v = RowValues.dbl(r, "value");
      if (d == null || v == null) {
        continue;
      }
      // Stated and derived on one date: the derived one (rows come ordered by kind: derived before stated).
      byCountry.computeIfAbsent(RowValues.str(r, "country_iso3"), k -> new TreeMap<>()).putIfAbsent(d, v);
    }
    byCountry.forEach((c, pts) -> {
      TimeSeries ts = new TimeSeries(name(c));
      pts.forEach((d, v) -> ts.addOrUpdate(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), v));
      lines.put(c, ts);
    });
    TimeSeriesCollection data = new TimeSeriesCollection();
    lines.values().forEach(data::addSeries);
    JFreeChart chart = ChartFactory.createTimeSeriesChart("Mobile subscriptions per 100 inhabitants, the "
        + lines.size() + " countries with most subscribers", "Year", "per 100 inhabitants", data, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(java.awt.Color.WHITE);
    plot.setRangeGridlinePaint(new java.awt.Color(0xDD, 0xDD, 0xDD));
    plot.setDomainGridlinePaint(new java.awt.Color(0xDD, 0xDD, 0xDD));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < lines.size(); i++) {
      renderer.setSeriesStroke(i, new BasicStroke(2.2f));
      renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
    }
    plot.setRenderer(renderer);
    DateAxis axis = (DateAxis) plot.getDomainAxis();
    long years = data.getSeriesCount() == 0 ? 1 : Math.max(1, Math.round((data.getDomainUpperBound(false)
        - data.getDomainLowerBound(false)) / (365.25 * 86_400_000L)));
    axis.setTickUnit(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.YEAR,
        (int) Math.max(1, (years + 11) / 12), new java.text.SimpleDateFormat("yyyy", Locale.ROOT)));
    return ChartStyle.finish(chart, note);
  }

  /** One sortable index table: a row per entity with its latest figures, rates and sparkline. */
  private static void indexTable(Element body, Map<String, CountryRow> rows, EvidenceIndex evidence) {
    Element table = body.appendElement("table").addClass("sortable");
    Element hr = table.appendElement("thead").appendElement("tr");
    for (String h : List.of("entity", "mobile subscribers", "fixed lines", "internet users",
        "mobile per 100", "CAGR 2000\u20132010", "CAGR 2010\u20132020", "CAGR since last break", "held back",
        "mobile subscribers over time")) {
      hr.appendElement("th").text(h);
    }
    Element tbody = table.appendElement("tbody");
    for (CountryRow r : rows.values()) {
      Element tr = tbody.appendElement("tr");
      tr.appendElement("td").attr("data-v", name(r.entity())).appendElement("a")
          .attr("href", "countries/" + ReportStage.fileName(r.entity()) + ".html").text(name(r.entity()));
      for (String metric : CorpusInputs.INDEX_METRICS) {
        latestCell(tr, r.latest().get(metric), evidence);
      }
      Element p100 = tr.appendElement("td").addClass("n");
      if (r.per100() != null && RowValues.dbl(r.per100(), "value") != null) {
        double v = RowValues.dbl(r.per100(), "value");
        p100.attr("data-v", Formats.trim(v));
        link(p100, evidence, RowValues.str(r.per100(), "evidence_ref"), null,
            String.format(Locale.ROOT, "%.1f", v));
        LocalDate d = RowValues.date(r.per100(), "date");
        p100.appendElement("br");
        p100.appendElement("span").addClass("note").text((d == null ? "" : d.getYear() + " ")
            + ("derived".equals(RowValues.str(r.per100(), "kind")) ? "derived" : "stated"));
      }
      for (String w : List.of(GrowthTransform.WINDOW_2000_2010, GrowthTransform.WINDOW_2010_2020,
          GrowthTransform.WINDOW_SINCE_BREAK)) {
        windowCell(tr, r.windows().get(w), evidence);
      }
      tr.appendElement("td").addClass("n").attr("data-v", Long.toString(r.heldBack()))
          .text(r.heldBack() == 0 ? "" : Long.toString(r.heldBack()));
      Element spark = tr.appendElement("td");
      spark.append(sparkline(r.points().getOrDefault(ReportStage.METRIC, List.of())));
    }

  }

  static String render(Map<String, CountryRow> rows, EvidenceIndex evidence, byte[] growthPng, int nGrowth,
      byte[] per100Png, List<String> selected, List<Row> per100Rows, String populationUsed, List<Row> gaps,
      long gapCount, RunManifest manifest) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset("UTF-8").prettyPrint(false);
    // Entities counted by their kind (entity tables): aggregates and oceans are rows of their own, not countries.
    String title = "Growth of telecommunications in " + countByKind(rows.keySet());
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("title").text(title);
    doc.head().appendElement("style").appendChild(new DataNode(CSS));
    Element body = doc.body();
    body.appendElement("h1").text(title);
    long held = rows.values().stream().mapToLong(CountryRow::heldBack).sum();
    body.appendElement("p").addClass("sub").text(documentCount(manifest) + " input documents. One row per "
        + "country: the latest plausible national figure of each metric (its year below it), mobile subscriptions "
        + "per 100 inhabitants, and the mobile subscribers' CAGR over the standard windows (first to last point "
        + "dated in the window; since the last regime break). Grey rates carry a flag (hover for the reason) and are "
        + "never headlines. " + held + " series points break their series' scale and are held back from growth and "
        + "fits (column held back; listed on each country's page). Click a column heading to sort; every number "
        + "links to its sentence (section Evidence).");

    body.appendElement("h2").id("countries").text("Countries and territories");
    Map<String, CountryRow> aggregates = new java.util.TreeMap<>();
    Map<String, CountryRow> places = new java.util.TreeMap<>();
    rows.forEach((e, r) -> (kind(e).equals(org.telecomgrowth.transform.Entities.AGGREGATE) ? aggregates : places)
        .put(e, r));
    indexTable(body, places, evidence);
    if (!aggregates.isEmpty()) {
      body.appendElement("h2").id("aggregates").text("Aggregates");
      body.appendElement("p").addClass("note").text("Groups of countries (the world, a union): their figures are "
          + "sums the sources state, not countries of their own.");
      indexTable(body, aggregates, evidence);
    }
    body.appendElement("script").appendChild(new DataNode(SORT_JS));

    body.appendElement("h2").id("league").text("League charts");
    figure(body, TOP_GROWTH, "Top " + LEAGUE + " by mobile subscriber growth", growthPng, nGrowth == 0
        ? "No data: no country has a plausible 2010\u20132020 mobile CAGR."
        : "Countries ranked by the CAGR of mobile subscribers from their first to their last plausible figure "
            + "dated 2010\u20132020; rates with a flag (under a year, across a regime break, above 300 % a year, "
            + "covering under half the window) are left out.");
    Set<String> drawn = new LinkedHashSet<>();
    per100Rows.forEach(r -> drawn.add(name(RowValues.str(r, "country_iso3"))));
    figure(body, PER100_SELECTED, "Mobile subscriptions per 100 inhabitants over time", per100Png,
        drawn.isEmpty() ? "No data: none of the selected countries has a figure per 100 inhabitants."
            : "The countries with most mobile subscribers (" + String.join(", ", drawn) + "): per 100 inhabitants as "
                + "the text states it, or "
                + (populationUsed.isBlank() ? "derived" : "subscribers divided by the population (" + populationUsed
                    + ") times 100") + " where the text gives none.");

    body.appendElement("h2").id("population-gaps").text("Country-years without a population");
    if (gaps.isEmpty()) {
      body.appendElement("p").addClass("note").text("None: every national count has a population for its year.");
    } else {
      body.appendElement("p").addClass("note").text(gapCount + " country-years have national counts but no "
          + "population in the reference table, so no figure per 100 inhabitants (tables/population_gaps.csv)"
          + (gaps.size() > ReportInputs.TABLE_CAP ? "; the first " + ReportInputs.TABLE_CAP + " are shown." : "."));
      Element t = body.appendElement("table");
      Element h = t.appendElement("tr");
      // The entity's name, never its bare code (the code stays in tables/population_gaps.csv).
      List.of("entity", "year", "metrics", "points").forEach(c -> h.appendElement("th").text(c));
      for (Row g : gaps.subList(0, Math.min(gaps.size(), ReportInputs.TABLE_CAP))) {
        Element tr = t.appendElement("tr");
        String code = RowValues.str(g, "country_iso3");
        tr.appendElement("td").text(code.isEmpty() ? "(no country code)" : name(code));
        List.of("year", "metrics", "points").forEach(c -> tr.appendElement("td").text(RowValues.str(g, c)));
      }
    }

    body.appendElement("h2").id("evidence").text("Evidence");
    for (EvidenceIndex.Sentence s : evidence.sentences()) {
      Element div = body.appendElement("div").addClass("evidence").id(evidence.anchor(s.ref()));
      div.appendElement("span").addClass("ref").text(s.ref() + " \u00b7 ");
      HtmlReport.highlighted(div.appendElement("span"), s.text(), s.values());
    }

    body.appendElement("h2").id("manifest").text("Run");
    Element kv = body.appendElement("table");
    manifest.rowCounts().forEach((k, v) -> {
      Element tr = kv.appendElement("tr");
      tr.appendElement("td").text("rows in " + k);
      tr.appendElement("td").addClass("n").text(String.valueOf(v));
    });
    manifest.stageSeconds().forEach((k, v) -> {
      Element tr = kv.appendElement("tr");
      tr.appendElement("td").text("seconds: " + k);
      tr.appendElement("td").addClass("n").text(Formats.trim(v.doubleValue()));
    });
    return doc.outerHtml();
  }

  private static void figure(Element body, String name, String title, byte[] png, String caption) {
    if (png == null) {
      body.appendElement("h3").text(title);
      body.appendElement("p").addClass("note").text(caption);
      return;
    }
    Element fig = body.appendElement("figure").id("chart-" + name);
    fig.appendElement("h3").text(title);
    fig.appendElement("img").attr("alt", title)
        .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
    Element cap = fig.appendElement("figcaption");
    cap.appendText(caption + " ");
    cap.appendElement("a").attr("href", "../charts/" + name + ".svg").text("SVG");
  }

  private static void latestCell(Element tr, Row latest, EvidenceIndex evidence) {
    Element td = tr.appendElement("td").addClass("n");
    if (latest == null || RowValues.dbl(latest, "value") == null) {
      return;
    }
    double v = RowValues.dbl(latest, "value");
    td.attr("data-v", Formats.trim(v));
    link(td, evidence, RowValues.str(latest, "evidence_ref"), v,
        Formats.boundSign(RowValues.str(latest, "qualifier")) + Formats.grouped(v));
    LocalDate d = RowValues.date(latest, "date");
    td.appendElement("br");
    td.appendElement("span").addClass("note").text(d == null ? "" : Integer.toString(d.getYear()));
  }

  private static void windowCell(Element tr, Row w, EvidenceIndex evidence) {
    Element td = tr.appendElement("td").addClass("n");
    Double cagr = w == null ? null : RowValues.dbl(w, "cagr");
    if (cagr == null) {
      if (w != null) {
        td.attr("title", RowValues.str(w, "note"));
      }
      return;
    }
    String flag = RowValues.str(w, "flag");
    td.attr("data-v", Formats.trim(cagr));
    if (!flag.isBlank()) {
      td.addClass("flagged").attr("title", flag);
    }
    LocalDate from = RowValues.date(w, "from_date");
    LocalDate to = RowValues.date(w, "to_date");
    link(td, evidence, RowValues.str(w, "evidence_ref"), null, Formats.percent(cagr) + (flag.isBlank() ? "" : " \u2691"));
    td.appendElement("br");
    td.appendElement("span").addClass("note").text((from == null ? "" : from.getYear() + "\u2013")
        + (to == null ? "" : Integer.toString(to.getYear())));
  }

  private static void link(Element td, EvidenceIndex evidence, String refs, Double value, String text) {
    String ref = evidence.refFor(refs, value);
    if (ref == null && !EvidenceIndex.split(refs).isEmpty()) {
      ref = EvidenceIndex.split(refs).get(0);
    }
    String anchor = ref == null ? null : evidence.anchor(ref);
    if (anchor != null) {
      td.appendElement("a").attr("href", "#" + anchor).attr("title", ref).text(text);
    } else {
      td.appendText(text);
    }
  }

  /** A 120 x 24 inline SVG polyline of the points on a log scale (counts span orders of magnitude). */
  static String sparkline(List<double[]> pts) {
    List<double[]> p = pts.stream().filter(x -> x[1] > 0).toList();
    if (p.size() < 2) {
      return "";
    }
    double x0 = p.get(0)[0];
    double x1 = p.get(p.size() - 1)[0];
    double y0 = p.stream().mapToDouble(x -> Math.log10(x[1])).min().getAsDouble();
    double y1 = p.stream().mapToDouble(x -> Math.log10(x[1])).max().getAsDouble();
    StringBuilder pl = new StringBuilder();
    for (double[] x : p) {
      double px = x1 == x0 ? 60 : 2 + 116 * (x[0] - x0) / (x1 - x0);
      double py = y1 == y0 ? 12 : 22 - 20 * (Math.log10(x[1]) - y0) / (y1 - y0);
      pl.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
    }
    return "<svg width=\"120\" height=\"24\" viewBox=\"0 0 120 24\" role=\"img\"><title>"
        + String.format(Locale.ROOT, "%d\u2013%d, log scale", (int) x0, (int) x1)
        + "</title><polyline fill=\"none\" stroke=\"#0072B2\" stroke-width=\"1.5\" points=\"" + pl.toString().trim()
        + "\"/></svg>";
  }

  /** Documents read: the published documents table's row count (the manifest lists only the first inputs). */
  private static long documentCount(RunManifest manifest) {
    Long rows = manifest.rowCounts().get(org.telecomgrowth.model.Tables.DOCUMENTS);
    return rows != null ? rows : manifest.inputs().size();
  }
}
