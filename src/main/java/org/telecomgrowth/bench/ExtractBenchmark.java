package org.telecomgrowth.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.telecomgrowth.extract.DocumentExtractor;
import org.telecomgrowth.extract.ExtractOutput;
import org.telecomgrowth.extract.ExtractStage;
import org.telecomgrowth.extract.ExtractedDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Extractor throughput: (1) one core, the per-document extraction alone, over the bundled documents repeated to
 * a target size; (2) the Spark Extract stage in local mode over that many files. Appends a row to
 * bench/results/extract.csv. The budget is 20 MB/s per core.
 */
@Command(name = "run.sh bench", mixinStandardHelpOptions = true,
    description = "Measures extraction throughput and appends the result to bench/results/extract.csv")
public final class ExtractBenchmark implements Callable<Integer> {

  @Option(names = "--documents", defaultValue = "datasets/documents", description = "Folder of sample documents")
  String documents;

  @Option(names = "--megabytes", defaultValue = "50", description = "Text to extract per measured pass (MB)")
  int megabytes;

  @Option(names = "--files", defaultValue = "400", description = "Files for the Spark stage run")
  int files;

  @Option(names = "--master", defaultValue = "local[2]", description = "Spark master for the stage run")
  String master;

  @Option(names = "--results", defaultValue = "bench/results/extract.csv", description = "CSV to append to")
  String results;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ExtractBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    List<byte[]> samples = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Paths.get(documents))) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        samples.add(Files.readAllBytes(p));
        names.add(p.getFileName().toString());
      }
    }
    long sampleBytes = samples.stream().mapToLong(b -> b.length).sum();
    int rounds = (int) Math.max(1, megabytes * 1_000_000L / sampleBytes);

    // warm-up, then the measured pass
    runPass(samples, names, Math.max(1, rounds / 5));
    long t0 = System.nanoTime();
    long observations = runPass(samples, names, rounds);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double mb = rounds * sampleBytes / 1e6;
    double singleCore = mb / seconds;
    System.out.printf(Locale.ROOT, "single core: %.1f MB in %.2f s = %.1f MB/s (%d observations)%n",
        mb, seconds, singleCore, observations);

    Path corpus = Files.createTempDirectory("extract-bench");
    long corpusBytes = 0;
    for (int i = 0; i < files; i++) {
      byte[] b = samples.get(i % samples.size());
      String n = names.get(i % names.size());
      Files.write(corpus.resolve(i + "_" + n), b);
      corpusBytes += b.length;
    }
    SparkSession spark = SparkSession.builder().master(master).appName("extract-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    ExtractStage.run(spark, corpus.toString(), null).observations().count(); // warm-up
    long t1 = System.nanoTime();
    ExtractOutput out = ExtractStage.run(spark, corpus.toString(), null);
    long sparkObservations = out.observations().count();
    double sparkSeconds = (System.nanoTime() - t1) / 1e9;
    spark.stop();
    double sparkMb = corpusBytes / 1e6;
    System.out.printf(Locale.ROOT, "spark %s: %d files, %.1f MB in %.2f s = %.1f MB/s (%d observations)%n",
        master, files, sparkMb, sparkSeconds, sparkMb / sparkSeconds, sparkObservations);
    deleteTree(corpus);

    Path res = Paths.get(results);
    Files.createDirectories(res.getParent());
    if (!Files.exists(res)) {
      Files.writeString(res, "date_utc,cores,single_core_mb_per_s,spark_master,spark_files,spark_mb,"
          + "spark_seconds,spark_mb_per_s\n");
    }
    Files.writeString(res, String.format(Locale.ROOT, "%s,%d,%.1f,%s,%d,%.1f,%.2f,%.1f%n",
        ZonedDateTime.now(ZoneOffset.UTC).withNano(0), Runtime.getRuntime().availableProcessors(), singleCore,
        master, files, sparkMb, sparkSeconds, sparkMb / sparkSeconds), StandardOpenOption.APPEND);
    return singleCore >= 20 ? 0 : 1;
  }

  private static long runPass(List<byte[]> samples, List<String> names, int rounds) {
    long n = 0;
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < samples.size(); i++) {
        ExtractedDocument d = DocumentExtractor.extractFile(names.get(i), "d" + i, samples.get(i), null);
        n += d.getObservations().size();
      }
    }
    return n;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
