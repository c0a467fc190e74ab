package org.telecomgrowth.transform;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.telecomgrowth.io.LineNumberedCsv;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The reference tables (--reference DIR: population.csv, households.csv), read on the driver (they are a few
 * hundred rows) by column name, never by position, and checked row by row.
 *
 * <p>A row with a bad value (country_iso3 not an ISO 3166 alpha-3 code; year not a whole number from 1800 to 2200;
 * population or households not a finite number of at least 1; population_in_households present but not one) is left
 * out, with one warning line naming the file, the line and the column: it never reaches a figure. A missing file,
 * a header without a needed column, or a file that is not valid CSV gives one warning line and an empty table, and
 * the run goes on: the penetration rows that needed it carry a note saying the reference is missing.
 */
public final class ReferenceData {
  private ReferenceData() {}

  public static final String POPULATION_FILE = "population.csv";
  public static final String HOUSEHOLDS_FILE = "households.csv";

  private static final Set<String> ISO3 = org.telecomgrowth.extract.DocumentIdentity.countryCodes();

  /** population.csv as (country_iso3, year, population, source); {@code warn} receives one line per problem. */
  public static Dataset<Row> population(SparkSession spark, String dir, Consumer<String> warn) {
    List<Row> rows = read(spark.sparkContext().hadoopConfiguration(), dir, POPULATION_FILE,
        List.of("country_iso3", "year", "population"), warn, (rec, bad) -> {
          String iso3 = iso3(rec, bad);
          Integer year = year(rec, bad);
          Double pop = positive(rec, "population", false, bad);
          return RowFactory.create(iso3, year, pop, optional(rec, "source"));
        });
    return spark.createDataFrame(rows, TransformStage.POPULATION);
  }

  /** households.csv as (country_iso3, year, households, population_in_households, source). */
  public static Dataset<Row> households(SparkSession spark, String dir, Consumer<String> warn) {
    List<Row> rows = read(spark.sparkContext().hadoopConfiguration(), dir, HOUSEHOLDS_FILE,
        List.of("country_iso3", "year", "households"), warn, (rec, bad) -> {
          String iso3 = iso3(rec, bad);
          Integer year = year(rec, bad);
          Double hh = positive(rec, "households", false, bad);
          Double inHouseholds = positive(rec, "population_in_households", true, bad);
          return RowFactory.create(iso3, year, hh, inHouseholds, optional(rec, "source"));
        });
    return spark.createDataFrame(rows, TransformStage.HOUSEHOLDS);
  }

  public static final String ENTITY_ALIASES_FILE = "entity_aliases.tsv";

