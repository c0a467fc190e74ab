package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Penetration: shares as the text states them, and counts of subscriptions or lines per 100 inhabitants and per
 * 100 households derived from the reference tables (ITU definitions, reference/README.md).
 *
 * <p>Population at a point's date: the reference figure of a year stands for its midpoint (as a period does for
 * growth) and is interpolated linearly between neighbouring years; inside the first or last table year beyond
 * its midpoint the year's own figure is used. A year outside the table gets a row with a null value and a note,
 * never an extrapolated guess. Only national figures are divided by the national population; other scopes get a
 * null row with a note, since a city's count over a country's people would be a wrong ratio.
 *
 * <p>Households: in a census year the census count (estimated = false); in other years population at the date
 * divided by the persons per household of the nearest census (estimated = true). Persons per household = census
 * population / census households, the census population taken from population_in_households when given, else
 * from "census total population N" in the census row's source text, else population.csv for the census year.
 */
public final class PenetrationTransform {
  private PenetrationTransform() {}

  /** Count metrics of subscriptions and lines that a per-100 ratio makes sense for. */
  public static final String SUBSCRIPTION_METRICS = "^(fixed_lines|.*_subscribers|.*_subscriptions)$";
  /** Stated shares: household shares and other *_share metrics (coverage is not penetration). */
  public static final String SHARE_METRICS = "^(households_with_.*|.*_share)$";

  public static final String STATED = "stated";
  public static final String DERIVED = "derived";

  /**
   * Needs: series points (TransformColumns.SERIES_COLUMNS), population (country_iso3, year, population, source),
   * households (country_iso3, year, households, population_in_households, source). Adds: the penetration table,
   * columns as {@link TransformColumns#PENETRATION_COLUMNS}.
   */
  public static Dataset<Row> penetration(Dataset<Row> series, Dataset<Row> population, Dataset<Row> households) {
    population = chosenPopulation(population);
    return stated(series)
        .unionByName(perInhabitants(series, population))
        .unionByName(perHouseholds(series, population, households));
  }

  static Dataset<Row> stated(Dataset<Row> series) {
    Column isShare = col("unit").equalTo("percent").and(col("metric").rlike(SHARE_METRICS));
    Column isPer100 = col("unit").equalTo("per_100_inhabitants");
    return series.filter(isShare.or(isPer100))
        .withColumn("base_metric", when(isPer100, regexp_replace(col("metric"), "_per_100$", ""))
            .otherwise(col("metric")))
        .withColumn("year", year(col("date")))
        .withColumn("kind", lit(STATED))
        .withColumn("estimated", lit(false))
        .withColumn("reference_source", lit(null).cast(DataTypes.StringType))
        .withColumn("note", lit(""))
        .select(columns());
  }

  private static Dataset<Row> countPoints(Dataset<Row> series) {
    return series.filter(col("unit").equalTo("count").and(col("metric").rlike(SUBSCRIPTION_METRICS)))
        .withColumn("year", year(col("date")));
  }

  static Dataset<Row> perInhabitants(Dataset<Row> series, Dataset<Row> population) {
    Dataset<Row> p = populationAt(countPoints(series), population);
    Column national = col("scope").equalTo("national");
    return p
        .withColumn("base_metric", col("metric"))
        .withColumn("metric", concat(col("metric"), lit("_per_100")))
        .withColumn("value", when(national, col("value").divide(col("pop")).multiply(100)))
        .withColumn("unit", lit("per_100_inhabitants"))
        .withColumn("kind", lit(DERIVED))
        .withColumn("estimated", lit(false))
        .withColumn("reference_source", when(national, col("pop_source")))
        .withColumn("note", when(national.unary_$bang(), concat(lit("no population for scope "), col("scope")))
            .when(col("pop").isNull(), col("pop_note")).otherwise(lit("")))
        .select(columns());
  }

