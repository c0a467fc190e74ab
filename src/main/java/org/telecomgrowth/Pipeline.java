package org.telecomgrowth;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.HashSet;
import java.util.TimeZone;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.telecomgrowth.extract.ExtractOutput;
import org.telecomgrowth.extract.ExtractStage;
import org.telecomgrowth.io.AtomicPublisher;
import org.telecomgrowth.io.Progress;
import org.telecomgrowth.io.SparkProgress;
import org.telecomgrowth.io.RunManifest;
import org.telecomgrowth.io.SparkCounters;
import org.telecomgrowth.io.TablePublisher;
import org.telecomgrowth.model.Tables;
import org.telecomgrowth.report.ReportStage;
import org.telecomgrowth.transform.QualityGateException;
import org.telecomgrowth.transform.TransformOutput;
import org.telecomgrowth.transform.TransformStage;
import picocli.CommandLine;

/** The one entry point: parses options, then wires the named stages Extract, Transform, Report and Publish. */
public final class Pipeline {
  static final int EXIT_OK = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_QUALITY_GATE = 3;

  private Pipeline() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the pipeline and returns the contract's exit code (never calls System.exit, for tests). */
  public static int run(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    Locale.setDefault(Locale.ROOT);
    PipelineOptions options = new PipelineOptions();
    CommandLine cli = new CommandLine(options);
    try {
      cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      System.err.println("error: " + e.getMessage() + " (see --help)");
      return EXIT_USAGE;
    }
    if (cli.isUsageHelpRequested()) {
      cli.usage(System.out);
      return EXIT_OK;
    }
    if (cli.isVersionHelpRequested()) {
      System.out.println("telecom-growth");
      return EXIT_OK;
    }
    String invalid = options.validate();
    if (invalid != null) {
      System.err.println("error: " + invalid);
      return EXIT_USAGE;
    }
    long started = System.nanoTime();
    java.time.Instant startedAt = java.time.Instant.now();
    quietLogs(options.verbose);
    // A session that already runs (spark-shell, tests) is reused and left running.
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark;
    try {
      spark = session(options);
    } catch (IOException e) {
      System.err.println("error: " + e.getMessage());
      return EXIT_USAGE;
    }
    RunManifest manifest = new RunManifest(options.runIdOrDefault(), options.input, spark.version(), startedAt);
    manifest.options(optionsRecord(options, spark));
    RunState state = new RunState();
    try {
      String msg = inputProblem(spark, options.input);
      if (msg != null) {
        System.err.println("error: " + msg);
        recordFailure(spark, options, manifest, "input_error", state, msg);
        return EXIT_USAGE;
      }
      int code = execute(spark, options, manifest, state);
      if (code == EXIT_OK) {
        System.out.println(summaryLine(options.output, (System.nanoTime() - started) / 1e9, manifest)
            + " (run " + manifest.runId() + ")");
      }
      return code;
    } catch (org.telecomgrowth.extract.Catalog.InputException e) {
      System.err.println("error: " + e.getMessage());
      recordFailure(spark, options, manifest, "failed", state, e.getMessage());
      return EXIT_USAGE;
    } catch (QualityGateException e) {
      System.err.println("quality gate failed: " + e.getMessage());
      recordFailure(spark, options, manifest, "quality_gate_failed", state, e.getMessage());
      return EXIT_QUALITY_GATE;
    } catch (Exception e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      // one line that names the cause (a full disk, a read-only folder), not only the stage's wrapper
      System.err.println(("error: run failed: " + e + (root != e ? " (cause: " + root + ")" : ""))
          .replaceAll("\\s*\\R\\s*", " "));
      if (options.verbose) {
        e.printStackTrace();
      }
      recordFailure(spark, options, manifest, "failed", state, String.valueOf(e));
      return EXIT_FAILED;
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  /** Which stage a run is in, and whether the publish has started (a kill must then not touch the staging). */
  private static final class RunState {
    volatile String stage = "start";
    volatile boolean committing;
    volatile boolean ended;
  }

  private static int execute(SparkSession spark, PipelineOptions options, RunManifest manifest, RunState state)
      throws Exception {
    String runId = manifest.runId();
    AtomicPublisher publisher = new AtomicPublisher(options.output, runId, spark.sparkContext().hadoopConfiguration(),
        options.failAt);
    Set<Integer> keptBefore = new HashSet<>(JavaSparkContext.fromSparkContext(spark.sparkContext())
        .getPersistentRDDs().keySet());
    try {
      publisher.begin(options.input, options.catalog, options.reference);
    } catch (AtomicPublisher.RefusedException e) {
      System.err.println("error: " + e.getMessage());
      return e.badTarget() ? EXIT_USAGE : EXIT_FAILED;
    }
    // A run killed by SIGTERM or Ctrl-C removes its staging folder and leaves a failed-run manifest.
    Runnable onKill = () -> {
      if (!state.ended) {
        state.ended = true;
        if (!state.committing) {
          publisher.abort();
        }
        manifest.end("killed", state.stage, "the JVM was shut down during the run");
        writeFailedManifest(publisher.fs(), options.output, manifest);
      }
    };
    org.apache.hadoop.util.ShutdownHookManager.get().addShutdownHook(onKill, KILL_HOOK_PRIORITY);
    Progress progress = Progress.forRun(options.quiet);
    SparkProgress sparkProgress = SparkProgress.start(spark.sparkContext());
    progress.taskCounts(sparkProgress);
    try (SparkCounters counters = SparkCounters.start(spark.sparkContext())) {
      state.stage = "extract";
      long t0 = System.nanoTime();
      // The start line comes once the catalog is read and the input listed, so a bad catalog is one line.
      Progress.Stage[] extractProgress = new Progress.Stage[1];
      org.apache.spark.util.LongAccumulator[] documentsDone = new org.apache.spark.util.LongAccumulator[1];
      ExtractOutput extracted = ExtractStage.run(spark, options.input, options.catalog,
          (long) options.maxDocumentMb << 20, (files, bytes, done) -> {
            documentsDone[0] = done;
            extractProgress[0] = progress.start("extract", String.format(Locale.ROOT, "%,d %s (%s) in %s",
                files, files == 1 ? "file" : "files", Progress.megabytes(bytes), options.input))
                .counting(files, "documents", () -> sparkProgress.value(done));
          });
      manifest.stageSeconds("extract", t0);
      long extractedCount = documentsDone[0].value();
      extractProgress[0].end(String.format(Locale.ROOT, "%,d %s extracted", extractedCount,
          extractedCount == 1 ? "document" : "documents"));
      publisher.checkpoint("extract");

      state.stage = "transform";
      long t1 = System.nanoTime();
      Progress.Stage transformProgress = progress.start("transform", "series, growth, penetration, forecasts");
      TransformOutput transformed = TransformStage.run(spark, extracted.observations(), extracted.events(),
          extracted.documents(), options.reference);
      manifest.stageSeconds("transform", t1);
      transformProgress.end("");
      publisher.checkpoint("transform");

      state.stage = "publish_tables";
      long t2 = System.nanoTime();
      Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
      Map<String, java.util.List<String>> orders = new LinkedHashMap<>();
      tables.put(Tables.OBSERVATIONS, extracted.observations());
      orders.put(Tables.OBSERVATIONS, Tables.OBSERVATION_ORDER);
      tables.put(Tables.EVENTS, extracted.events());
      orders.put(Tables.EVENTS, Tables.EVENT_ORDER);
      tables.put(Tables.DOCUMENTS, extracted.documents());
      orders.put(Tables.DOCUMENTS, Tables.DOCUMENT_ORDER);
      tables.put(Tables.REJECTS, extracted.rejects());
      orders.put(Tables.REJECTS, Tables.REJECT_ORDER);
      tables.put(Tables.UNRESOLVED, extracted.unresolved());
      orders.put(Tables.UNRESOLVED, Tables.UNRESOLVED_ORDER);
      tables.put(Tables.PROJECTIONS, extracted.projections());
      orders.put(Tables.PROJECTIONS, Tables.OBSERVATION_ORDER);
      tables.put(INPUTS, extracted.inputs());
      orders.put(INPUTS, java.util.List.of("path"));
      tables.putAll(transformed.tables());
      orders.putAll(transformed.orders());
      FileSystem fs = publisher.fs();
      Path runDir = publisher.staging();
      int tableCount = tables.size();
      Progress.Stage tablesProgress = progress.start("publish_tables", tableCount + " tables")
          .counting(tableCount, "tables written", () -> manifest.rowCounts().size());
      // Each table is computed once, into the staging folder; everything after reads those files.
      Map<String, Dataset<Row>> written = TablePublisher.writeAll(tables, orders, fs, runDir, manifest);
      manifest.inputsFrom(fs, new Path(new Path(runDir, "tables"), INPUTS + ".csv"));
      recordSideFiles(spark, options, manifest);
      manifest.count("numbers_without_metric", extracted.numbersWithoutMetric());
      manifest.stageSeconds("publish_tables", t2);
      tablesProgress.end(tableCounts(manifest));
      publisher.checkpoint("tables");

      state.stage = "quality_gates";
      long tg = System.nanoTime();
      Progress.Stage gatesProgress = progress.start("quality_gates", "");
      Map<String, Dataset<Row>> transformTables = new LinkedHashMap<>();
      transformed.tables().keySet().forEach(k -> transformTables.put(k, written.get(k)));
      TransformStage.checkGates(written.get(Tables.OBSERVATIONS), transformTables);
      manifest.stageSeconds("quality_gates", tg);
      gatesProgress.end("passed");

      state.stage = "report";
      long t3 = System.nanoTime();
      Progress.Stage reportProgress = progress.start("report", "charts and pages");
      ReportStage.run(spark, written, fs, runDir, manifest);
      manifest.stageSeconds("report", t3);
      manifest.count("charts", countPngs(fs, new Path(runDir, "charts")));
      reportProgress.end(plural(manifest.counts().getOrDefault("charts", 0L), "chart"));
      publisher.checkpoint("report");

      counters.record(manifest);
      state.stage = "publish";
      manifest.end("published", null, null);
      manifest.write(fs, new Path(runDir, "manifest.json"));
      state.committing = true;
      publisher.commit();
      state.ended = true;
      // The last run succeeded: an older failed-run manifest no longer describes the output's state.
      fs.delete(failedManifestPath(fs, options.output), false);
      return EXIT_OK;
    } catch (Exception | Error e) {
      if (!state.committing) {
        publisher.abort();
      }
      throw e;
    } finally {
      progress.close();
      sparkProgress.close();
      release(spark, keptBefore);
      removeKillHook(onKill);
    }
  }

  /** "8,929 documents, 31,432 observations, 2,345 series" from the row counts written so far. */
  static String tableCounts(RunManifest manifest) {
    Map<String, Long> rows = manifest.rowCounts();
    StringBuilder b = new StringBuilder();
    for (String t : java.util.List.of(Tables.DOCUMENTS, Tables.OBSERVATIONS, Tables.EVENTS, Tables.REJECTS,
        "series", "growth")) {
      if (rows.containsKey(t)) {
        b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", rows.get(t), t));
      }
    }
    return b.toString();
  }

  /** PNG charts under {@code dir} and in its country folders (a corpus report writes charts/<ENTITY>/). */
  private static long countPngs(FileSystem fs, Path dir) throws IOException {
    long n = 0;
    for (String glob : new String[] {"*.png", "*/*.png"}) {
      org.apache.hadoop.fs.FileStatus[] found = fs.globStatus(new Path(dir, glob));
      n += found == null ? 0 : found.length;
    }
    return n;
  }

  /** Runs before Spark's (40) and Hadoop FileSystem's (10) shutdown hooks, so both still work inside it. */
  private static final int KILL_HOOK_PRIORITY = 60;

  private static void removeKillHook(Runnable hook) {
    try {
      org.apache.hadoop.util.ShutdownHookManager.get().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs or has run
    }
  }

  /** "published output/ in 12.3 s: 1 document, 34 observations, 33 events, 5 charts". */
  static String summaryLine(String output, double seconds, RunManifest manifest) {
    Map<String, Long> rows = manifest.rowCounts();
    return String.format(Locale.ROOT, "published %s in %.1f s: %s, %s, %s, %s", output, seconds,
        plural(rows.getOrDefault(Tables.DOCUMENTS, 0L), "document"),
        plural(rows.getOrDefault(Tables.OBSERVATIONS, 0L), "observation"),
        plural(rows.getOrDefault(Tables.EVENTS, 0L), "event"),
        plural(manifest.counts().getOrDefault("charts", 0L), "chart"));
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The options as given, plus the master Spark actually uses. */
  private static Map<String, Object> optionsRecord(PipelineOptions o, SparkSession spark) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", o.input);
    m.put("output", o.output);
    m.put("catalog", o.catalog);
    m.put("reference", o.reference);
    m.put("max_document_mb", o.maxDocumentMb);
    m.put("master", spark.sparkContext().master());
    m.put("run_id", o.runId);
    m.put("conf", o.conf);
    m.put("verbose", o.verbose);
    m.put("quiet", o.quiet);
    return m;
  }

  /** SHA-256 of the catalog and the reference tables the run read. */
  private static void recordSideFiles(SparkSession spark, PipelineOptions o, RunManifest manifest)
      throws IOException {
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path catalog = new Path(o.catalog);
    manifest.sideFile("catalog", catalog.getFileSystem(conf), catalog);
    Path reference = new Path(o.reference);
    FileSystem rfs = reference.getFileSystem(conf);
    for (String name : java.util.List.of("population.csv", "households.csv",
        org.telecomgrowth.transform.ReferenceData.ENTITY_ALIASES_FILE)) {
      manifest.sideFile("reference", rfs, new Path(reference, name));
    }
    // the forecast prior, read when a run's own backtest is too short to choose a model or calibrate intervals
    for (String name : java.util.List.of(org.telecomgrowth.transform.ReferenceData.PRIOR_MODELS_FILE,
        org.telecomgrowth.transform.ReferenceData.PRIOR_INTERVALS_FILE)) {
      manifest.sideFile("forecast_prior", rfs, new Path(reference, name));
    }
  }

  /** DIR.failed-manifest.json beside DIR: the record of the last failed run; the published DIR is not touched. */
  static Path failedManifestPath(FileSystem fs, String output) {
    Path target = fs.makeQualified(new Path(output));
    return new Path(target.getParent(), target.getName() + ".failed-manifest.json");
  }

  private static void recordFailure(SparkSession spark, PipelineOptions options, RunManifest manifest,
      String status, RunState state, String error) {
    if (state.ended) {
      return;
    }
    state.ended = true;
    manifest.end(status, state.stage, error);
    try {
      FileSystem fs = new Path(options.output).getFileSystem(spark.sparkContext().hadoopConfiguration());
      writeFailedManifest(fs, options.output, manifest);
    } catch (IOException | RuntimeException e) {
      System.err.println("warning: could not write the failed-run manifest: " + e.getMessage());
    }
  }

  private static void writeFailedManifest(FileSystem fs, String output, RunManifest manifest) {
    Path file = failedManifestPath(fs, output);
    try {
      manifest.write(fs, file);
    } catch (IOException | RuntimeException e) {
      System.err.println("warning: could not write " + file + ": " + e.getMessage());
    }
  }

  /** Spark, Hadoop and Parquet log warnings only, unless --verbose (then everything at INFO). */
  private static void quietLogs(boolean verbose) {
    try {
      if (verbose) {
        org.apache.logging.log4j.core.config.Configurator.setAllLevels(
            org.apache.logging.log4j.LogManager.ROOT_LOGGER_NAME, org.apache.logging.log4j.Level.INFO);
      } else {
        org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.WARN);
      }
    } catch (LinkageError e) {
      // a Spark without log4j-core: its own logging configuration applies
    }
  }

  /** Name of the table of input files read (path, doc_id, sha256); the manifest lists its first rows. */
  static final String INPUTS = "inputs";

  /** Releases the blocks this run kept (the stages' local checkpoints); a shared session keeps its own. */
  private static void release(SparkSession spark, Set<Integer> keptBefore) {
    JavaSparkContext.fromSparkContext(spark.sparkContext()).getPersistentRDDs().forEach((id, rdd) -> {
      if (!keptBefore.contains(id)) {
        rdd.unpersist(false);
      }
    });
  }

  /**
   * Null when {@code --input} exists and can be read (a folder listed, a file opened); else the one-line error.
   * Files under a readable folder that cannot be read are rejects, not a failed run.
   */
  static String inputProblem(SparkSession spark, String input) {
    FileSystem fs;
    Path p;
    org.apache.hadoop.fs.FileStatus status;
    try {
      p = new Path(input);
      fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      status = fs.getFileStatus(p);
    } catch (FileNotFoundException e) {
      return "input path not found: " + input;
    } catch (IOException | IllegalArgumentException e) {
      return "input path not found or unreadable: " + input + " (" + oneLine(e) + ")";
    }
    try {
      if (!status.isDirectory()) {
        fs.open(p).close();
      } else if ("file".equals(fs.makeQualified(p).toUri().getScheme())) {
        // listed without following anything below it, as InputFiles does (a remote folder is listed there)
        try (java.nio.file.DirectoryStream<java.nio.file.Path> d =
            Files.newDirectoryStream(Paths.get(fs.makeQualified(p).toUri()))) {
          d.iterator().hasNext();
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "input path cannot be read: " + input + " (" + oneLine(e) + ")";
    }
  }

  private static String oneLine(Throwable e) {
    return String.valueOf(e.getMessage() == null ? e : e.getMessage()).replaceAll("\\s*\\R\\s*", " ");
  }

  /** Twice the cores of a local master (local[N], local[*]); 8 elsewhere (a cluster sets its own). */
  static int shufflePartitions(String master) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+|\\*)").matcher(master);
    if (master.equals("local")) {
      return 2;
    }
    if (!m.lookingAt()) {
      return 8;
    }
    int cores = m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    return Math.max(2, 2 * cores);
  }

  private static SparkSession session(PipelineOptions options) throws IOException {
    SparkConf conf = new SparkConf(true);
    if (options.conf != null) {
      Properties props = new Properties();
      try (InputStream in = Files.newInputStream(Paths.get(options.conf))) {
        props.load(in);
      } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
        throw new IOException("--conf file not found: " + options.conf);
      }
      for (String k : props.stringPropertyNames()) {
        conf.set(k, props.getProperty(k));
      }
    }
    if (options.master != null) {
      conf.setMaster(options.master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", "telecom-growth");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions(conf.get("spark.master"))));
    // Settings measured on small and corpus-sized runs (README, Performance); --conf overrides each.
    // Adaptive execution turns every shuffle into a job of its own and re-plans (and re-renders) the query after
    // each; with few, small shuffle partitions it has nothing to coalesce.
    conf.setIfMissing("spark.sql.adaptive.enabled", "false");
    // A broadcast join runs a job of its own to build its table (15 of a seed run's 47 jobs); a sort-merge join
    // is stages inside the query's one job, so the number of jobs does not grow with the joins.
    conf.setIfMissing("spark.sql.autoBroadcastJoinThreshold", "-1");
    // Thousands of small documents: charge a file open as 64 KB (not 4 MB), so a task lists many files.
    conf.setIfMissing("spark.sql.files.openCostInBytes", String.valueOf(64 << 10));
    // The run prints its own progress lines (Progress); Spark's console bar would overwrite them with
    // carriage returns, which a log file keeps as one unreadable line.
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    // Running tasks report their counters with each heartbeat: a progress line is at most this old.
    conf.setIfMissing("spark.executor.heartbeatInterval", "5s");
    shipApplicationJar(conf);
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (!options.verbose) {
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }

  /**
   * On a cluster master without spark-submit (./run.sh --master spark://...), executors need our classes:
   * spark.jars is set to the jar this class was loaded from. spark-submit sets spark.jars itself.
   */
  private static void shipApplicationJar(SparkConf conf) {
    String master = conf.get("spark.master", "local[*]");
    if (master.startsWith("local") || conf.contains("spark.jars")) {
      return;
    }
    try {
      java.net.URL where = Pipeline.class.getProtectionDomain().getCodeSource().getLocation();
      String path = Paths.get(where.toURI()).toString();
      if (path.endsWith(".jar")) {
        conf.set("spark.jars", path);
      } else {
        System.err.println("warning: running from " + path + ", not a jar: executors on " + master
            + " will not find the application's classes (build it with mvn package)");
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      System.err.println("warning: cannot locate the application jar: " + e.getMessage());
    }
  }
}
