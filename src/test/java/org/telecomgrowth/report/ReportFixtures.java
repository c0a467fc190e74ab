package org.telecomgrowth.report;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.telecomgrowth.model.Tables;
import org.telecomgrowth.transform.TransformColumns;

/**
 * Hand-made tables with the seed document's figures (shared/gold/seed_observations.csv) and schemas that follow
 * Tables and TransformColumns, as the extract and transform stages will hand them to the report.
 */
final class ReportFixtures {
  private ReportFixtures() {}

  static final String DOC = "telecommunications_in_north_korea";
  static final String HOSTILE = "<script>alert(1)</script>";
  static final String UNATTRIBUTED = "PRK|mobile_subscribers|national|";
  static final String ORASCOM = "PRK|mobile_subscribers|national|Orascom";

  static final StructType OBSERVATIONS = schema(Tables.OBSERVATION_COLUMNS, Map.of("value", DataTypes.DoubleType,
      "period_start", DataTypes.DateType, "period_end", DataTypes.DateType, "sentence_index", DataTypes.IntegerType,
      "char_start", DataTypes.IntegerType, "char_end", DataTypes.IntegerType));
  static final StructType EVENTS = schema(Tables.EVENT_COLUMNS, Map.of("period_start", DataTypes.DateType,
      "period_end", DataTypes.DateType, "sentence_index", DataTypes.IntegerType, "char_start", DataTypes.IntegerType,
      "char_end", DataTypes.IntegerType));
  static final StructType DOCUMENTS = schema(Tables.DOCUMENT_COLUMNS, Map.of("chars", DataTypes.IntegerType,
      "sentences", DataTypes.IntegerType, "observations", DataTypes.IntegerType, "events", DataTypes.IntegerType));
  static final StructType SERIES = schema(TransformColumns.SERIES_COLUMNS, Map.of("date", DataTypes.DateType,
      "period_start", DataTypes.DateType, "period_end", DataTypes.DateType, "value", DataTypes.DoubleType));
  static final StructType GROWTH = schema(TransformColumns.GROWTH_COLUMNS, Map.of("segment", DataTypes.IntegerType,
      "from_date", DataTypes.DateType, "to_date", DataTypes.DateType, "from_value", DataTypes.DoubleType,
      "to_value", DataTypes.DoubleType, "years", DataTypes.DoubleType, "cagr", DataTypes.DoubleType,
      "doubling_time_years", DataTypes.DoubleType, "crosses_break", DataTypes.BooleanType,
      "interpolated", DataTypes.BooleanType));
  static final StructType PENETRATION = schema(TransformColumns.PENETRATION_COLUMNS, Map.of("year",
      DataTypes.IntegerType, "date", DataTypes.DateType, "value", DataTypes.DoubleType, "estimated",
      DataTypes.BooleanType));
  static final StructType CONFLICTS = schema(TransformColumns.CONFLICTS_COLUMNS, Map.of("date_a",
      DataTypes.DateType, "value_a", DataTypes.DoubleType, "date_b", DataTypes.DateType, "value_b",
      DataTypes.DoubleType, "days_apart", DataTypes.IntegerType, "relative_difference", DataTypes.DoubleType));
  static final StructType ADOPTION_FIT = schema(TransformColumns.ADOPTION_FIT_COLUMNS, Map.ofEntries(
      Map.entry("n_points", DataTypes.IntegerType), Map.entry("k", DataTypes.DoubleType),
      Map.entry("r", DataTypes.DoubleType), Map.entry("t0", DataTypes.DateType), Map.entry("r2", DataTypes.DoubleType),
      Map.entry("rmse", DataTypes.DoubleType), Map.entry("date", DataTypes.DateType),
      Map.entry("fitted_value", DataTypes.DoubleType), Map.entry("forecast", DataTypes.BooleanType),
      Map.entry("model_error", DataTypes.DoubleType), Map.entry("naive_error", DataTypes.DoubleType),
      Map.entry("horizon", DataTypes.IntegerType), Map.entry("lower80", DataTypes.DoubleType),
      Map.entry("upper80", DataTypes.DoubleType), Map.entry("backtest_median_ape", DataTypes.DoubleType),
      Map.entry("backtest_n", DataTypes.IntegerType)));