  static Dataset<Row> perHouseholds(Dataset<Row> series, Dataset<Row> population, Dataset<Row> households) {
    Dataset<Row> census = censuses(households, population);
    Dataset<Row> p = populationAt(countPoints(series), population)
        .join(census, col("country_iso3").equalTo(col("c_country")), "left")
        .withColumn("_rank", row_number().over(Window.partitionBy("series_id", "date", "value", "evidence_ref")
            .orderBy(abs(col("year").minus(col("c_year"))).asc_nulls_last(), col("c_year").asc_nulls_last())))
        .filter(col("_rank").equalTo(1));
    Column national = col("scope").equalTo("national");
    Column inCensusYear = col("c_year").equalTo(col("year"));
    Column hh = when(inCensusYear, col("c_households"))
        .otherwise(col("pop").divide(col("c_persons_per_household")));
    return p
        .withColumn("base_metric", col("metric"))
        .withColumn("metric", concat(col("metric"), lit("_per_100_households")))
        .withColumn("value", when(national, col("value").divide(hh).multiply(100)))
        .withColumn("unit", lit("per_100_households"))
        .withColumn("kind", lit(DERIVED))
        .withColumn("estimated", national.and(col("c_year").isNotNull()).and(inCensusYear.unary_$bang())
            .and(col("pop").isNotNull()))
        .withColumn("reference_source", when(national.and(inCensusYear), col("c_source"))
            .when(national.and(col("c_year").isNotNull()), concat_ws("; ", col("c_source"), col("pop_source"))))
        .withColumn("note", when(national.unary_$bang(), concat(lit("no households for scope "), col("scope")))
            .when(col("c_year").isNull(), concat(lit("no household census for "), col("country_iso3")))
            .when(inCensusYear.unary_$bang().and(col("pop").isNull()), col("pop_note"))
            .when(inCensusYear.unary_$bang(), lit("households estimated from population / persons per household"))
            .otherwise(lit("")))
        .select(columns());
  }

  /**
   * Needs: points (country_iso3, date) and population. Adds: pop (people at the date, null outside the table),
   * pop_source, pop_note.
   */
  static Dataset<Row> populationAt(Dataset<Row> points, Dataset<Row> population) {
    Column y = year(col("date"));
    Column y0 = when(col("date").geq(yearMid(y)), y).otherwise(y.minus(1));
    Dataset<Row> withYears = points.withColumn("_y", y).withColumn("_y0", y0).withColumn("_y1", y0.plus(1));
    Dataset<Row> p0 = population.select(col("country_iso3").as("p0_c"), col("year").as("p0_y"),
        col("population").as("p0"), col("source").as("p0_s"));
    Dataset<Row> p1 = population.select(col("country_iso3").as("p1_c"), col("year").as("p1_y"),
        col("population").as("p1"), col("source").as("p1_s"));
    Dataset<Row> ps = population.select(col("country_iso3").as("ps_c"), col("year").as("ps_y"),
        col("population").as("ps"), col("source").as("ps_s"));
    Column frac = datediff(col("date"), yearMid(col("_y0"))).cast(DataTypes.DoubleType)
        .divide(datediff(yearMid(col("_y1")), yearMid(col("_y0"))));
    Column both = col("p0").isNotNull().and(col("p1").isNotNull());
    Column[] out = java.util.Arrays.stream(points.columns()).map(c -> col(c)).toArray(Column[]::new);
    Column[] all = java.util.Arrays.copyOf(out, out.length + 3);
    all[out.length] = col("pop");
    all[out.length + 1] = col("pop_source");
    all[out.length + 2] = col("pop_note");
    return withYears
        .join(p0, col("country_iso3").equalTo(col("p0_c")).and(col("_y0").equalTo(col("p0_y"))), "left")
        .join(p1, col("country_iso3").equalTo(col("p1_c")).and(col("_y1").equalTo(col("p1_y"))), "left")
        .join(ps, col("country_iso3").equalTo(col("ps_c")).and(col("_y").equalTo(col("ps_y"))), "left")
        .withColumn("pop", when(both, col("p0").plus(col("p1").minus(col("p0")).multiply(frac)))
            .otherwise(col("ps")))
        .withColumn("pop_source", when(both.and(col("p0_s").equalTo(col("p1_s"))), col("p0_s"))
            .when(both, concat_ws("; ", col("p0_s"), col("p1_s")))
            .otherwise(col("ps_s")))
        .withColumn("pop_note", when(col("pop").isNull(), concat(lit("no population for "), col("country_iso3"),
            lit(" "), col("_y").cast("string"), lit(" in the reference table"))))
        .select(all);
  }

