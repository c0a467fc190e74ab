package org.telecomgrowth.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A deterministic synthetic corpus of the size asked for (issue 10): documents about the countries of
 * {@code reference/population.csv} (names from the JDK's ISO 3166 tables), with figures that follow a logistic
 * adoption curve over the country's real population, dates, qualifiers and sources varied per sentence, prose and
 * Factbook-style labelled fields, paragraphs in random order and figure-free prose between them. Writes
 * {@code documents/NNN/DOC.txt}, {@code catalog.csv} and {@code gold_observations.csv} (the shared scorer's shape with
 * a {@code doc} column: {@code score_extraction.py --gold DIR --prefix gold}). The same seed and size give the same
 * bytes. Streams: one document in memory at a time.
 */
@Command(name = "run.sh generate", mixinStandardHelpOptions = true,
    description = "Writes a deterministic synthetic corpus (documents, catalog.csv, gold_observations.csv)")
public final class CorpusGenerator implements Callable<Integer> {

  @Option(names = "--mb", required = true, description = "Text to write, in MB (10^6 bytes; fractions allowed)")
  double mb;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (same seed and size, same bytes)")
  long seed;

  @Option(names = "--output", required = true, description = "Folder to write (created; must be empty or absent)")
  String output;

  @Option(names = "--reference", defaultValue = "datasets/reference",
      description = "Folder with population.csv (countries and their populations)")
  String reference;

  public static void main(String[] args) {
    System.exit(new CommandLine(new CorpusGenerator()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path out = Paths.get(output);
    if (Files.isDirectory(out)) {
      try (var s = Files.list(out)) {
        if (s.findAny().isPresent()) {
          System.err.println("run.sh generate: " + out + " is not empty");
          return 2;
        }
      }
    }
    long t0 = System.nanoTime();
    Summary s = generate(out, (long) (mb * 1_000_000L), seed, Paths.get(reference, "population.csv"));
    System.out.printf(Locale.ROOT, "%d documents, %.2f MB, %d gold rows in %.1f s -> %s%n", s.documents(),
        s.bytes() / 1e6, s.goldRows(), (System.nanoTime() - t0) / 1e9, out);
    return 0;
  }

  /** What one generation wrote. */
  public record Summary(int documents, long bytes, long goldRows) {}

  static final int MIN_DOC = 2_500;
  static final int MAX_DOC = 100_000;
  static final String RETRIEVED = "2026-11-24";

  private record Country(String iso3, String name, TreeMap<Integer, Long> population) {}

  /** A figure: metric, unit, the value as printed, the period it is dated with, qualifier and source. */
  private record Fact(String metric, String unit, double value, String qualifier, String periodStart,
      String periodEnd, String source, String evidence) {}

  /** Writes {@code bytes} of documents (within one document's trailing bytes) under {@code out}. */
  public static Summary generate(Path out, long bytes, long seed, Path population) throws IOException {
    List<Country> countries = countries(population);
    if (countries.isEmpty()) {
      throw new IOException("no usable country in " + population);
    }
    Files.createDirectories(out.resolve("documents"));
    SplittableRandom master = new SplittableRandom(seed);
    long written = 0;
    int docs = 0;
    long goldRows = 0;
    try (Writer cw = Files.newBufferedWriter(out.resolve("catalog.csv"), StandardCharsets.UTF_8);
        CSVPrinter catalog = new CSVPrinter(cw, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
            .setHeader("doc_id", "path", "title", "country_iso3", "source", "retrieved", "published").build());
        Writer gw = Files.newBufferedWriter(out.resolve("gold_observations.csv"), StandardCharsets.UTF_8);
        CSVPrinter gold = new CSVPrinter(gw, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
            .setHeader("id", "doc", "metric", "value", "unit", "qualifier", "period_start", "period_end", "scope",
                "source", "evidence").build())) {
      while (written < bytes) {
        SplittableRandom r = master.split();
        long remaining = bytes - written;
        int target = (int) Math.min(MAX_DOC, Math.max(MIN_DOC, Math.exp(Math.log(12_000) + 0.9 * r.nextGaussian())));
        if (remaining < target + MIN_DOC) {
          target = (int) remaining;
        }
        Country c = countries.get(r.nextInt(countries.size()));
        String docId = String.format(Locale.ROOT, "gen_%s_%06d", c.iso3().toLowerCase(Locale.ROOT), docs);
        String rel = String.format(Locale.ROOT, "documents/%03d/%s.txt", docs / 1000, docId);
        List<Fact> facts = new ArrayList<>();
        // a country's curves are the same in every document about it (sources agree, as statistics do)
        Curves k = new Curves(new SplittableRandom(seed * 1_000_003L + c.iso3().hashCode()));
        Doc d = document(r, c, k, target, facts);
        byte[] text = d.text().getBytes(StandardCharsets.UTF_8);
        Path file = out.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.write(file, text);
        written += text.length;
        catalog.printRecord(docId, rel, d.title(), c.iso3(), d.source(), RETRIEVED, d.published());
        int g = 0;
        for (Fact f : facts) {
          gold.printRecord(docId + ":g" + (++g), docId, f.metric(), number(f.value()), f.unit(), f.qualifier(),
              f.periodStart(), f.periodEnd(), "national", f.source(), f.evidence());
        }
        goldRows += g;
        docs++;
      }
    }
    return new Summary(docs, written, goldRows);
  }

  private record Doc(String title, String text, String source, String published) {}

  // ---- countries -------------------------------------------------------------------------------------------

  private static List<Country> countries(Path population) throws IOException {
    Map<String, String> names = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      Locale l = new Locale("", a2);
      names.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
    }
    Map<String, TreeMap<Integer, Long>> pops = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(population, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        pops.computeIfAbsent(rec.get("country_iso3"), k -> new TreeMap<>())
            .put(Integer.parseInt(rec.get("year")), Long.parseLong(rec.get("population")));
      }
    }
    List<Country> list = new ArrayList<>();
    for (Map.Entry<String, TreeMap<Integer, Long>> e : pops.entrySet()) {
      String name = names.get(e.getKey());
      // big enough that every count is in the thousands; names the extractor reads as plain words
      if (name != null && e.getValue().size() >= 10 && e.getValue().lastEntry().getValue() >= 1_000_000
          && name.matches("[A-Za-z][A-Za-z ]*[a-z]")) {
        list.add(new Country(e.getKey(), name, e.getValue()));
      }
    }
    return list;
  }

  private static long population(Country c, int year) {
    Map.Entry<Integer, Long> e = c.population().floorEntry(year);
    return e != null ? e.getValue() : c.population().firstEntry().getValue();
  }

  // ---- documents -------------------------------------------------------------------------------------------

  private static final String[] SOURCES = {"the ITU", "the World Bank", "the GSMA", "the Communications Regulatory Authority",
      "the Ministry of Communications", "the National Statistics Office"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private static Doc document(SplittableRandom r, Country c, Curves k, int target, List<Fact> facts) {
    boolean labelled = target < 6_000 && r.nextInt(3) == 0;
    int firstYear = 1995 + r.nextInt(10);
    int lastYear = Math.min(2024, firstYear + 8 + r.nextInt(20));
    String source = SOURCES[r.nextInt(SOURCES.length)];
    String title;
    String kind;
    switch (r.nextInt(3)) {
      case 0 -> {
        title = "Telecommunications in " + c.name();
        kind = "encyclopedia article";
      }
      case 1 -> {
        title = c.name() + ": mobile and internet market review " + lastYear;
        kind = "market review";
      }
      default -> {
        title = c.name() + " telecoms briefing";
        kind = "news briefing";
      }
    }
    StringBuilder sb = new StringBuilder(target + 2_000);
    sb.append(title).append("\n\n");
    List<String> paragraphs = new ArrayList<>();
    List<Double> used = new ArrayList<>();
    if (labelled) {
      for (int y = lastYear; y >= firstYear && paragraphs.size() < 3; y -= 1 + r.nextInt(3)) {
        paragraphs.add(labelledBlock(r, c, k, y, facts, used));
      }
    }
    // the (metric kind, year) pool, shuffled: each appears at most once per document
    List<int[]> pool = new ArrayList<>();
    for (int y = firstYear; y <= lastYear; y++) {
      for (int m = 0; m < 6; m++) {
        pool.add(new int[] {m, y});
      }
    }
    shuffle(r, pool);
    int budget = target - title.length() - 2;
    int p = 0;
    int length = paragraphs.stream().mapToInt(s -> s.length() + 2).sum();
    while (length < budget) {
      StringBuilder para = new StringBuilder();
      int sentences = 2 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        String sentence = null;
        if (p < pool.size() && r.nextInt(5) < 2) {
          int[] mk = pool.get(p++);
          sentence = figureSentence(r, c, k, mk[0], mk[1], facts, used);
        }
        if (sentence == null) {
          sentence = filler(r, c);
        }
        if (para.length() > 0) {
          para.append(' ');
        }
        para.append(sentence);
      }
      paragraphs.add(para.toString());
      length += para.length() + 2;
    }
    shuffle(r, paragraphs);
    for (String para : paragraphs) {
      sb.append(para).append("\n\n");
    }
    // trim the last paragraphs of prose so the file is the size asked for (figures are never cut)
    String text = sb.toString();
    if (text.length() > target) {
      text = trimTo(text, target, facts);
    }
    return new Doc(title, text, "Synthetic corpus (" + kind + "), generated for benchmarking",
        String.format(Locale.ROOT, "%d-%02d-%02d", lastYear + 1, 1 + r.nextInt(12), 1 + r.nextInt(28)));
  }

  /** Cuts figure-free text at the end so the document is about {@code target} characters; never a figure. */
  private static String trimTo(String text, int target, List<Fact> facts) {
    int cut = target;
    int lastFigure = 0;
    for (Fact f : facts) {
      int at = text.lastIndexOf(f.evidence());
      if (at >= 0) {
        lastFigure = Math.max(lastFigure, at + f.evidence().length());
      }
    }
    if (cut <= lastFigure) {
      return text;
    }
    int end = text.lastIndexOf(". ", cut);
    if (end <= lastFigure) {
      return text;
    }
    return text.substring(0, end + 1) + "\n";
  }

  /** A country's curves: logistic adoption per 100 inhabitants (fixed lines: a slow rise and decline). */
  private static final class Curves {
    final double mobileSat;
    final double mobileMid;
    final double internetSat;
    final double internetMid;
    final double fixedPeak;

    Curves(SplittableRandom r) {
      mobileSat = 80 + 60 * r.nextDouble();
      mobileMid = 2004 + 8 * r.nextDouble();
      internetSat = 40 + 55 * r.nextDouble();
      internetMid = 2009 + 10 * r.nextDouble();
      fixedPeak = 2 + 40 * r.nextDouble();
    }

    double per100(int kind, int year) {
      return switch (kind) {
        case 0 -> mobileSat / (1 + Math.exp(-0.55 * (year - mobileMid)));
        case 1 -> internetSat / (1 + Math.exp(-0.45 * (year - internetMid)));
        default -> fixedPeak * (0.6 + 0.4 * Math.exp(-Math.pow((year - 2006) / 12.0, 2)));
      };
    }
  }

  private static final String[] KIND_COUNT_METRIC = {"mobile_subscribers", "internet_users", "fixed_lines"};

  /** A Factbook-style labelled field: a total line and a line per 100 inhabitants / of the population. */
  private static String labelledBlock(SplittableRandom r, Country c, Curves k, int year, List<Fact> facts,
      List<Double> used) {
    StringBuilder b = new StringBuilder();
    String[] labels = {"Telephones - mobile cellular", "Internet users", "Telephones - fixed lines"};
    for (int kind = 0; kind < 3; kind++) {
      double per100 = k.per100(kind, year);
      double count = roundCount(per100 / 100 * population(c, year));
      double share = Math.round(per100 * (kind == 1 ? 10 : 1)) / (kind == 1 ? 10.0 : 1.0);
      if (count < 1_000 || share < 1 || clash(used, count) || clash(used, share)) {
        continue;
      }
      used.add(count);
      used.add(share);
      String total = labels[kind] + ": total" + (kind == 1 ? "" : " subscriptions") + ": " + grouped(count);
      String second = kind == 1 ? "percent of population: " + number(share) + "% (" + year + " est.)"
          : "subscriptions per 100 inhabitants: " + number(share) + " (" + year + " est.)";
      String ys = year + "-01-01";
      String ye = year + "-12-31";
      facts.add(new Fact(KIND_COUNT_METRIC[kind], "count", count, "approx", ys, ye, "", total));
      facts.add(kind == 1
          ? new Fact("internet_users_share", "percent", share, "approx", ys, ye, "", second)
          : new Fact(KIND_COUNT_METRIC[kind] + "_per_100", "per_100_inhabitants", share, "approx", ys, ye, "", second));
      if (b.length() > 0) {
        b.append("\n\n");
      }
      b.append(total).append('\n').append(second);
    }
    return b.length() > 0 ? b.toString() : filler(r, c);
  }

  /**
   * One prose sentence with one figure of {@code kind} (0 mobile count, 1 internet users, 2 fixed lines, 3 mobile
   * per 100, 4 internet share, 5 fixed per 100) for {@code year}; null when the figure would be too small or too
   * close to one already in the document.
   */
  private static String figureSentence(SplittableRandom r, Country c, Curves k, int kind, int year,
      List<Fact> facts, List<Double> used) {
    int curve = kind % 3;
    double per100 = k.per100(curve, year);
    // the date: a year, the end of a year, or a month
    int dateForm = r.nextInt(3);
    int month = dateForm == 2 ? r.nextInt(12) : 11;
    String ys;
    String ye;
    String date;
    switch (dateForm) {
      case 0 -> {
        ys = year + "-01-01";
        ye = year + "-12-31";
        date = "in " + year;
      }
      case 1 -> {
        ys = year + "-12-01";
        ye = year + "-12-31";
        date = "by the end of " + year;
      }
      default -> {
        ys = String.format(Locale.ROOT, "%d-%02d-01", year, month + 1);
        ye = String.format(Locale.ROOT, "%d-%02d-%02d", year, month + 1, MONTH_DAYS[month]);
        date = "in " + MONTHS[month] + " " + year;
      }
    }
    String[] qual = qualifier(r);
    String q = qual[0];
    String qualifier = qual[1];
    String source = r.nextInt(3) == 0 ? SOURCES[r.nextInt(SOURCES.length)] : null;
    String sourceName = source == null ? "" : source.replaceFirst("^the ", "");
    String tail = source == null ? "" : ", according to " + source;
    double value;
    String metric;
    String unit;
    String s;
    if (kind < 3) {
      value = roundCount(per100 / 100 * population(c, curve == 2 ? year : year));
      if (value < 1_000) {
        return null;
      }
      String v = r.nextBoolean() && value >= 1_000_000 ? millions(value) : grouped(value);
      value = parse(v);
      metric = KIND_COUNT_METRIC[kind];
      unit = "count";
      s = switch (kind * 2 + r.nextInt(2)) {
        case 0 -> "Mobile subscriptions reached " + q + v + " " + date + tail + ".";
        case 1 -> cap(date) + ", " + c.name() + " had " + q + v + " mobile phone subscribers" + tail + ".";
        case 2 -> cap(date) + ", " + q + v + " people used the internet" + tail + ".";
        case 3 -> "The number of internet users stood at " + q + v + " " + date + tail + ".";
        case 4 -> "There were " + q + v + " fixed telephone lines in service " + date + tail + ".";
        default -> cap(date) + ", fixed lines numbered " + q + v + tail + ".";
      };
    } else {
      value = Math.round(per100 * 10) / 10.0;
      if (value < 1 || (curve == 1 && value > 99)) {
        return null;
      }
      String v = number(value);
      unit = curve == 1 ? "percent" : "per_100_inhabitants";
      metric = curve == 0 ? "mobile_subscribers_per_100" : curve == 1 ? "internet_users_share" : "fixed_lines_per_100";
      s = switch (curve * 2 + r.nextInt(2)) {
        case 0 -> "Mobile penetration reached " + q + v + " per 100 inhabitants " + date + tail + ".";
        case 1 -> cap(date) + ", there were " + q + v + " mobile subscriptions per 100 inhabitants" + tail + ".";
        case 2 -> cap(date) + ", " + q + v + "% of the population used the internet" + tail + ".";
        case 3 -> "Internet use reached " + q + v + " percent of the population " + date + tail + ".";
        case 4 -> "Fixed-line teledensity was " + q + v + " per 100 inhabitants " + date + tail + ".";
        default -> cap(date) + ", there were " + q + v + " fixed lines per 100 inhabitants" + tail + ".";
      };
    }
    if (clash(used, value)) {
      return null;
    }
    used.add(value);
    facts.add(new Fact(metric, unit, value, qualifier, ys, ye, sourceName, s));
    return s;
  }

  private static String[] qualifier(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> new String[] {"about ", "approx"};
      case 1 -> new String[] {"nearly ", "approx"};
      case 2 -> new String[] {"more than ", "at_least"};
      default -> new String[] {"", "exact"};
    };
  }

  private static final String[] SUBJECTS = {"The regulator", "The incumbent operator", "The ministry",
      "A second operator", "The government", "Industry analysts", "The largest mobile operator",
      "A rural cooperative", "The state broadcaster", "Consumer groups", "The competition authority",
      "A tower company"};
  private static final String[] ACTIONS = {"extended its fibre backbone to several provincial towns",
      "opened a consultation on spectrum for rural coverage", "announced plans to retire the copper network",
      "cut wholesale prices for international capacity", "began selling bundles of voice and data",
      "signed a roaming arrangement with neighbouring networks", "licensed additional service providers",
      "moved its billing systems to a new platform", "questioned the pace of number portability",
      "expanded coverage along the main highways", "published new rules on shared infrastructure",
      "asked for clearer terms on interconnection", "invested in solar power for remote sites",
      "reported steady demand for data in the capital", "described the market as highly competitive",
      "warned that rural areas still lagged behind the cities"};
  private static final String[] TAILS = {"", " after long delays", " despite funding constraints",
      " as demand for data grew", " under pressure from consumer groups", " without public debate",
      " with support from development lenders", " while prices kept falling"};

  private static String filler(SplittableRandom r, Country c) {
    if (r.nextInt(6) == 0) {
      return "Demand for connectivity in " + c.name() + " kept rising" + TAILS[r.nextInt(TAILS.length)] + ".";
    }
    return SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + ACTIONS[r.nextInt(ACTIONS.length)]
        + TAILS[r.nextInt(TAILS.length)] + ".";
  }

  // ---- numbers ---------------------------------------------------------------------------------------------

  /** Counts as a statistics office prints them: three significant figures. */
  private static double roundCount(double v) {
    if (v < 1) {
      return 0;
    }
    double scale = Math.pow(10, Math.max(0, Math.floor(Math.log10(v)) - 2));
    return Math.round(v / scale) * scale;
  }

  private static boolean clash(List<Double> used, double v) {
    for (double u : used) {
      if (Math.abs(u - v) <= 0.01 * Math.max(Math.abs(u), Math.abs(v))) {
        return true;
      }
    }
    return false;
  }

  private static String grouped(double v) {
    return String.format(Locale.ROOT, "%,d", Math.round(v));
  }

  private static String millions(double v) {
    double m = v / 1e6;
    String s = m >= 100 ? String.format(Locale.ROOT, "%.0f", m)
        : m >= 10 ? String.format(Locale.ROOT, "%.1f", m) : String.format(Locale.ROOT, "%.2f", m);
    if (s.contains(".")) {
      s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }
    return s + " million";
  }

  private static double parse(String printed) {
    if (printed.endsWith(" million")) {
      return Math.round(Double.parseDouble(printed.substring(0, printed.length() - 8)) * 1e6);
    }
    return Double.parseDouble(printed.replace(",", ""));
  }

  static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static <T> void shuffle(SplittableRandom r, List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