  private static StructType schema(List<String> columns, Map<String, DataType> types) {
    StructType s = new StructType();
    for (String c : columns) {
      s = s.add(c, types.getOrDefault(c, DataTypes.StringType));
    }
    return s;
  }

  static Date d(String iso) {
    return Date.valueOf(iso);
  }

  /** One subscriber figure of the seed, with its sentence. */
  record Fig(String metric, double value, String unit, String qualifier, String start, String end, String scope,
      String source, int sentenceIndex, String sentence) {}

  static final String S_FIXED = "North Korea has an adequate telephone system, with 1.18 million fixed lines "
      + "available in 2008.";
  static final String S_2003 = "In November 2002, mobile phones were introduced to North Korea and by November "
      + "2003, 20,000 North Koreans had bought mobile phones.";
  static final String S_2010 = "In May 2010, more than 120,000 North Koreans owned mobile phones; this number had "
      + "increased to 301,000 by September 2010, 660,000 by August 2011, and 900,000 by December 2011.";
  static final String S_ORASCOM = "Orascom reported 432,000 North Korean subscribers after two years of operation "
      + "(December 2010), increasing to 809,000 by September 2011, and exceeding one million by February 2012.";
  static final String S_2013 = "By April 2013 subscriber numbers neared two million.";
  static final String S_2015 = "By 2015 the figure had grown to three million.";
  static final String S_MOBILE_HH = "A survey in 2017 found that 69% of households had a mobile phone.";
  static final String S_TV_HH = "A study in 2017 found that 98% of households had a TV set.";
  static final String S_PC_HH = "A survey in 2017 found that 19% of households had a computer, but that only 1% "
      + "nationally and 5% in Pyongyang had access to the intranet.";

  static List<Fig> figures(boolean hostile) {
    String orascom = hostile ? HOSTILE + " " + S_ORASCOM : S_ORASCOM;
    return List.of(
        new Fig("fixed_lines", 1180000, "count", "exact", "2008-01-01", "2008-12-31", "national", "", 3, S_FIXED),
        new Fig("mobile_subscribers", 20000, "count", "exact", "2003-11-01", "2003-11-30", "national", "", 10,
            S_2003),
        new Fig("mobile_subscribers", 120000, "count", "at_least", "2010-05-01", "2010-05-31", "national", "", 13,
            S_2010),
        new Fig("mobile_subscribers", 301000, "count", "exact", "2010-09-01", "2010-09-30", "national", "", 13,
            S_2010),
        new Fig("mobile_subscribers", 660000, "count", "exact", "2011-08-01", "2011-08-31", "national", "", 13,
            S_2010),
        new Fig("mobile_subscribers", 900000, "count", "exact", "2011-12-01", "2011-12-31", "national", "", 13,
            S_2010),
        new Fig("mobile_subscribers", 432000, "count", "exact", "2010-12-01", "2010-12-31", "national", "Orascom",
            14, orascom),
        new Fig("mobile_subscribers", 809000, "count", "exact", "2011-09-01", "2011-09-30", "national", "Orascom",
            14, orascom),
        new Fig("mobile_subscribers", 1000000, "count", "at_least", "2012-02-01", "2012-02-29", "national",
            "Orascom", 14, orascom),
        new Fig("mobile_subscribers", 2000000, "count", "approx", "2013-04-01", "2013-04-30", "national", "", 15,
            S_2013),
        new Fig("mobile_subscribers", 3000000, "count", "exact", "2015-01-01", "2015-12-31", "national", "", 16,
            S_2015),
        new Fig("households_with_mobile_phone", 69, "percent", "exact", "2017-01-01", "2017-12-31", "national", "",
            20, S_MOBILE_HH),
        new Fig("households_with_tv", 98, "percent", "exact", "2017-01-01", "2017-12-31", "national", "", 41,
            S_TV_HH),
        new Fig("households_with_computer", 19, "percent", "exact", "2017-01-01", "2017-12-31", "national", "", 52,
            S_PC_HH),
        new Fig("households_with_intranet_access", 1, "percent", "exact", "2017-01-01", "2017-12-31", "national",
            "", 52, S_PC_HH),
        new Fig("households_with_intranet_access", 5, "percent", "exact", "2017-01-01", "2017-12-31", "Pyongyang",
            "", 52, S_PC_HH));
  }

  static String ref(Fig f) {
    return DOC + "#" + f.sentenceIndex();
  }

