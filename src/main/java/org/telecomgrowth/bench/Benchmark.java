package org.telecomgrowth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.hadoop.conf.Configuration;
import org.telecomgrowth.extract.Catalog;
import org.telecomgrowth.extract.DocumentExtractor;
import org.telecomgrowth.extract.ExtractStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 10's benchmark: one table of medians, printed and written to {@code bench/results/<date>.csv}.
 *
 * <ul>
 *   <li>{@code extractor}: the per-document extractor alone on one thread over a generated corpus held in memory
 *       (MB/s per core), a warm-up pass, then {@code --repeats} passes;</li>
 *   <li>{@code formats}: generated PDF, XLSX and XLS documents ({@link FormatCorpus}; {@code --formats} picks) held in memory, on one thread:
 *       the format reader alone (file to document model) and the whole per-document extraction, in MB of file per
 *       CPU second, next to the text extractor on the same documents' text as .txt;</li>
 *   <li>{@code extract}: the Spark Extract stage (listing, reading, extraction, the local checkpoint) in
 *       {@code local[1]} and {@code local[2]} on the {@code --mb} generated corpus, a warm-up run, then
 *       {@code --repeats} runs each;</li>
 *   <li>{@code seed}: the pipeline on the bundled seed against the Spark floor ({@link SparkFloor}), child JVMs in
 *       {@code --repeats} interleaved pairs, CPU seconds (user + sys from {@code /usr/bin/time}) and wall time;</li>
 *   <li>{@code factbook}: the full Factbook render (rendered with {@code ../shared/factbook/render.py} if missing)
 *       end to end in {@code local[2]}: wall time and the manifest's {@code counts.spark_jobs};</li>
 *   <li>{@code scale}: generated corpora of {@code --mb} and {@code --large-mb} end to end with the driver at
 *       {@code -Xmx1g}: wall time, peak RSS (VmHWM of the child JVM, polled from /proc) and peak heap (the
 *       largest heap occupancy before a collection, from the GC log).</li>
 * </ul>
 * Every measurement records the 1-minute load average when it ended (the machine is shared).
 */
@Command(name = "run.sh bench", mixinStandardHelpOptions = true,
    description = "Runs the benchmark and writes bench/results/<date>.csv")
public final class Benchmark implements Callable<Integer> {

  static final List<String> PARTS = List.of("extractor", "formats", "extract", "seed", "factbook", "scale");

  @Option(names = "--only", split = ",", description = "Parts to run (default all): ${COMPLETION-CANDIDATES}",
      completionCandidates = PartNames.class)
  List<String> only;

  @Option(names = "--mb", defaultValue = "100", description = "Generated corpus for extract and scale (MB)")
  int mb;

  @Option(names = "--large-mb", defaultValue = "1000", description = "The large generated corpus for scale (MB)")
  int largeMb;

  @Option(names = "--scale-mb", split = ",", description = "Corpora for the scale part (MB; default --mb and "
      + "--large-mb)")
  List<Integer> scaleMb;

  @Option(names = "--extractor-mb", defaultValue = "20", description = "Text held in memory for the extractor part")
  int extractorMb;

  @Option(names = "--repeats", defaultValue = "3", description = "Measured runs per figure (after a warm-up)")
  int repeats;

  @Option(names = "--seed", defaultValue = "1", description = "Generator seed")
  long seed;

  @Option(names = "--work", defaultValue = "target/bench", description = "Work folder (corpora, outputs, logs)")
  String work;

  @Option(names = "--factbook", defaultValue = "target/fb/full", description = "Full Factbook render folder")
  String factbook;

  @Option(names = "--results", defaultValue = "bench/results", description = "Folder for <date>.csv")
  String results;

  static final class PartNames extends ArrayList<String> {
    PartNames() {
      super(PARTS);
    }
  }

  /** One line of the table. */
  record Line(String part, String measure, double value, String unit, int runs, String load, String note) {}

