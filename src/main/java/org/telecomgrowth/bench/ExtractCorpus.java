package org.telecomgrowth.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.telecomgrowth.extract.Catalog;
import org.telecomgrowth.extract.DocumentExtractor;
import org.telecomgrowth.extract.ExtractedDocument;
import org.telecomgrowth.io.CsvTableWriter;
import org.telecomgrowth.model.Observation;
import org.telecomgrowth.model.Tables;
import org.telecomgrowth.model.Unresolved;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The extractor alone over a folder of documents, without Spark: writes {@code observations.csv} in the contract's
 * columns, so a corpus can be scored with the shared scorer in seconds (used by the extraction benchmark and the
 * Factbook tests), and {@code unresolved.csv} (the numbers not published, with their reason codes).
 */
@Command(name = "run.sh extract-only", mixinStandardHelpOptions = true,
    description = "Runs the extractor alone (no Spark) over a folder and writes observations.csv")
public final class ExtractCorpus implements Callable<Integer> {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  @Option(names = "--input", required = true, description = "Folder of documents")
  String input;

  @Option(names = "--catalog", description = "Catalog CSV (optional)")
  String catalog;

  @Option(names = "--output", required = true, description = "Folder for observations.csv and unresolved.csv")
  String output;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ExtractCorpus()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Summary s = run(Paths.get(input), catalog, Paths.get(output));
    System.out.printf(Locale.ROOT, "%d documents, %.2f MB, %d observations in %.2f s (%.2f CPU s, %.2f MB per CPU s)%n",
        s.documents(), s.bytes() / 1e6, s.observations(), s.seconds(), s.cpuSeconds(),
        s.bytes() / 1e6 / s.cpuSeconds());
    return 0;
  }

  /**
   * What one run extracted: {@code seconds} and {@code cpuSeconds} (this thread's CPU time, so neither the JVM's
   * start nor its compiler threads) cover reading and extracting the files, not writing the CSVs.
   */
  public record Summary(int documents, long bytes, long observations, double seconds, double cpuSeconds) {}

  /**
   * Extracts every file of a read format under {@code input}; writes {@code out/observations.csv} and
   * {@code out/unresolved.csv}.
   */
  public static Summary run(Path input, String catalogPath, Path out) throws IOException {
    Catalog cat = Catalog.load(catalogPath, new Configuration());
    List<Path> files;
    try (Stream<Path> s = Files.walk(input)) {
      files = s.filter(Files::isRegularFile).filter(p -> org.telecomgrowth.extract.DocumentDecoder.formatOf(p.toString()) != null)
          .sorted().toList();
    }
    Files.createDirectories(out);
    long t0 = System.nanoTime();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long bytes = 0;
    long n = 0;
    List<ExtractedDocument> docs = new ArrayList<>();
    for (Path p : files) {
      byte[] content = Files.readAllBytes(p);
      bytes += content.length;
      String name = p.getFileName().toString();
      String stem = name.replaceFirst("\\.[^.]*$", "");
      docs.add(DocumentExtractor.extractFile(p.toString(), stem, content, cat.lookup(p.toString())));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
    try (Writer w = Files.newBufferedWriter(out.resolve("observations.csv"), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CsvTableWriter.FORMAT.builder()
            .setHeader(Tables.OBSERVATION_COLUMNS.toArray(new String[0])).build())) {
      for (ExtractedDocument d : docs) {
        for (Observation o : d.getObservations()) {
          printer.printRecord(CsvTableWriter.cell(o.getDocId()), o.getMetric(), CsvTableWriter.cell(o.getValue()),
              o.getUnit(), o.getQualifier(), CsvTableWriter.cell(o.getPeriodStart()),
              CsvTableWriter.cell(o.getPeriodEnd()), o.getScope(), o.getSource(), o.getSection(),
              o.getSentenceIndex(), o.getSentence(), o.getCharStart(), o.getCharEnd(),
              CsvTableWriter.cell(o.getLocation()));
          n++;
        }
      }
    }
    // the numbers not published, with their reason codes, so a corpus's misses can be counted by cause
    try (Writer w = Files.newBufferedWriter(out.resolve("unresolved.csv"), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CsvTableWriter.FORMAT.builder()
            .setHeader(Tables.UNRESOLVED_COLUMNS.toArray(new String[0])).build())) {
      for (ExtractedDocument d : docs) {
        if (d.getUnresolved() == null) {
          continue;
        }
        for (Unresolved u : d.getUnresolved()) {
          printer.printRecord(CsvTableWriter.cell(u.getDocId()), CsvTableWriter.cell(u.getValue()), u.getUnit(),
              u.getReason(), u.getSection(), u.getSentenceIndex(), u.getSentence(), u.getCharStart(),
              u.getCharEnd());
        }
      }
    }
    return new Summary(files.size(), bytes, n, seconds, cpuSeconds);
  }
}