  /** Contract midpoint: start + floor(days / 2). */
  static LocalDate mid(Fig f) {
    LocalDate s = LocalDate.parse(f.start());
    return s.plusDays(ChronoUnit.DAYS.between(s, LocalDate.parse(f.end())) / 2);
  }

  static final Map<Integer, Long> POPULATION = Map.of(2003, 24090380L, 2008, 24764618L, 2010, 24987258L, 2011,
      25097874L, 2012, 25211728L, 2013, 25329451L, 2015, 25575350L);

  /** Every table the report reads; hostile puts a script tag into the Orascom sentence. */
  static Map<String, Dataset<Row>> tables(SparkSession spark, boolean hostile) {
    Map<String, Dataset<Row>> t = new LinkedHashMap<>();
    t.putAll(extractTables(spark, hostile));
    t.putAll(transformTables(spark, hostile));
    // The breaks as the transform reads them from these events' sentences.
    t.put("breaks", org.telecomgrowth.transform.RegimeBreakTransform.breaks(t.get(Tables.EVENTS),
        t.get(Tables.DOCUMENTS)));
    return t;
  }

  static Map<String, Dataset<Row>> extractTables(SparkSession spark, boolean hostile) {
    Map<String, Dataset<Row>> t = new LinkedHashMap<>();
    List<Row> obs = new ArrayList<>();
    for (Fig f : figures(hostile)) {
      obs.add(RowFactory.create(DOC, f.metric(), f.value(), f.unit(), f.qualifier(), d(f.start()), d(f.end()),
          f.scope(), f.source(), "Mobile phones", f.sentenceIndex(), f.sentence(), 100 * f.sentenceIndex(),
          100 * f.sentenceIndex() + f.sentence().length(), ""));
    }
    t.put(Tables.OBSERVATIONS, spark.createDataFrame(obs, OBSERVATIONS));
    t.put(Tables.EVENTS, spark.createDataFrame(events(), EVENTS));
    t.put(Tables.DOCUMENTS, spark.createDataFrame(List.of(RowFactory.create(DOC,
        "documents/telecommunications_in_north_korea.txt", "Telecommunications in North Korea", "PRK", 14000, 120,
        obs.size(), 32, "2026-11-24")), DOCUMENTS));
    t.put(Tables.REJECTS, spark.createDataFrame(List.of(), new StructType().add("path", DataTypes.StringType)
        .add("reason", DataTypes.StringType)));
    return t;
  }