  /** Tab-separated with a header line; lines starting with '#' and blank lines are skipped. */
  private static final org.apache.commons.csv.CSVFormat TSV_WITH_HEADER = org.apache.commons.csv.CSVFormat.TDF
      .builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true).build();

  /**
   * entity_aliases.tsv (alias, entity_id, source): other names a document's title may give an entity ("Wake Atoll"
   * for Wake Island), each with the entity of the entity tables ({@link Entities}) it names. Rows whose entity_id
   * the tables do not know are rejected with a warning. Optional: without it titles match the entities' own names
   * only. Returned as rows (alias, entity_id, source), read on the driver.
   */
  public static List<Row> entityAliases(SparkSession spark, String dir, Consumer<String> warn) {
    return read(spark.sparkContext().hadoopConfiguration(), dir, ENTITY_ALIASES_FILE,
        List.of("alias", "entity_id", "source"), warn, TSV_WITH_HEADER, (rec, bad) -> {
          String alias = value(rec, "alias");
          String id = value(rec, "entity_id");
          if (alias.isEmpty()) {
            bad.add("column alias: empty");
          }
          if (Entities.of(id) == null) {
            bad.add("column entity_id: '" + id + "' is not an entity of the entity tables");
          }
          return RowFactory.create(alias, id, value(rec, "source"));
        });
  }

  public static final String PRIOR_MODELS_FILE = "forecast_prior_models.csv";
  public static final String PRIOR_INTERVALS_FILE = "forecast_prior_intervals.csv";

  static final StructType PRIOR_MODELS = new StructType()
      .add("metric", org.apache.spark.sql.types.DataTypes.StringType)
      .add("model", org.apache.spark.sql.types.DataTypes.StringType)
      .add("target_year", org.apache.spark.sql.types.DataTypes.IntegerType)
      .add("n", org.apache.spark.sql.types.DataTypes.IntegerType)
      .add("mean_error", org.apache.spark.sql.types.DataTypes.DoubleType);
  static final StructType PRIOR_INTERVALS = new StructType()
      .add("metric", org.apache.spark.sql.types.DataTypes.StringType)
      .add("origin", org.apache.spark.sql.types.DataTypes.IntegerType)
      .add("horizon", org.apache.spark.sql.types.DataTypes.IntegerType)
      .add("n", org.apache.spark.sql.types.DataTypes.IntegerType)
      .add("q10", org.apache.spark.sql.types.DataTypes.DoubleType)
      .add("q90", org.apache.spark.sql.types.DataTypes.DoubleType)
      .add("median_ape", org.apache.spark.sql.types.DataTypes.DoubleType);

  /**
   * forecast_prior_models.csv (metric, model, target_year, n, mean_error): each model's backtest record per metric
   * on a large corpus, split by the year its forecasts were for, so that a choice at an origin sums only the years up
   * to it; used where the run's own backtest is too short (ForecastTransform). Optional.
   */
  public static Dataset<Row> priorModels(SparkSession spark, String dir, Consumer<String> warn) {
    List<Row> rows = read(spark.sparkContext().hadoopConfiguration(), dir, PRIOR_MODELS_FILE,
        List.of("metric", "model", "target_year", "n", "mean_error"), warn, (rec, bad) -> {
          String model = value(rec, "model");
          if (!CurveModels.MODELS.contains(model)) {
            bad.add("column model: '" + model + "' is not one of " + CurveModels.MODELS);
          }
          return RowFactory.create(text(rec, "metric", bad), model, year(rec, "target_year", bad),
              count(rec, "n", bad), finite(rec, "mean_error", bad));
        });
    return spark.createDataFrame(rows, PRIOR_MODELS);
  }

  /**
   * forecast_prior_intervals.csv (metric, origin, horizon, n, q10, q90, median_ape): the quantiles of
   * ln(actual/forecast) of the chosen forecasts per metric and horizon on a large corpus as known at each origin year
   * (forecasts whose target was at most that year), for 80 % intervals where the run's own backtest is too short.
   * Optional.
   */
  public static Dataset<Row> priorIntervals(SparkSession spark, String dir, Consumer<String> warn) {
    List<Row> rows = read(spark.sparkContext().hadoopConfiguration(), dir, PRIOR_INTERVALS_FILE,
        List.of("metric", "origin", "horizon", "n", "q10", "q90", "median_ape"), warn, (rec, bad) -> {
          Integer h = count(rec, "horizon", bad);
          if (h != null && (h < 1 || h > SeriesBacktest.HORIZON)) {
            bad.add("column horizon: '" + h + "' is not from 1 to " + SeriesBacktest.HORIZON);
          }
          Double q10 = finite(rec, "q10", bad);
          Double q90 = finite(rec, "q90", bad);
          if (q10 != null && q90 != null && q10 > q90) {
            bad.add("column q10: greater than q90");
          }
          return RowFactory.create(text(rec, "metric", bad), year(rec, "origin", bad), h, count(rec, "n", bad),
              q10, q90, finite(rec, "median_ape", bad));
        });
    return spark.createDataFrame(rows, PRIOR_INTERVALS);
  }

  private static String text(CSVRecord rec, String column, List<String> bad) {
    String v = value(rec, column);
    if (v.isEmpty()) {
      bad.add("column " + column + ": empty");
    }
    return v;
  }

  private static Integer count(CSVRecord rec, String column, List<String> bad) {
    String v = value(rec, column);
    try {
      int n = Integer.parseInt(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    bad.add("column " + column + ": '" + v + "' is not a whole number of at least 0");
    return null;
  }

  private static Double finite(CSVRecord rec, String column, List<String> bad) {
    String v = value(rec, column);
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    bad.add("column " + column + ": '" + v + "' is not a finite number");
    return null;
  }

  /** Default warning sink: one line on stderr. */
  public static void warn(String line) {
    System.err.println("warning: " + line);
  }

  private interface RowReader {
    /** The row, with every problem added to {@code bad} as "column NAME: why". */
    Row read(CSVRecord rec, List<String> bad);
  }

  private static List<Row> read(Configuration conf, String dir, String file, List<String> required,
      Consumer<String> warn, RowReader reader) {
    return read(conf, dir, file, required, warn, LineNumberedCsv.WITH_HEADER, reader);
  }

  private static List<Row> read(Configuration conf, String dir, String file, List<String> required,
      Consumer<String> warn, org.apache.commons.csv.CSVFormat format, RowReader reader) {
    List<Row> out = new ArrayList<>();
    String where = (dir.endsWith("/") ? dir : dir + "/") + file;
    String consequence = "; the figures that need it are left empty";
    Path p = new Path(where);
    try {
      FileSystem fs = p.getFileSystem(conf);
      try (Reader r = new InputStreamReader(fs.open(p), StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(r, format)) {
        for (String col : required) {
          if (!parser.getHeaderMap().containsKey(col)) {
            warn.accept("reference " + where + ": line 1: no column " + col + " in the header" + consequence);
            return List.of();
          }
        }
        try {
          LineNumberedCsv.forEach(parser, (rec, line) -> {
            List<String> bad = new ArrayList<>();
            Row row = reader.read(rec, bad);
            if (bad.isEmpty()) {
              out.add(row);
            } else {
              warn.accept("reference " + where + ": line " + line + ": "
                  + String.join("; ", bad) + "; row rejected");
            }
          });
        } catch (LineNumberedCsv.BrokenCsvException e) {
          warn.accept("reference " + where + ": line " + e.line() + ": not valid CSV ("
              + oneLine(e.getCause()) + "); the file is not used" + consequence);
          return List.of();
        }
      }
    } catch (FileNotFoundException e) {
      warn.accept("reference " + where + " not found" + consequence);
      return List.of();
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      warn.accept("reference " + where + ": cannot be read (" + oneLine(e) + ")" + consequence);
      return List.of();
    }
    return out;
  }

  private static String iso3(CSVRecord rec, List<String> bad) {
    String v = value(rec, "country_iso3");
    if (!ISO3.contains(v)) {
      bad.add("column country_iso3: '" + v + "' is not an ISO 3166 alpha-3 code");
    }
    return v;
  }

  private static Integer year(CSVRecord rec, List<String> bad) {
    return year(rec, "year", bad);
  }

  private static Integer year(CSVRecord rec, String column, List<String> bad) {
    String v = value(rec, column);
    try {
      int y = Integer.parseInt(v);
      if (y >= 1800 && y <= 2200) {
        return y;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    bad.add("column " + column + ": '" + v + "' is not a year from 1800 to 2200");
    return null;
  }

  private static Double positive(CSVRecord rec, String column, boolean optional, List<String> bad) {
    String v = value(rec, column);
    if (v.isEmpty() && optional) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d) && d >= 1) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    bad.add("column " + column + ": '" + v + "' is not a number of at least 1");
    return null;
  }

  private static String value(CSVRecord rec, String column) {
    return rec.isMapped(column) && rec.isSet(column) ? rec.get(column).strip() : "";
  }

  private static String optional(CSVRecord rec, String column) {
    return rec.isMapped(column) && rec.isSet(column) ? rec.get(column) : null;
  }

  private static String oneLine(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }

}
