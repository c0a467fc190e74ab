package org.telecomgrowth;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Every option of the pipeline; {@code --help} prints this as the documentation. */
@Command(name = "run.sh", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Extracts telecom figures and events from narrative documents, computes growth curves and "
        + "publishes tables, charts and an HTML report.",
    footer = {"", "Exit codes: 0 published; 1 failed; 2 bad usage or unreadable input path; "
        + "3 a data-quality gate failed (nothing published)."})
public class PipelineOptions {

  @Option(names = "--input", defaultValue = "datasets/documents", paramLabel = "PATH",
      description = "A document, or a folder searched recursively for *.txt, *.md, *.html; any Hadoop path "
          + "(file:, hdfs:, s3a:). Default: ${DEFAULT-VALUE}")
  String input;

  @Option(names = "--output", defaultValue = "output", paramLabel = "DIR",
      description = "Folder the run is published to, atomically. Default: ${DEFAULT-VALUE}")
  String output;

  @Option(names = "--catalog", defaultValue = "datasets/catalog.csv", paramLabel = "FILE",
      description = "Catalog of known documents (doc_id, path, title, country_iso3, source, retrieved); "
          + "a missing file means no catalog. Default: ${DEFAULT-VALUE}")
  String catalog;

  @Option(names = "--reference", defaultValue = "datasets/reference", paramLabel = "DIR",
      description = "Folder with population.csv and households.csv. Default: ${DEFAULT-VALUE}")
  String reference;

  @Option(names = "--max-document-mb", defaultValue = "64", paramLabel = "MB",
      description = "Largest input file read; larger ones are rejected unread. Default: ${DEFAULT-VALUE}")
  int maxDocumentMb;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master. Default: the one spark-submit set, else local[*]")
  String master;

  @Option(names = "--run-id", paramLabel = "ID", description = "Run id recorded in the manifest. Default: UTC time")
  String runId;

  @Option(names = "--conf", paramLabel = "FILE", description = "Properties file of extra Spark settings")
  String conf;

  @Option(names = "--fail-at", hidden = true, paramLabel = "STAGE",
      description = "Debug: halt the driver at STAGE (extract, transform, tables, report, swap, commit) as a crash "
          + "would, to test recovery")
  String failAt;

  @Option(names = "--quiet",
      description = "No progress lines on stderr (errors and the final summary line stay)")
  boolean quiet;

  @Option(names = "--verbose", description = "Log Spark's progress (INFO) instead of warnings only")
  boolean verbose;

  /** Checks values that picocli's types cannot; returns an error message or null. */
  String validate() {
    if (input == null || input.isBlank()) {
      return "--input must not be empty";
    }
    if (output == null || output.isBlank()) {
      return "--output must not be empty";
    }
    if (maxDocumentMb < 1 || maxDocumentMb > 2000) {
      return "--max-document-mb must be between 1 and 2000";
    }
    if (failAt != null && !org.telecomgrowth.io.AtomicPublisher.CRASH_POINTS.contains(failAt)) {
      return "--fail-at must be one of " + org.telecomgrowth.io.AtomicPublisher.CRASH_POINTS;
    }
    if (runId != null && !runId.matches("[A-Za-z0-9._-]+")) {
      return "--run-id may only contain letters, digits, '.', '_' and '-'";
    }
    return null;
  }

  String runIdOrDefault() {
    return runId != null ? runId
        : DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneOffset.UTC));
  }
}
