package org.telecomgrowth.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.telecomgrowth.io.OutputFiles;
import org.telecomgrowth.io.RunManifest;

/**
 * Report stage: the five charts (DIR/charts/NAME.png and .svg) and DIR/report/index.html, from the tables the run
 * has already written. Spark filters and aggregates (ReportInputs); the driver only sees chart-sized rows.
 */
public final class ReportStage {
  private ReportStage() {}

  public static final String METRIC = ReportCharts.MOBILE_SUBSCRIBERS;

  /** Entry point called by Pipeline; an IOException fails the run (rethrown unchecked, the signature is fixed). */
  public static void run(SparkSession spark, Map<String, Dataset<Row>> tables, FileSystem fs, Path runDir,
      RunManifest manifest) {
    try {
      write(tables, fs, runDir, manifest);
    } catch (IOException e) {
      throw new UncheckedIOException("report stage failed to write under " + runDir, e);
    }
  }

  /**
   * Builds the chart data, writes the charts and the HTML page(s); throws on any write failure. With series of one
   * country (or one document) the report is one page, report/index.html with charts/NAME.png|svg, as it always was.
   * With several: report/index.html is the corpus index (CorpusReport) and report/countries/ENTITY.html one page per
   * country with its charts under charts/ENTITY/.
   */
  public static void write(Map<String, Dataset<Row>> tables, FileSystem fs, Path runDir, RunManifest manifest)
      throws IOException {
    // Spark jobs may not pass -Djava.awt.headless; rendering must not look for a display.
    System.setProperty("java.awt.headless", "true");
    ReportInputs in = new ReportInputs(tables);
    CorpusInputs corpus = new CorpusInputs(in);
    List<String> entities = corpus.entities();
    if (entities.size() <= 1) {
      List<ChartAxes> axes = new ArrayList<>();
      writePage(in, fs, new Path(runDir, "charts"), new Path(new Path(runDir, "report"), "index.html"), "../charts/",
          null, manifest, entities.isEmpty() ? "" : entities.get(0), axes);
      writeAxes(fs, runDir, axes);
      return;
    }
    Dataset<Row> pages = corpus.pageRows();
    if (pages != null) {
      writePagesInTasks(pages, fs, runDir, manifest);
    }
    CorpusReport.write(corpus, in, entities, fs, runDir, manifest);
  }

