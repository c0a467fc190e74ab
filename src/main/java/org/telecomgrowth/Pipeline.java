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
import java.util.TimeZone;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.telecomgrowth.extract.ExtractOutput;
import org.telecomgrowth.extract.ExtractStage;
import org.telecomgrowth.io.AtomicPublisher;
import org.telecomgrowth.io.RunManifest;
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
    // A session that already runs (spark-shell, tests) is reused and left running.
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark;
    try {
      spark = session(options);
    } catch (IOException e) {
      System.err.println("error: " + e.getMessage());
      return EXIT_USAGE;
    }
    try {
      if (!inputExists(spark, options.input)) {
        System.err.println("error: input path not found or unreadable: " + options.input);
        return EXIT_USAGE;
      }
      return execute(spark, options);
    } catch (org.telecomgrowth.extract.Catalog.InputException e) {
      System.err.println("error: " + e.getMessage());
      return EXIT_USAGE;
    } catch (QualityGateException e) {
      System.err.println("quality gate failed: " + e.getMessage());
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
      return EXIT_FAILED;
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  private static int execute(SparkSession spark, PipelineOptions options) throws Exception {
    String runId = options.runIdOrDefault();
    RunManifest manifest = new RunManifest(runId, options.input, spark.version());
    AtomicPublisher publisher = new AtomicPublisher(options.output, runId, spark.sparkContext().hadoopConfiguration(),
        options.failAt);
    try {
      publisher.begin(options.input, options.catalog, options.reference);
    } catch (AtomicPublisher.RefusedException e) {
      System.err.println("error: " + e.getMessage());
      return e.badTarget() ? EXIT_USAGE : EXIT_FAILED;
    }
    try {
      long t0 = System.nanoTime();
      ExtractOutput extracted = ExtractStage.run(spark, options.input, options.catalog,
          (long) options.maxDocumentMb << 20);
      manifest.stageSeconds("extract", t0);
      publisher.checkpoint("extract");

      long t1 = System.nanoTime();
      TransformOutput transformed = TransformStage.run(spark, extracted.observations(), extracted.events(),
          extracted.documents(), options.reference);
      manifest.stageSeconds("transform", t1);
      publisher.checkpoint("transform");

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
      tables.putAll(transformed.tables());
      orders.putAll(transformed.orders());
      FileSystem fs = publisher.fs();
      Path runDir = publisher.staging();
      TablePublisher.writeAll(tables, orders, fs, runDir, manifest);
      manifest.inputs(extracted.inputDigests());
      manifest.count("numbers_without_metric", extracted.numbersWithoutMetric());
      manifest.stageSeconds("publish_tables", t2);
      publisher.checkpoint("tables");

      long t3 = System.nanoTime();
      ReportStage.run(spark, tables, fs, runDir, manifest);
      manifest.stageSeconds("report", t3);
      publisher.checkpoint("report");

      manifest.write(fs, new Path(runDir, "manifest.json"));
      publisher.commit();
      System.out.println("published " + publisher.target() + " (run " + runId + "): " + manifest.summary());
      return EXIT_OK;
    } catch (Exception | Error e) {
      publisher.abort();
      throw e;
    }
  }

  private static boolean inputExists(SparkSession spark, String input) {
    try {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(p);
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
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
    conf.setIfMissing("spark.sql.shuffle.partitions", "8");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel(options.verbose ? "INFO" : "WARN");
    return spark;
  }
}