  /** The 32 gold events (seed_events.csv) with the categories the extractor assigns. */
  static List<Row> events() {
    String[][] e = {
        {"1970-01-01", "1970-12-31", "service", "automatic switching in use in four cities by 1970"},
        {"1974-01-01", "1974-12-31", "agreement", "joined the Universal Postal Union"},
        {"1980-01-01", "1980-12-31", "other", "nineteen-inch black-and-white sets produced locally since 1980"},
        {"1984-01-01", "1984-12-31", "agreement", "joined Intersputnik"},
        {"1986-01-01", "1986-12-31", "link", "satellite communications center installed with French support"},
        {"1989-09-01", "1989-12-31", "link", "international direct dialing through microwave link from Hong Kong"},
        {"1990-01-01", "1990-12-31", "service", "public telephone booths in Pyongyang around 1990"},
        {"1990-01-01", "1990-12-31", "agreement", "agreement to share Japan's telecommunications satellites"},
        {"1992-04-01", "1992-04-30", "other", "Pyongyang Fiber Optic Cable Factory built"},
        {"1994-01-01", "1996-12-31", "service", "E-10A automated exchange installed (mid-1990s)"},
        {"1995-09-01", "1995-09-30", "link", "first optical fiber network Pyongyang to Hamhung installed"},
        {"1997-01-01", "1997-12-31", "service", "automated switching replaced manual switching"},
        {"2000-01-01", "2000-12-31", "link", "fiber-optic cable extended to Nampho"},
        {"2000-01-01", "2000-12-31", "link", "communications opened with South Korea"},
        {"2000-01-01", "2000-12-31", "launch", "Kwangmyong intranet opened"},
        {"2002-11-01", "2002-11-30", "launch", "mobile phones introduced"},
        {"2002-01-01", "2002-12-31", "launch", "first Internet cafe opened"},
        {"2003-01-01", "2003-12-31", "link", "commercial Internet via KCC Europe satellite link"},
        {"2004-01-01", "2008-12-31", "ban", "There was a ban on cell phones from 2004\u20132008."},
        {"2006-05-01", "2006-05-31", "agreement", "agreement for Khasan-Tumangang fiber line"},
        {"2007-01-01", "2007-12-31", "policy", "applied at ICANN for the .kp domain"},
        {"2008-12-01", "2008-12-31", "launch", "3G mobile service launched in Pyongyang"},
        {"2009-01-01", "2009-12-31", "policy", "Star Joint Venture took control of Internet and address allocation"},
        {"2011-06-15", "2011-06-15", "other", "StatCounter confirmed smartphone use"},
        {"2012-05-10", "2012-05-10", "other", "study A Quiet Opening released"},
        {"2013-01-01", "2013-01-31", "policy", "foreigners no longer surrender phones at the border"},
        {"2013-02-01", "2013-02-28", "policy", "foreigners can access the internet over 3G"},
        {"2016-08-01", "2016-08-31", "launch", "Manbang streaming service launched"},
        {"2017-10-01", "2017-10-31", "other", "DDoS attack and second connection through Russia"},
        {"2018-01-01", "2018-12-31", "launch", "Mirae wi-fi service unveiled"},
        {"2019-09-01", "2019-09-30", "launch", "Kimtongmu phone released"},
        {"2020-11-01", "2020-11-30", "other", "no mobile phones could dial into or out of the country"}};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < e.length; i++) {
      rows.add(RowFactory.create(DOC, d(e[i][0]), d(e[i][1]), e[i][2], "History", 200 + i, e[i][3], 5000 + 100 * i,
          5000 + 100 * i + e[i][3].length()));
    }
    return rows;
  }

  static Map<String, Dataset<Row>> transformTables(SparkSession spark, boolean hostile) {
    Map<String, Dataset<Row>> t = new LinkedHashMap<>();
    List<Fig> subs = figures(hostile).stream().filter(f -> f.metric().equals("mobile_subscribers")).toList();
    List<Row> series = new ArrayList<>();
    for (Fig f : subs) {
      String id = f.source().isEmpty() ? UNATTRIBUTED : ORASCOM;
      series.add(RowFactory.create(DOC, "PRK", f.metric(), f.scope(), f.source(), id, Date.valueOf(mid(f)),
          d(f.start()), d(f.end()), f.value(), f.unit(), f.qualifier(), ref(f), ""));
    }
    t.put("series", spark.createDataFrame(series, SERIES));
    t.put("growth", spark.createDataFrame(growth(subs), GROWTH));
    t.put("penetration", spark.createDataFrame(penetration(hostile), PENETRATION));
    t.put("conflicts", spark.createDataFrame(conflicts(subs), CONFLICTS));
    t.put("adoption_fit", spark.createDataFrame(fit(), ADOPTION_FIT));
    t.put("quarantine", spark.createDataFrame(List.of(), schema(TransformColumns.QUARANTINE_COLUMNS,
        Map.of("value", DataTypes.DoubleType, "period_start", DataTypes.DateType, "period_end",
            DataTypes.DateType))));
    return t;
  }

  private static final LocalDate BAN_END = LocalDate.of(2008, 12, 31);

  static Row growthRow(String kind, Integer segment, Fig a, Fig b, boolean crosses) {
    LocalDate from = mid(a);
    LocalDate to = mid(b);
    double years = ChronoUnit.DAYS.between(from, to) / 365.25;
    double cagr = Math.pow(b.value() / a.value(), 1 / years) - 1;
    String q = "at_least".equals(b.qualifier()) || "at_most".equals(a.qualifier()) ? "at_least"
        : "at_most".equals(b.qualifier()) || "at_least".equals(a.qualifier()) ? "at_most" : "exact";
    String id = a.source().isEmpty() ? UNATTRIBUTED : ORASCOM;
    String refs = ref(a).equals(ref(b)) ? ref(a) : ref(a) + ";" + ref(b);
    return RowFactory.create(id, "PRK", a.metric(), a.scope(), a.source(), kind, segment, Date.valueOf(from),
        Date.valueOf(to), a.value(), b.value(), years, cagr, cagr > 0 ? Math.log(2) / Math.log(1 + cagr) : null, q,
        crosses, false, "", refs, crosses ? "crosses a regime break" : years < 1 ? "interval under one year" : "");
  }

  /** Pairs, segments and spans as the growth transform defines them, computed here from the seed points. */
  static List<Row> growth(List<Fig> subs) {
    List<Row> rows = new ArrayList<>();
    for (String source : List.of("", "Orascom")) {
      List<Fig> pts = subs.stream().filter(f -> f.source().equals(source))
          .sorted(java.util.Comparator.comparing(ReportFixtures::mid)).toList();
      for (int i = 1; i < pts.size(); i++) {
        boolean crosses = mid(pts.get(i - 1)).isBefore(BAN_END) && mid(pts.get(i)).isAfter(BAN_END);
        rows.add(growthRow("pair", crosses ? null : (mid(pts.get(i)).isAfter(BAN_END) ? 1 : 0), pts.get(i - 1),
            pts.get(i), crosses));
      }
      List<Fig> after = pts.stream().filter(f -> mid(f).isAfter(BAN_END)).toList();
      rows.add(growthRow("segment", 1, after.get(0), after.get(after.size() - 1), false));
      rows.add(growthRow("span", null, pts.get(0), pts.get(pts.size() - 1), false));
    }
    return rows;
  }

  static List<Row> penetration(boolean hostile) {
    List<Row> rows = new ArrayList<>();
    for (Fig f : figures(hostile)) {
      if (f.metric().startsWith("households_with_")) {
        rows.add(RowFactory.create("PRK", f.metric(), f.metric(), f.scope(), f.source(), 2017, d("2017-07-02"),
            f.value(), "percent", "stated", false, "", "", ref(f)));
      } else if (f.scope().equals("national") && f.source().isEmpty()) {
        LocalDate m = mid(f);
        long pop = POPULATION.get(m.getYear());
        rows.add(RowFactory.create("PRK", f.metric() + "_per_100", f.metric(), f.scope(), f.source(), m.getYear(),
            Date.valueOf(m), f.value() / pop * 100, "per_100_inhabitants", "derived", false,
            "World Bank SP.POP.TOTL " + m.getYear(), "", ref(f)));
      }
    }
    return rows;
  }

  static List<Row> conflicts(List<Fig> subs) {
    List<Row> rows = new ArrayList<>();
    for (Fig a : subs) {
      for (Fig b : subs) {
        if (a.source().equals("Orascom") && b.source().isEmpty()) {
          long days = Math.abs(ChronoUnit.DAYS.between(mid(a), mid(b)));
          if (days <= 183) {
            rows.add(RowFactory.create("PRK", a.metric(), a.scope(), ORASCOM, Date.valueOf(mid(a)), a.value(),
                ref(a), UNATTRIBUTED, Date.valueOf(mid(b)), b.value(), ref(b), (int) days,
                Math.abs(a.value() - b.value()) / Math.max(a.value(), b.value()), "nearby", DOC, DOC,
                "different series within 6 months"));
          }
        }
      }
    }
    return rows;
  }

  /**
   * A logistic curve through the post-ban points (inflection early 2013), yearly from 2010 to five years past the
   * last figure (mid-2015), the forecast points with an 80 % interval and a backtest error of 5 % a year ahead.
   */
  static List<Row> fit() {
    List<Row> rows = new ArrayList<>();
    LocalDate t0 = LocalDate.of(2013, 1, 1);
    LocalDate last = LocalDate.of(2015, 7, 2);
    for (int i = -5; i <= 5; i++) {
      LocalDate date = last.plusYears(i);
      double t = ChronoUnit.DAYS.between(t0, date) / 365.25;
      double v = 4.2e6 / (1 + Math.exp(-0.9 * t));
      boolean ahead = i > 0;
      rows.add(RowFactory.create("PRK|mobile_subscribers|national|*", "PRK", "mobile_subscribers", "national",
          "since_break", "ok", "logistic", "prior_backtest", 0.12, 0.18, 9, "per_100_inhabitants", 17.0, 0.9,
          Date.valueOf(t0), 0.97, 95000.0, Date.valueOf(date), ahead ? i : 0, v, ahead, ahead ? v * 0.8 : null,
          ahead ? v * 1.25 : null, ahead ? 0.05 * i : null, ahead ? 100 : null));
    }
    return rows;
  }

}