  private final List<Line> lines = new ArrayList<>();
  private Path workDir;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Benchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Set<String> parts = new LinkedHashSet<>(only == null ? PARTS : only);
    for (String p : parts) {
      if (!PARTS.contains(p)) {
        System.err.println("run.sh bench: unknown part " + p + " (parts: " + String.join(",", PARTS) + ")");
        return 2;
      }
    }
    workDir = Paths.get(work);
    Files.createDirectories(workDir);
    String started = ZonedDateTime.now(ZoneOffset.UTC).withNano(0).toString();
    for (String p : PARTS) {
      if (!parts.contains(p)) {
        continue;
      }
      System.err.println("bench: " + p + " (load " + load() + ")");
      switch (p) {
        case "extractor" -> extractor();
        case "formats" -> formats();
        case "extract" -> extract();
        case "seed" -> seed();
        case "factbook" -> factbook();
        default -> scale();
      }
    }
    ratios();
    String table = table();
    System.out.println();
    System.out.println("telecom-growth benchmark, " + started + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, Java " + System.getProperty("java.version") + "; medians of " + repeats + " runs after warm-up");
    System.out.print(table);
    Path dir = Paths.get(results);
    Files.createDirectories(dir);
    String name = LocalDate.now(ZoneOffset.UTC) + (only == null ? "" : "-" + String.join("-", parts)) + ".csv";
    Path out = dir.resolve(name);
    try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
        CSVFormat.RFC4180.builder().setRecordSeparator("\n")
            .setHeader("started_utc", "part", "measure", "value", "unit", "runs", "load_avg_1m", "note").build())) {
      for (Line l : lines) {
        csv.printRecord(started, l.part(), l.measure(), fmt(l.value()), l.unit(), l.runs(), l.load(), l.note());
      }
    }
    System.out.println("written to " + out);
    return 0;
  }

  // ---- parts -------------------------------------------------------------------------------------------------

  private double extractorMbPerS = Double.NaN;
  private double extractorMbPerCpuS = Double.NaN;
  private double local1Cpu = Double.NaN;
  private double local1 = Double.NaN;
  private double local2 = Double.NaN;

  private void extractor() throws IOException {
    Path corpus = corpus(mb);
    List<byte[]> texts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    long bytes = 0;
    for (Path p : documents(corpus)) {
      if (bytes >= extractorMb * 1_000_000L) {
        break;
      }
      byte[] b = Files.readAllBytes(p);
      texts.add(b);
      names.add(p.toString());
      bytes += b.length;
    }
    // the catalog's entries, as the pipeline passes them (country, title, source)
    Catalog catalog = Catalog.load(corpus.resolve("catalog.csv").toString(), new Configuration());
    List<Catalog.Entry> entries = names.stream().map(catalog::lookup).toList();
    int warm = Math.max(1, texts.size() / 4);
    pass(texts.subList(0, warm), names.subList(0, warm), entries.subList(0, warm)); // warm-up
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    List<Double> rates = new ArrayList<>();
    List<Double> cpuRates = new ArrayList<>();
    List<Double> loads = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      pass(texts, names, entries);
      rates.add(bytes / 1e6 / ((System.nanoTime() - t0) / 1e9));
      cpuRates.add(bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - c0) / 1e9));
      loads.add(loadNow());
    }
    extractorMbPerS = median(rates);
    extractorMbPerCpuS = median(cpuRates);
    add("extractor", "extractor alone, one thread, wall", extractorMbPerS, "MB/s", loads,
        String.format(Locale.ROOT, "%.1f MB of the %d MB generated corpus in memory; runs %s", bytes / 1e6, mb,
            list(rates)));
    add("extractor", "extractor alone, per CPU second", extractorMbPerCpuS, "MB/CPU s", loads,
        "the thread's CPU time (robust to a loaded machine); runs " + list(cpuRates));
  }

  @Option(names = "--formats-mb", defaultValue = "4", description = "PDF and XLSX generated for the formats part (MB "
      + "each)")
  int formatsMb;

  @Option(names = "--formats", split = ",", defaultValue = "pdf,xlsx,xls", description = "Formats measured by the "
      + "formats part (pdf, xlsx, xls)")
  List<String> formatKinds;

  private void formats() {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (String kind : formatKinds) {
      List<byte[]> docs = FormatCorpus.generate(kind, formatsMb * 1_000_000L, 42);
      long bytes = docs.stream().mapToLong(b -> b.length).sum();
      String name = "d." + kind;
      org.telecomgrowth.extract.DocumentDecoder.Format format =
          org.telecomgrowth.extract.DocumentDecoder.formatOf(name);
      org.telecomgrowth.extract.formats.FormatLimits limits = org.telecomgrowth.extract.formats.FormatLimits
          .defaults();
      List<byte[]> texts = new ArrayList<>();
      for (byte[] d : docs) {
        texts.add(readModel(format, d, limits).text().getBytes(StandardCharsets.UTF_8));
      }
      long textBytes = texts.stream().mapToLong(b -> b.length).sum();
      List<Double> reader = new ArrayList<>();
      List<Double> whole = new ArrayList<>();
      List<Double> text = new ArrayList<>();
      List<Double> loads = new ArrayList<>();
      for (int i = 0; i <= repeats; i++) { // the first pass warms up
        long c0 = threads.getCurrentThreadCpuTime();
        for (byte[] d : docs) {
          readModel(format, d, limits);
        }
        long c1 = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < docs.size(); k++) {
          DocumentExtractor.extractFile(name, "d" + k, docs.get(k), null, limits);
        }
        long c2 = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < texts.size(); k++) {
          DocumentExtractor.extractFile("d.txt", "d" + k, texts.get(k), null, limits);
        }
        long c3 = threads.getCurrentThreadCpuTime();
        if (i > 0) {
          reader.add(bytes / 1e6 / ((c1 - c0) / 1e9));
          whole.add(bytes / 1e6 / ((c2 - c1) / 1e9));
          text.add(textBytes / 1e6 / ((c3 - c2) / 1e9));
          loads.add(loadNow());
        }
      }
      String note = String.format(Locale.ROOT, "%d generated %s, %.1f MB of file, %.1f MB of text", docs.size(),
          kind.toUpperCase(Locale.ROOT), bytes / 1e6, textBytes / 1e6);
      add("formats", kind + " reader alone (file to model), per CPU second", median(reader), "MB/CPU s", loads,
          note + "; runs " + list(reader));
      add("formats", kind + " whole extraction, per CPU second", median(whole), "MB/CPU s", loads,
          "reader, layout, prose and table facts; runs " + list(whole));
      add("formats", kind + " same text as .txt through the text extractor", median(text), "MB/CPU s", loads,
          "MB of text per CPU second; runs " + list(text));
    }
  }

  private static org.telecomgrowth.extract.formats.DocumentModel readModel(
      org.telecomgrowth.extract.DocumentDecoder.Format format, byte[] bytes,
      org.telecomgrowth.extract.formats.FormatLimits limits) {
    try {
      return org.telecomgrowth.extract.formats.DocumentReaders.read(format, bytes, limits);
    } catch (org.telecomgrowth.extract.formats.Rejected r) {
      throw new IllegalStateException("a generated document was rejected: " + r.reason());
    }
  }

  private static void pass(List<byte[]> texts, List<String> names, List<Catalog.Entry> entries) {
    for (int i = 0; i < texts.size(); i++) {
      DocumentExtractor.extractFile(names.get(i), "d" + i, texts.get(i), entries.get(i));
    }
  }

  private void extract() throws IOException {
    Path corpus = corpus(mb);
    long bytes = 0;
    for (Path p : documents(corpus)) {
      bytes += Files.size(p);
    }
    for (int cores : new int[] {1, 2}) {
      String master = "local[" + cores + "]";
      // the pipeline's own session settings (Pipeline.session) that bear on reading files
      SparkSession spark = SparkSession.builder().master(master).appName("bench-extract")
          .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
          .config("spark.sql.adaptive.enabled", "false")
          .config("spark.sql.shuffle.partitions", String.valueOf(2 * cores))
          .config("spark.sql.files.openCostInBytes", String.valueOf(64 << 10)).getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      List<Double> rates = new ArrayList<>();
      List<Double> cpuRates = new ArrayList<>();
      List<Double> loads = new ArrayList<>();
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      try {
        for (int i = 0; i <= repeats; i++) {
          long t0 = System.nanoTime();
          long c0 = os.getProcessCpuTime();
          // the stage's one extraction job runs here (an eager local checkpoint); the warm-up reads the first
          // folder of the corpus only (1,000 documents)
          Path input = i == 0 ? corpus.resolve("documents/000") : corpus.resolve("documents");
          ExtractStage.run(spark, input.toString(), corpus.resolve("catalog.csv").toString());
          double s = (System.nanoTime() - t0) / 1e9;
          JavaSparkContext.fromSparkContext(spark.sparkContext()).getPersistentRDDs().values()
              .forEach(rdd -> rdd.unpersist(true));
          double cpu = (os.getProcessCpuTime() - c0) / 1e9;
          if (i > 0) {
            rates.add(bytes / 1e6 / s);
            cpuRates.add(bytes / 1e6 / cpu);
            loads.add(loadNow());
          }
        }
      } finally {
        spark.stop();
      }
      double m = median(rates);
      if (cores == 1) {
        local1 = m;
        local1Cpu = median(cpuRates);
      } else {
        local2 = m;
      }
      add("extract", "Spark extract stage " + master + ", wall", m, "MB/s", loads,
          String.format(Locale.ROOT, "%.0f MB generated corpus; runs %s", bytes / 1e6, list(rates)));
      add("extract", "Spark extract stage " + master + ", per CPU second", median(cpuRates), "MB/CPU s", loads,
          "the whole JVM's CPU time (driver, JIT and GC included); runs " + list(cpuRates));
    }
  }

  private Child.Result seedRun;

  private void seed() throws Exception {
    List<Child.Result> floors = new ArrayList<>();
    List<Child.Result> runs = new ArrayList<>();
    // a warm-up pair (file cache, the build's jars), then interleaved measured pairs
    for (int i = 0; i <= repeats; i++) {
      Child.Result f = child("floor-" + i, "-Xmx4g", "org.telecomgrowth.bench.SparkFloor");
      Path out = workDir.resolve("seed-out");
      deleteTree(out);
      Child.Result p = child("seed-" + i, "-Xmx4g", "org.telecomgrowth.Pipeline", "--output", out.toString(),
          "--run-id", "bench-seed-" + i);
      p.jobs = sparkJobs(out);
      if (i > 0) {
        floors.add(f);
        runs.add(p);
      }
    }
    double cpuF = median(floors.stream().map(r -> r.cpu).toList());
    double cpuP = median(runs.stream().map(r -> r.cpu).toList());
    double wallF = median(floors.stream().map(r -> r.wall).toList());
    double wallP = median(runs.stream().map(r -> r.wall).toList());
    List<Double> loads = runs.stream().map(r -> r.load).toList();
    add("seed", "Spark floor, CPU", cpuF, "CPU s", floors.stream().map(r -> r.load).toList(),
        "runs " + list(floors.stream().map(r -> r.cpu).toList()));
    add("seed", "pipeline on the seed, CPU", cpuP, "CPU s", loads, "runs " + list(runs.stream().map(r -> r.cpu).toList()));
    add("seed", "Spark floor, wall", wallF, "s", floors.stream().map(r -> r.load).toList(),
        "runs " + list(floors.stream().map(r -> r.wall).toList()));
    add("seed", "pipeline on the seed, wall", wallP, "s", loads, "runs " + list(runs.stream().map(r -> r.wall).toList()));
    add("seed", "pipeline on the seed, Spark jobs", runs.get(0).jobs, "jobs", loads, "target <= 40");
    add("seed", "seed / floor, CPU", cpuP / cpuF, "x", loads, "target <= 2");
    add("seed", "seed / floor, wall", wallP / wallF, "x", loads, "target <= 2");
  }

  private void factbook() throws Exception {
    Path fb = Paths.get(factbook);
    if (!Files.isRegularFile(fb.resolve("catalog.csv"))) {
      Process p = new ProcessBuilder("python3", "../shared/factbook/render.py", fb.toString()).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IOException("render.py failed for " + fb);
      }
    }
    Path out = workDir.resolve("factbook-out");
    deleteTree(out);
    Child.Result r = child("factbook", "-Xmx4g", "org.telecomgrowth.Pipeline", "--master", "local[2]", "--input",
        fb.resolve("documents").toString(), "--catalog", fb.resolve("catalog.csv").toString(), "--output",
        out.toString(), "--run-id", "bench-factbook");
    r.jobs = sparkJobs(out);
    List<Double> l = List.of(r.load);
    add("factbook", "full Factbook end to end, local[2], wall", r.wall, "s", l,
        "8,932 documents; target <= 300 s; exit " + r.exit);
    add("factbook", "full Factbook, CPU", r.cpu, "CPU s", l, "");
    add("factbook", "full Factbook, Spark jobs", r.jobs, "jobs", l, "target <= 40");
    add("factbook", "full Factbook, peak driver RSS", r.rssMb, "MB", l, "-Xmx4g");
  }

  private final List<Child.Result> scaleRuns = new ArrayList<>();

  private void scale() throws Exception {
    for (int size : scaleMb != null ? scaleMb : List.of(mb, largeMb)) {
      Path corpus = corpus(size);
      Path out = workDir.resolve("scale-out-" + size);
      deleteTree(out);
      Path gc = workDir.resolve("gc-" + size + "mb.log");
      Files.deleteIfExists(gc);
      Child.Result r = child("scale-" + size, "-Xmx1g", "-Xlog:gc:file=" + gc, "org.telecomgrowth.Pipeline",
          "--input", corpus.resolve("documents").toString(), "--catalog", corpus.resolve("catalog.csv").toString(),
          "--output", out.toString(), "--run-id", "bench-scale-" + size);
      r.jobs = sparkJobs(out);
      r.heapMb = peakHeap(gc);
      r.size = size;
      scaleRuns.add(r);
      List<Double> l = List.of(r.load);
      String what = size + " MB generated corpus, -Xmx1g";
      add("scale", what + ", wall", r.wall, "s", l, r.exit == 0 ? "published, " + (int) r.jobs + " Spark jobs"
          : "FAILED, exit " + r.exit + " (see " + r.log + ")");
      add("scale", what + ", CPU", r.cpu, "CPU s", l, "");
      add("scale", what + ", peak driver RSS", r.rssMb, "MB", l, "VmHWM");
      add("scale", what + ", peak heap", r.heapMb, "MB", l, "largest occupancy before a GC");
      add("scale", what + ", throughput", size / r.wall, "MB/s", l, "");
    }
    if (scaleRuns.size() >= 2) {
      Child.Result small = scaleRuns.get(0);
      Child.Result large = scaleRuns.get(scaleRuns.size() - 1);
      add("scale", "RSS " + large.size + " MB / " + small.size + " MB", large.rssMb / small.rssMb, "x",
          List.of(large.load), "target <= 1.25; " + large.size + " MB run "
              + (large.exit == 0 ? "completed" : "FAILED"));
    }
  }

  private void ratios() {
    if (!Double.isNaN(local1) && !Double.isNaN(local2)) {
      add("extract", "local[2] / local[1]", local2 / local1, "x", List.of(), "target >= 1.7");
    }
    if (!Double.isNaN(local1) && !Double.isNaN(extractorMbPerS)) {
      add("extract", "local[1] / extractor alone", local1 / extractorMbPerS, "x", List.of(), "target >= 0.7");
    }
    if (!Double.isNaN(local1Cpu) && !Double.isNaN(extractorMbPerCpuS)) {
      add("extract", "local[1] / extractor alone, per CPU second", local1Cpu / extractorMbPerCpuS, "x", List.of(),
          "the same ratio in CPU time");
    }
  }

  // ---- child JVMs ------------------------------------------------------------------------------------------

  /** A child JVM's measurement. */
  static final class Child {
    static final class Result {
      double wall;
      double cpu;
      double rssMb;
      double heapMb = Double.NaN;
      double load;
      double jobs = Double.NaN;
      int exit;
      int size;
      Path log;
    }
  }

  private Child.Result child(String name, String... javaArgs) throws Exception {
    List<String> flags = Arrays.asList(Files.readString(Paths.get("target/jvm-flags.txt")).trim().split("\\s+"));
    Path timeFile = workDir.resolve("time-" + name + ".txt");
    Path log = workDir.resolve("log-" + name + ".txt");
    List<String> cmd = new ArrayList<>();
    boolean timed = Files.isExecutable(Paths.get("/usr/bin/time"));
    if (timed) {
      cmd.addAll(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timeFile.toString()));
    }
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    int main = 0;
    while (main < javaArgs.length && javaArgs[main].startsWith("-")) {
      cmd.add(javaArgs[main++]);
    }
    cmd.addAll(flags);
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Dspark.executor.extraJavaOptions=" + String.join(" ", flags));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.addAll(Arrays.asList(javaArgs).subList(main, javaArgs.length));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long hwmKb = 0;
    double cpuPolled = 0;
    while (!p.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      for (ProcessHandle h : jvms(p)) {
        hwmKb = Math.max(hwmKb, statusKb(h.pid(), "VmHWM"));
        cpuPolled = Math.max(cpuPolled, cpuSeconds(h.pid()));
      }
    }
    Child.Result r = new Child.Result();
    r.wall = (System.nanoTime() - t0) / 1e9;
    r.exit = p.exitValue();
    r.load = loadNow();
    r.log = log;
    r.cpu = cpuPolled;
    r.rssMb = hwmKb / 1024.0;
    if (timed && Files.isRegularFile(timeFile)) {
      // the last line: "%e %U %S %M" (a killed child adds a line before it)
      List<String> t = Files.readAllLines(timeFile);
      String[] f = t.get(t.size() - 1).trim().split("\\s+");
      if (f.length == 4) {
        r.wall = Double.parseDouble(f[0]);
        r.cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
        r.rssMb = Math.max(r.rssMb, Long.parseLong(f[3]) / 1024.0);
      }
    }
    System.err.printf(Locale.ROOT, "bench:   %s: exit %d, %.1f s wall, %.1f CPU s, %.0f MB peak RSS, load %.2f%n",
        name, r.exit, r.wall, r.cpu, r.rssMb, r.load);
    return r;
  }

  /** The process itself, or with /usr/bin/time its descendants: the JVM. */
  private static List<ProcessHandle> jvms(Process p) {
    List<ProcessHandle> all = new ArrayList<>();
    all.add(p.toHandle());
    p.toHandle().descendants().forEach(all::add);
    return all;
  }

  private static long statusKb(long pid, String field) {
    try {
      for (String l : Files.readAllLines(Paths.get("/proc", String.valueOf(pid), "status"))) {
        if (l.startsWith(field + ":")) {
          return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | UncheckedIOException | NumberFormatException e) {
      // the process ended between two polls
    }
    return 0;
  }

  /** utime + stime of a live process from /proc/PID/stat (clock ticks of 1/100 s). */
  private static double cpuSeconds(long pid) {
    try {
      String s = Files.readString(Paths.get("/proc", String.valueOf(pid), "stat"));
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static double sparkJobs(Path output) {
    Path manifest = output.resolve("manifest.json");
    try {
      JsonNode n = new ObjectMapper().readTree(manifest.toFile()).path("counts").path("spark_jobs");
      return n.isNumber() ? n.asDouble() : Double.NaN;
    } catch (IOException e) {
      return Double.NaN;
    }
  }

  private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /** The largest heap occupancy a GC log shows (the "before" of each collection), in MB. */
  static double peakHeap(Path gcLog) throws IOException {
    if (!Files.isRegularFile(gcLog)) {
      return Double.NaN;
    }
    double peak = 0;
    try (Stream<String> s = Files.lines(gcLog)) {
      for (String l : (Iterable<String>) s::iterator) {
        Matcher m = GC.matcher(l);
        if (m.find()) {
          peak = Math.max(peak, Double.parseDouble(m.group(1)));
        }
      }
    }
    return peak;
  }

  // ---- corpora -----------------------------------------------------------------------------------------------

  private Path corpus(int size) throws IOException {
    Path dir = workDir.resolve("gen-" + size + "mb-s" + seed);
    if (!Files.isRegularFile(dir.resolve("gold_observations.csv"))) {
      deleteTree(dir);
      System.err.println("bench: generating " + size + " MB into " + dir);
      CorpusGenerator.generate(dir, size * 1_000_000L, seed, Paths.get("datasets/reference/population.csv"));
    }
    return dir;
  }

  private static List<Path> documents(Path corpus) throws IOException {
    try (Stream<Path> s = Files.walk(corpus.resolve("documents"))) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  // ---- table -------------------------------------------------------------------------------------------------

  private void add(String part, String measure, double value, String unit, List<Double> loads, String note) {
    String load = loads.isEmpty() ? "" : loads.stream().mapToDouble(d -> d).min().getAsDouble() == loads.stream()
        .mapToDouble(d -> d).max().getAsDouble() ? fmt(loads.get(0))
        : fmt(loads.stream().mapToDouble(d -> d).min().getAsDouble()) + "-"
            + fmt(loads.stream().mapToDouble(d -> d).max().getAsDouble());
    lines.add(new Line(part, measure, value, unit, loads.size(), load, note));
  }

  private String table() {
    int w = lines.stream().mapToInt(l -> l.measure().length()).max().orElse(10);
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-9s %-" + w + "s %10s %-13s %4s %-11s %s%n", "part", "measure", "value",
        "unit", "runs", "load 1m", "note"));
    for (Line l : lines) {
      b.append(String.format(Locale.ROOT, "%-9s %-" + w + "s %10s %-13s %4d %-11s %s%n", l.part(), l.measure(),
          fmt(l.value()), l.unit(), l.runs(), l.load(), l.note()));
    }
    return b.toString();
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> s = new ArrayList<>(values);
    s.sort(Comparator.naturalOrder());
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String list(List<Double> values) {
    return String.join(" ", values.stream().map(Benchmark::fmt).toList());
  }

  private static String load() {
    return fmt(loadNow());
  }

  private static double loadNow() {
    try {
      return Double.parseDouble(Files.readString(Paths.get("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
