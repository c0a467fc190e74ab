package org.telecomgrowth.report;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.telecomgrowth.io.RunManifest;

/**
 * The report page, built with jsoup's DOM so every piece of document text is escaped on output (a sentence
 * containing {@code <script>} shows as text). One self-contained file: CSS inline, charts as data-URI PNGs.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** A chart as the page shows it. */
  public record ChartSection(String name, String title, String caption, byte[] png) {}

  /** A table of rows collected under a cap; total is -1 when unknown. */
  public record TableRows(List<Row> rows, boolean capped) {}

  /** Everything the page shows; built by ReportStage, rendered here without Spark. */
  public record Model(String title, String sourceNote, List<Row> documents, List<Headline> headlines,
      List<ChartSection> charts, TableRows growth, TableRows conflicts, TableRows events,
      TimelineChartData timeline, EvidenceIndex evidence, RunManifest manifest, TableRows heldBack,
      String chartsHref, String indexHref, TableRows unresolved) {

    /** The single-run page: charts beside the report folder, no index. */
    public Model(String title, String sourceNote, List<Row> documents, List<Headline> headlines,
        List<ChartSection> charts, TableRows growth, TableRows conflicts, TableRows events,
        TimelineChartData timeline, EvidenceIndex evidence, RunManifest manifest) {
      this(title, sourceNote, documents, headlines, charts, growth, conflicts, events, timeline, evidence, manifest,
          new TableRows(List.of(), false), "../charts/", null, new TableRows(List.of(), false));
    }
  }

  static final List<String> UNRESOLVED_SHOWN = List.of("doc_id", "reason", "value", "unit", "sentence");
  static final List<String> GROWTH_SHOWN = List.of("metric", "scope", "source", "kind", "segment", "from_date",
      "to_date", "from_value", "to_value", "years", "cagr", "doubling_time_years", "qualifier", "crosses_break",
      "note", "flag", "evidence_ref");
  static final List<String> CONFLICTS_SHOWN = List.of("metric", "scope", "kind", "series_a", "date_a", "value_a",
      "evidence_a", "series_b", "date_b", "value_b", "evidence_b", "days_apart", "relative_difference", "reason");
  static final List<String> HELD_BACK_SHOWN = List.of("metric", "scope", "source", "date", "value", "unit", "flag",
      "evidence_ref");

  private static final String CSS = String.join("\n",
      "body{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;margin:0 auto;max-width:1240px;",
      "padding:16px 20px;color:#222;line-height:1.45}",
      "h1{font-size:28px;margin:8px 0 4px}h2{font-size:21px;margin:32px 0 8px;border-bottom:1px solid #ddd}",
      ".sub{color:#555;margin:0 0 16px}",
      ".headlines{display:flex;flex-wrap:wrap;gap:12px}",
      ".card{border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:200px;flex:1 1 200px}",
      ".card .label{font-size:13px;color:#555}.card .value{font-size:26px;font-weight:bold;color:#0072B2}",
      ".card .detail{font-size:12px;color:#666}",
      "figure{margin:16px 0}figure img{width:100%;max-width:1200px;height:auto;border:1px solid #eee}",
      "figcaption{font-size:15px;color:#333;margin-top:4px}",
      "table{border-collapse:collapse;font-size:12px;width:100%;margin:8px 0}",
      "th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}",
      "th{background:#f4f4f4}td.n{text-align:right;white-space:nowrap}",
      ".scroll{overflow-x:auto;max-width:100%}td{overflow-wrap:anywhere}",
      "a{color:#0072B2}mark{background:#ffe08a;padding:0 2px}",
      ".evidence{border-left:4px solid #ddd;margin:8px 0;padding:4px 10px}",
      ".evidence:target{border-left-color:#D55E00;background:#fff6ee}",
      ".ref{font-size:12px;color:#666}.note{font-size:13px;color:#555}",
      ".swatch{display:inline-block;width:10px;height:10px;margin-right:4px}");

  public static String render(Model m) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset("UTF-8").prettyPrint(true);
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(m.title());
    head.appendElement("style").appendChild(new DataNode(CSS));

    Element body = doc.body();
    if (m.indexHref() != null) {
      body.appendElement("p").appendElement("a").attr("href", m.indexHref()).text("\u2190 All countries");
    }
    body.appendElement("h1").text(m.title());
    body.appendElement("p").addClass("sub").text(m.sourceNote() + ". Every number in the tables links to the "
        + "sentence it comes from (section Evidence).");

    headlines(body, m);
    for (ChartSection c : m.charts()) {
      Element fig = body.appendElement("figure").id("chart-" + c.name());
      fig.appendElement("h2").text(c.title());
      fig.appendElement("img").attr("alt", c.title())
          .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(c.png()));
      Element cap = fig.appendElement("figcaption");
      cap.appendText(c.caption() + " ");
      cap.appendElement("a").attr("href", m.chartsHref() + c.name() + ".svg").text("SVG");
    }
    growthTable(body, m);
    conflictsTable(body, m);
    if (!m.heldBack().rows().isEmpty()) {
      body.appendElement("h2").id("held-back").text("Points held back");
      body.appendElement("p").addClass("note").text("Series points that break their series' scale (a rise of more "
          + "than \u00d710 a year, a fall below a fifth, a per-100 figure among counts, mobile subscribers above "
          + "3 \u00d7 population, a share above 100): kept in series.csv with the reason in flag, left out of growth, "
          + "penetration and fits.");
      table(body, m, m.heldBack(), HELD_BACK_SHOWN, "held_back");
    }
    if (!m.unresolved().rows().isEmpty()) {
      body.appendElement("h2").id("unresolved").text("Numbers not published");
      body.appendElement("p").addClass("note").text("Numbers found in the text but not published as observations, "
          + "with the reason (unresolved.csv): no metric could be told from the words around them, or they are "
          + "not figures of anything counted (ranks, citation markers, dialling codes), or they state a change "
          + "rather than a level. Plans and forecasts are in projections.csv.");
      table(body, m, m.unresolved(), UNRESOLVED_SHOWN, "unresolved");
    }
    eventsTable(body, m);
    evidence(body, m);
    manifest(body, m);
    return doc.outerHtml();
  }

  private static void headlines(Element body, Model m) {
    body.appendElement("h2").text("Headline figures");
    if (m.headlines().isEmpty()) {
      body.appendElement("p").addClass("note").text("No data: no headline figure could be computed from this run.");
      return;
    }
    Element row = body.appendElement("div").addClass("headlines");
    for (Headline h : m.headlines()) {
      Element card = row.appendElement("div").addClass("card");
      card.appendElement("div").addClass("label").text(h.label());
      String ref = m.evidence().refFor(h.evidenceRef(), null);
      Element value = card.appendElement("div").addClass("value");
      if (ref != null) {
        value.appendElement("a").attr("href", "#" + m.evidence().anchor(ref)).text(h.value());
      } else {
        value.text(h.value());
      }
      card.appendElement("div").addClass("detail").text(h.detail());
    }
  }

  private static void growthTable(Element body, Model m) {
    body.appendElement("h2").id("growth").text("Growth rates");
    body.appendElement("p").addClass("note").text("Pairs of consecutive figures, segments between regime breaks "
        + "and whole spans (year-over-year interpolations are in tables/growth.csv). cagr and years are derived; "
        + "their links go to the first sentence they were derived from.");
    table(body, m, m.growth(), GROWTH_SHOWN, "growth");
  }

  private static void conflictsTable(Element body, Model m) {
    body.appendElement("h2").id("conflicts").text("Conflicting figures");
    body.appendElement("p").addClass("note").text("Statements that lost a series point to the published one (kind "
        + "superseded: a is published, b lost, reason says why), and figures of one metric and scope from different "
        + "sources within six months of each other (kind nearby); relative_difference = |a \u2212 b| / max(a, b).");
    table(body, m, m.conflicts(), CONFLICTS_SHOWN, "conflicts");
  }

  private static void table(Element body, Model m, TableRows t, List<String> columns, String name) {
    if (t.rows().isEmpty()) {
      body.appendElement("p").addClass("note").text("No data: the " + name + " table is missing or empty.");
      return;
    }
    List<Row> rows = t.capped() ? t.rows().subList(0, ReportInputs.TABLE_CAP) : t.rows();
    if (t.capped()) {
      body.appendElement("p").addClass("note").text("Showing the first " + ReportInputs.TABLE_CAP
          + " rows; the full table is tables/" + name + ".csv.");
    }
    // Wide tables scroll inside their box instead of widening the page.
    Element table = body.appendElement("div").addClass("scroll").appendElement("table").addClass(name);
    Element tr = table.appendElement("thead").appendElement("tr");
    List<String> present = columns.stream().filter(c -> !rows.isEmpty() && RowValues.has(rows.get(0), c)).toList();
    present.forEach(c -> tr.appendElement("th").text(c));
    Element tbody = table.appendElement("tbody");
    for (Row r : rows) {
      Element row = tbody.appendElement("tr");
      for (String c : present) {
        Element td = row.appendElement("td");
        if (c.startsWith("evidence")) {
          refLinks(td, m.evidence(), RowValues.str(r, c));
        } else if (isNumeric(r, c)) {
          td.addClass("n");
          Double v = RowValues.dbl(r, c);
          if (v != null) {
            String ref = m.evidence().refFor(RowValues.str(r, evidenceColumn(name, c)), v);
            String text = formatNumber(c, v);
            if (ref != null) {
              td.appendElement("a").attr("href", "#" + m.evidence().anchor(ref)).attr("title", ref).text(text);
            } else {
              td.text(text);
            }
          }
        } else {
          Object raw = r.isNullAt(r.fieldIndex(c)) ? null : r.get(r.fieldIndex(c));
          td.text(raw instanceof Boolean ? ((Boolean) raw ? "yes" : "no")
              : raw instanceof java.sql.Date || raw instanceof LocalDate ? String.valueOf(RowValues.date(r, c))
              : RowValues.str(r, c));
        }
      }
    }
  }

  /** Which evidence column backs a number: conflicts keep one per side. */
  static String evidenceColumn(String table, String column) {
    if ("conflicts".equals(table)) {
      return column.endsWith("_b") ? "evidence_b" : "evidence_a";
    }
    return "evidence_ref";
  }

  private static boolean isNumeric(Row r, String c) {
    int i = r.fieldIndex(c);
    Object v = r.isNullAt(i) ? null : r.get(i);
    if (v != null) {
      return v instanceof Number;
    }
    org.apache.spark.sql.types.DataType t = r.schema().fields()[i].dataType();
    return t instanceof org.apache.spark.sql.types.NumericType;
  }

  static String formatNumber(String column, double v) {
    switch (column) {
      case "cagr":
      case "relative_difference":
        return Formats.percent(v);
      case "years":
      case "doubling_time_years":
        return String.format(Locale.ROOT, "%.2f", v);
      case "segment":
      case "days_apart":
        return String.format(Locale.ROOT, "%d", Math.round(v));
      default:
        return Formats.grouped(v);
    }
  }

  private static void refLinks(Element td, EvidenceIndex evidence, String refs) {
    boolean first = true;
    for (String ref : EvidenceIndex.split(refs)) {
      if (!first) {
        td.appendText("; ");
      }
      first = false;
      String anchor = evidence.anchor(ref);
      if (anchor != null) {
        td.appendElement("a").attr("href", "#" + anchor).text(ref);
      } else {
        td.appendText(ref);
      }
    }
  }

  private static void eventsTable(Element body, Model m) {
    body.appendElement("h2").id("events").text("Events (numbers of the timeline)");
    if (m.timeline().isEmpty()) {
      body.appendElement("p").addClass("note").text("No data: the events table is missing or empty.");
      return;
    }
    if (m.events().capped()) {
      body.appendElement("p").addClass("note").text("Showing the first " + ReportInputs.TABLE_CAP
          + " events by date; the full table is tables/events.csv.");
    }
    Element table = body.appendElement("div").addClass("scroll").appendElement("table").addClass("events");
    Element tr = table.appendElement("thead").appendElement("tr");
    for (String h : List.of("#", "period", "category", "sentence", "doc_id#sentence_index")) {
      tr.appendElement("th").text(h);
    }
    Element tbody = table.appendElement("tbody");
    for (TimelineChartData.Milestone ms : m.timeline().milestones()) {
      Element row = tbody.appendElement("tr");
      row.appendElement("td").addClass("n").text(Integer.toString(ms.number()));
      row.appendElement("td").text(Formats.period(ms.start(), ms.end()));
      Element cat = row.appendElement("td");
      java.awt.Color c = (java.awt.Color) ChartStyle.categoryColor(ms.category());
      cat.appendElement("span").addClass("swatch")
          .attr("style", String.format(Locale.ROOT, "background:#%06x", c.getRGB() & 0xFFFFFF));
      cat.appendText(ms.category());
      row.appendElement("td").text(ms.sentence());
      row.appendElement("td").text(ms.evidenceRef());
    }
  }

  private static void evidence(Element body, Model m) {
    body.appendElement("h2").id("evidence").text("Evidence");
    if (m.evidence().sentences().isEmpty()) {
      body.appendElement("p").addClass("note").text("No data: no sentence is referenced by the tables above.");
      return;
    }
    body.appendElement("p").addClass("note").text("The sentences the numbers above come from, the stated figures "
        + "highlighted.");
    for (EvidenceIndex.Sentence s : m.evidence().sentences()) {
      Element div = body.appendElement("div").addClass("evidence").id(m.evidence().anchor(s.ref()));
      div.appendElement("div").addClass("ref").text(s.ref() + " \u00b7 section: "
          + (s.section().isBlank() ? "(none)" : s.section()));
      highlighted(div.appendElement("p"), s.text(), s.values());
    }
  }

  /** Appends the sentence as text nodes with each stated value wrapped in mark; jsoup escapes both. */
  static void highlighted(Element p, String sentence, List<Double> values) {
    int at = 0;
    for (int[] span : NumberHighlighter.spans(sentence, values)) {
      p.appendText(sentence.substring(at, span[0]));
      p.appendElement("mark").text(sentence.substring(span[0], span[1]));
      at = span[1];
    }
    p.appendText(sentence.substring(at));
  }

  private static void manifest(Element body, Model m) {
    RunManifest man = m.manifest();
    body.appendElement("h2").id("manifest").text("Run manifest");
    Element dl = body.appendElement("p");
    dl.appendText("Run id: ");
    dl.appendElement("code").text(String.valueOf(man.runId()));
    dl.appendText(" \u00b7 input: ");
    dl.appendElement("code").text(String.valueOf(man.input()));

    body.appendElement("h3").text("Documents");
    if (m.documents().isEmpty()) {
      body.appendElement("p").addClass("note").text("No data: no document was read.");
    } else {
      Element t = body.appendElement("table");
      Element tr = t.appendElement("tr");
      List<String> cols = List.of("doc_id", "title", "country_iso3", "path", "sentences", "observations", "events");
      cols.forEach(c -> tr.appendElement("th").text(c));
      for (Row r : m.documents()) {
        Element row = t.appendElement("tr");
        cols.forEach(c -> row.appendElement("td").text(RowValues.str(r, c)));
      }
    }

    body.appendElement("h3").text("Inputs");
    if (m.indexHref() != null) {
      body.appendElement("p").addClass("note").text(man.inputs().size() + " input files; their digests are in "
          + "manifest.json.");
    } else if (man.inputs().isEmpty()) {
      body.appendElement("p").addClass("note").text("No inputs recorded.");
    } else {
      Element t = body.appendElement("table");
      Element tr = t.appendElement("tr");
      List<String> cols = List.of("path", "doc_id", "sha256");
      cols.forEach(c -> tr.appendElement("th").text(c));
      for (Map<String, String> in : man.inputs()) {
        Element row = t.appendElement("tr");
        cols.forEach(c -> row.appendElement("td").text(String.valueOf(in.getOrDefault(c, ""))));
      }
    }
    keyValues(body, "Row counts", man.rowCounts());
    keyValues(body, "Other counts", man.counts());
    keyValues(body, "Seconds per stage (before the report)", man.stageSeconds());
  }

  private static void keyValues(Element body, String title, Map<String, ? extends Number> values) {
    body.appendElement("h3").text(title);
    if (values.isEmpty()) {
      body.appendElement("p").addClass("note").text("None recorded.");
      return;
    }
    Element t = body.appendElement("table").addClass("kv");
    values.forEach((k, v) -> {
      Element row = t.appendElement("tr");
      row.appendElement("td").text(k);
      row.appendElement("td").addClass("n").text(v instanceof Double ? Formats.trim(v.doubleValue())
          : String.valueOf(v));
    });
  }
}