  /** DIR/charts/axes.csv: every chart's value axis (range, tick labels, lowest figure), for checking a run. */
  private static void writeAxes(FileSystem fs, Path runDir, List<ChartAxes> axes) throws IOException {
    OutputFiles.mkdirs(fs, new Path(runDir, "charts"));
    ChartWriter.writeBytes(fs, new Path(new Path(runDir, "charts"), "axes.csv"),
        ChartAxes.csv(axes).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The country pages and their charts, rendered and written by the Spark tasks that hold each group of countries'
   * rows (one job); the driver writes only the index. A task writes through the run's Hadoop file system, as the
   * driver would, and sees the run's record as the driver had it before the report (row counts, counts, seconds).
   */
  static void writePagesInTasks(Dataset<Row> pages, FileSystem fs, Path runDir, RunManifest manifest) {
    String dir = fs.makeQualified(runDir).toString();
    org.apache.spark.broadcast.Broadcast<org.apache.spark.util.SerializableConfiguration> conf =
        new org.apache.spark.api.java.JavaSparkContext(pages.sparkSession().sparkContext())
            .broadcast(new org.apache.spark.util.SerializableConfiguration(fs.getConf()));
    String runId = manifest.runId();
    String input = manifest.input();
    java.util.ArrayList<Map<String, String>> inputs = new java.util.ArrayList<>();
    manifest.inputs().forEach(m -> inputs.add(new java.util.LinkedHashMap<>(m)));
    java.util.LinkedHashMap<String, Long> rowCounts = new java.util.LinkedHashMap<>(manifest.rowCounts());
    java.util.LinkedHashMap<String, Long> counts = new java.util.LinkedHashMap<>(manifest.counts());
    java.util.LinkedHashMap<String, Double> seconds = new java.util.LinkedHashMap<>(manifest.stageSeconds());
    pages.foreachPartition((org.apache.spark.api.java.function.ForeachPartitionFunction<Row>) rows -> {
      System.setProperty("java.awt.headless", "true");
      Path root = new Path(dir);
      FileSystem taskFs = root.getFileSystem(conf.value().value());
      RunManifest run = new RunManifest(runId, input, null);
      run.inputs(inputs);
      run.rowCounts().putAll(rowCounts);
      run.counts().putAll(counts);
      run.stageSeconds().putAll(seconds);
      while (rows.hasNext()) {
        CountryPage page = new CountryPage(rows.next());
        String file = fileName(page.entity());
        Path chartsDir = new Path(new Path(root, "charts"), file);
        List<ChartAxes> axes = new ArrayList<>();
        writePage(page, taskFs, chartsDir, new Path(new Path(root, "report/countries"), file + ".html"),
            "../../charts/" + file + "/", "../index.html", run, page.entity(), axes);
        // each page's chart axes beside its charts (DIR/charts/<entity>/axes.csv), written by the task
        ChartWriter.writeBytes(taskFs, new Path(chartsDir, "axes.csv"),
            ChartAxes.csv(axes).getBytes(StandardCharsets.UTF_8));
      }
    });
    conf.destroy();
  }

  /** A file name for an entity: letters, digits, '-' and '_' kept, anything else '_'. */
  static String fileName(String entity) {
    return entity.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** One page: charts into chartsDir, the HTML into html. indexHref: the link back to the index, or null. */
  static void writePage(PageInputs in, FileSystem fs, Path chartsDir, Path html, String chartsHref,
      String indexHref, RunManifest manifest) throws IOException {
    writePage(in, fs, chartsDir, html, chartsHref, indexHref, manifest, "", new ArrayList<>());
  }

  /** As above, adding each chart's value axis to {@code axes} under {@code entity}. */
  static void writePage(PageInputs in, FileSystem fs, Path chartsDir, Path html, String chartsHref,
      String indexHref, RunManifest manifest, String entity, List<ChartAxes> axes) throws IOException {
    List<Row> documents = in.documents();
    List<Row> penetration = in.penetration();
    String note = sourceNote(documents, PopulationSources.describe(PopulationSources.used(penetration)));

    List<Row> growthRows = in.growth(METRIC);
    SubscriberChartData subscribers = SubscriberChartData.from(METRIC, in.series(METRIC), in.fits(METRIC),
        in.breaks());
    GrowthChartData growth = GrowthChartData.from(METRIC, growthRows);
    HouseholdChartData households = HouseholdChartData.from(penetration);
    PenetrationChartData per100 = PenetrationChartData.from(penetration);
    List<Row> eventRows = in.events();
    boolean eventsCapped = eventRows.size() > ReportInputs.TABLE_CAP;
    TimelineChartData timeline = TimelineChartData.from(
        eventsCapped ? eventRows.subList(0, ReportInputs.TABLE_CAP) : eventRows);

    OutputFiles.mkdirs(fs, chartsDir);
    List<HtmlReport.ChartSection> sections = new ArrayList<>();
    sections.add(chart(ReportCharts.MOBILE_SUBSCRIBERS, "Mobile phone subscribers",
        ReportCharts.subscribers(subscribers, note), Captions.subscribers(subscribers), fs, chartsDir, entity, axes));
    sections.add(chart(ReportCharts.GROWTH_RATES, "Growth rates",
        ReportCharts.growthRates(growth, note), Captions.growth(growth), fs, chartsDir, entity, axes));
    sections.add(chart(ReportCharts.HOUSEHOLD_PENETRATION, "Household penetration",
        ReportCharts.householdPenetration(households, note), Captions.households(households), fs, chartsDir, entity, axes));
    sections.add(chart(ReportCharts.PER_100_INHABITANTS, "Per 100 inhabitants",
        ReportCharts.per100Inhabitants(per100, subscribers.bands(), note), Captions.per100(per100), fs, chartsDir, entity, axes));
    sections.add(chart(ReportCharts.TIMELINE, "Timeline", ReportCharts.timeline(timeline, note),
        Captions.timeline(timeline), fs, chartsDir, entity, axes));

    List<Row> growthTable = in.growthTable();
    List<Row> conflicts = in.conflicts();
    List<Row> heldBack = in.heldBack();
    List<Headline> headlines = Headline.from(subscribers, growthRows, penetration, households);
    Set<String> refs = new LinkedHashSet<>();
    headlines.forEach(h -> refs.addAll(EvidenceIndex.split(h.evidenceRef())));
    for (Row r : growthTable) {
      refs.addAll(EvidenceIndex.split(RowValues.str(r, "evidence_ref")));
    }
    for (Row r : conflicts) {
      refs.addAll(EvidenceIndex.split(RowValues.str(r, "evidence_a")));
      refs.addAll(EvidenceIndex.split(RowValues.str(r, "evidence_b")));
    }
    for (Row r : heldBack) {
      refs.addAll(EvidenceIndex.split(RowValues.str(r, "evidence_ref")));
    }
    EvidenceIndex evidence = EvidenceIndex.from(in.observations(refs));

    String pageTitle = title(documents);
    if (pageTitle.equals(title(List.of())) && !entity.isEmpty() && !entity.startsWith("doc:")) {
      // An entity without an ISO code (the world, the West Bank's documents under PSE): its name from the tables.
      pageTitle += " in " + countryName(entity);
    }
    HtmlReport.Model model = new HtmlReport.Model(pageTitle, note, documents, headlines, sections,
        capped(growthTable), capped(conflicts), new HtmlReport.TableRows(eventRows, eventsCapped), timeline,
        evidence, manifest, capped(heldBack), chartsHref, indexHref, capped(in.unresolved()));
    OutputFiles.mkdirs(fs, html.getParent());
    ChartWriter.writeBytes(fs, html, HtmlReport.render(model).getBytes(StandardCharsets.UTF_8));
  }

  private static HtmlReport.ChartSection chart(String name, String title, JFreeChart chart, String caption,
      FileSystem fs, Path chartsDir, String entity, List<ChartAxes> axes) throws IOException {
    HtmlReport.ChartSection section = new HtmlReport.ChartSection(name, title, caption,
        ChartWriter.write(name, chart, fs, chartsDir));
    ChartAxes axis = ChartAxes.of(entity, name, chart);
    if (axis != null) {
      axes.add(axis);
    }
    return section;
  }

  private static HtmlReport.TableRows capped(List<Row> rows) {
    return new HtmlReport.TableRows(rows, rows.size() > ReportInputs.TABLE_CAP);
  }

  /**
   * "Source: Telecommunications in North Korea; reference: World Bank SP.POP.TOTL (...) population": the
   * population named only when a per-100 figure used it.
   */
  static String sourceNote(List<Row> documents, String populationUsed) {
    Set<String> titles = new TreeSet<>();
    documents.forEach(r -> {
      String t = RowValues.str(r, "title");
      titles.add(t.isBlank() ? RowValues.str(r, "doc_id") : t);
    });
    List<String> list = new ArrayList<>(titles);
    String docs = list.isEmpty() ? "input documents"
        : list.size() <= 3 ? String.join(", ", list)
        : String.join(", ", list.subList(0, 3)) + " and " + (list.size() - 3) + " more";
    return "Source: " + docs + (populationUsed.isBlank() ? "" : "; reference: " + populationUsed + " population");
  }

  static String title(List<Row> documents) {
    Set<String> countries = new TreeSet<>();
    documents.forEach(r -> {
      String c = RowValues.str(r, "country_iso3");
      if (!c.isBlank()) {
        countries.add(c);
      }
    });
    List<String> names = new ArrayList<>();
    countries.forEach(c -> names.add(countryName(c)));
    return "Growth of telecommunications" + (names.isEmpty() ? "" : " in " + String.join(", ", names));
  }

  /** "PRK" -> "North Korea", "ANT" -> "Netherlands Antilles" from the entity tables; an unknown code stays. */
  static String countryName(String iso3) {
    return org.telecomgrowth.transform.Entities.name(iso3);
  }
}