  /**
   * One row per census: c_country, c_year, c_households, c_persons_per_household, c_source. Needs: households and
   * population reference rows.
   */
  static Dataset<Row> censuses(Dataset<Row> households, Dataset<Row> population) {
    Dataset<Row> pop = population.select(col("country_iso3").as("pc"), col("year").as("py"),
        col("population").as("census_year_population"));
    Column stated = regexp_extract(col("source"), "(?i)census total population\\s*([0-9][0-9,]*)", 1);
    Column fromText = when(stated.notEqual(""), regexp_replace(stated, ",", "").cast(DataTypes.DoubleType));
    Column censusPopulation = when(col("population_in_households").isNotNull(), col("population_in_households"))
        .when(fromText.isNotNull(), fromText)
        .otherwise(col("census_year_population"));
    return households
        .join(pop, col("country_iso3").equalTo(col("pc")).and(col("year").equalTo(col("py"))), "left")
        .filter(col("households").gt(0))
        .select(col("country_iso3").as("c_country"), col("year").as("c_year"), col("households").as("c_households"),
            censusPopulation.divide(col("households")).as("c_persons_per_household"), col("source").as("c_source"));
  }

  /**
   * One population per (country, year) where the reference table gives several: a World Bank row first (source
   * starting "World Bank"), else a Factbook row (source starting "The World Factbook"), else any other; among
   * equals the alphabetically first source. Needs and adds: the population reference columns (country_iso3, year,
   * population, source).
   */
  public static Dataset<Row> chosenPopulation(Dataset<Row> population) {
    Column preference = when(col("source").startsWith("World Bank"), lit(0))
        .when(col("source").startsWith("The World Factbook"), lit(1)).otherwise(lit(2));
    return population.filter(col("population").gt(0))
        .withColumn("_pick", row_number().over(Window.partitionBy("country_iso3", "year")
            .orderBy(preference, col("source"))))
        .filter(col("_pick").equalTo(1))
        .select(col("country_iso3"), col("year"), col("population"), col("source"));
  }

  /**
   * Country-years lacking a population: national count points of subscription metrics whose per-100 figure could
   * not be derived. Needs: the penetration table. Adds: the population_gaps table
   * ({@link TransformColumns#POPULATION_GAPS_COLUMNS}); metrics is the sorted base metrics joined by ", ".
   */
  public static Dataset<Row> populationGaps(Dataset<Row> penetration) {
    return penetration
        .filter(col("kind").equalTo(DERIVED).and(col("unit").equalTo("per_100_inhabitants"))
            .and(col("scope").equalTo("national")).and(col("value").isNull()))
        .groupBy("country_iso3", "year")
        .agg(org.apache.spark.sql.functions.array_join(org.apache.spark.sql.functions.array_sort(
                org.apache.spark.sql.functions.collect_set(col("base_metric"))), ", ").as("metrics"),
            org.apache.spark.sql.functions.count(lit(1)).cast(DataTypes.IntegerType).as("points"))
        .select(TransformColumns.POPULATION_GAPS_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  /** The contract's midpoint of calendar year {@code y}. */
  static Column yearMid(Column y) {
    return SeriesTransform.midpoint(make_date(y, lit(1), lit(1)), make_date(y, lit(12), lit(31)));
  }

  private static Column[] columns() {
    return TransformColumns.PENETRATION_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
  }
}
