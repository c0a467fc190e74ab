package org.telecomgrowth.transform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Which entity each document belongs to ({@link Entities}): its country code when it has one; else the entity whose
 * name (or the part of an entity whose name) leads its title ("Gaza Strip — Communications ..."); else the
 * document itself ({@code doc:<doc_id>}).
 */
public final class EntityTransform {
  private EntityTransform() {}

  public static final List<String> ENTITIES_COLUMNS = List.of("entity_id", "name", "kind", "iso3166_1",
      "iso3166_3", "part_of", "source", "documents");

  private static final StructType NAMES = new StructType()
      .add("n_entity", DataTypes.StringType)
      .add("n_country", DataTypes.StringType)
      .add("n_part", DataTypes.StringType);

  private static final StructType ENTITY_ROWS = new StructType()
      .add("entity_id", DataTypes.StringType)
      .add("name", DataTypes.StringType)
      .add("kind", DataTypes.StringType)
      .add("iso3166_1", DataTypes.StringType)
      .add("iso3166_3", DataTypes.StringType)
      .add("part_of", DataTypes.StringType)
      .add("source", DataTypes.StringType);

  /**
   * What a document naming {@code e} joins: {entity_id (a part's whole), ISO 3166-1 code (its own, else its whole's,
   * else empty), part name (empty unless e is a part)}.
   */
  private static String[] resolved(Entities.Entity e) {
    String entity = e.partOf().isEmpty() ? e.id() : e.partOf();
    Entities.Entity whole = Entities.of(entity);
    String code = !e.iso31661().isEmpty() ? e.iso31661() : whole == null ? "" : whole.iso31661();
    return new String[] {entity, code, e.partOf().isEmpty() ? "" : e.name()};
  }

  /**
   * Entities and parts without an ISO 3166-1 code of their own, keyed by lower-cased name: a map literal of
   * (entity, country, part) structs. A few hundred entries looked up in each row, where a broadcast join of the same
   * rows ran a Spark job of its own in every query that used it.
   */
  private static Column names() {
    java.util.Map<String, String[]> byName = new java.util.LinkedHashMap<>();
    for (Entities.Entity e : Entities.all()) {
      if (!e.iso31661().isEmpty() || e.name().isEmpty()) {
        continue;
      }
      byName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), resolved(e));
    }
    if (byName.isEmpty()) {
      return lit(null).cast(DataTypes.createMapType(DataTypes.StringType, NAMES));
    }
    List<Column> kv = new ArrayList<>();
    byName.forEach((k, v) -> {
      kv.add(lit(k));
      kv.add(struct(lit(v[0]).as("n_entity"), lit(v[1]).as("n_country"), lit(v[2]).as("n_part")));
    });
    return map(kv.toArray(new Column[0]));
  }

  /**
   * Needs: documents (doc_id, country_iso3, title) and the alias rows of {@link ReferenceData#entityAliases}
   * (alias, entity_id, source). Adds: alias_entity, alias_country, alias_part: the entity, ISO 3166-1 code and part
   * name that {@link #documentEntities} gives a document without a country code whose title leads with an alias
   * (null for every other document). A few aliases: one CASE expression, no join.
   */
  public static Dataset<Row> withAliases(Dataset<Row> documents, List<Row> aliases) {
    if (aliases.isEmpty() || !java.util.Arrays.asList(documents.columns()).contains("title")) {
      return documents;
    }
    Column lead = lower(trim(split(coalesce(col("title"), lit("")), " \u2014 ").getItem(0)));
    Column entity = null;
    Column country = null;
    Column part = null;
    for (Row a : aliases) {
      Entities.Entity e = Entities.of(a.getString(1));
      if (e == null) {
        continue;
      }
      String[] r = resolved(e);
      Column is = lead.equalTo(a.getString(0).toLowerCase(Locale.ROOT));
      entity = (entity == null ? when(is, lit(r[0])) : entity.when(is, lit(r[0])));
      country = (country == null ? when(is, lit(r[1])) : country.when(is, lit(r[1])));
      part = (part == null ? when(is, lit(r[2])) : part.when(is, lit(r[2])));
    }
    if (entity == null) {
      return documents;
    }
    Column noCode = coalesce(col("country_iso3"), lit("")).equalTo("");
    return documents.withColumn("alias_entity", when(noCode, entity))
        .withColumn("alias_country", when(noCode, country))
        .withColumn("alias_part", when(noCode, part));
  }

  /**
   * Needs: documents (doc_id, country_iso3, title; alias_entity, alias_country, alias_part when {@link #withAliases}
   * added them). Adds: one row per document: doc_id, entity_id, entity_country
   * (the ISO 3166-1 alpha-3 code the entity's series carry in country_iso3, or the document's own code; empty for
   * an entity without one) and entity_part (the name of the part a document describes, e.g. West Bank; empty
   * otherwise).
   */
  public static Dataset<Row> documentEntities(Dataset<Row> documents) {
    java.util.List<String> columns = java.util.Arrays.asList(documents.columns());
    boolean hasTitle = columns.contains("title");
    boolean hasAlias = columns.contains("alias_entity");
    Dataset<Row> d = documents.select(col("doc_id").as("e_doc_id"),
        coalesce(col("country_iso3"), lit("")).as("e_code"),
        hasTitle ? lower(trim(split(coalesce(col("title"), lit("")), " \u2014 ").getItem(0))).as("e_lead")
            : lit("").as("e_lead"),
        (hasAlias ? col("alias_entity") : lit(null).cast("string")).as("a_entity"),
        (hasAlias ? col("alias_country") : lit(null).cast("string")).as("a_country"),
        (hasAlias ? col("alias_part") : lit(null).cast("string")).as("a_part"));
    // the name's entry only for a document without a code, as the left join on (no code, name) it replaces
    Column n = when(col("e_code").equalTo(""), names().apply(col("e_lead")));
    Dataset<Row> joined = d.withColumn("n_entity", n.getField("n_entity"))
        .withColumn("n_country", n.getField("n_country")).withColumn("n_part", n.getField("n_part"));
    return joined.select(col("e_doc_id").as("doc_id"),
        when(col("e_code").notEqual(""), col("e_code"))
            .when(col("n_entity").isNotNull(), col("n_entity"))
            .when(col("a_entity").isNotNull(), col("a_entity"))
            .otherwise(concat(lit(SeriesTransform.NO_COUNTRY_PREFIX), col("e_doc_id"))).as("entity_id"),
        when(col("e_code").notEqual(""), col("e_code"))
            .otherwise(coalesce(col("n_country"), col("a_country"), lit(""))).as("entity_country"),
        when(col("e_code").notEqual(""), lit(""))
            .otherwise(coalesce(col("n_part"), col("a_part"), lit(""))).as("entity_part"));
  }

  /**
   * Needs: documents (doc_id, country_iso3, title). Adds: the entities table: every known entity and part with
   * the documents that belong to it (0 for most), and one row of kind other for each entity a document has that
   * the tables do not know (an unknown code, or doc:&lt;doc_id&gt;).
   */
  public static Dataset<Row> entities(Dataset<Row> documents) {
    SparkSession spark = documents.sparkSession();
    List<Row> rows = new ArrayList<>();
    for (Entities.Entity e : Entities.all()) {
      rows.add(RowFactory.create(e.id(), e.name(), e.kind(), e.iso31661(), e.iso31663(), e.partOf(), e.source()));
    }
    Dataset<Row> known = spark.createDataFrame(rows, ENTITY_ROWS);
    // A document of a part counts for the part (its own row) and its entity keeps the parts' documents too.
    Dataset<Row> perDoc = documentEntities(documents);
    Dataset<Row> byEntity = perDoc.groupBy(col("entity_id").as("c_id")).agg(count(lit(1)).cast("int").as("c_n"));
    Dataset<Row> byPart = perDoc.filter(col("entity_part").notEqual(""))
        .groupBy(lower(col("entity_part")).as("p_name")).agg(count(lit(1)).cast("int").as("p_n"));
    Dataset<Row> withCounts = known
        .join(byEntity, col("entity_id").equalTo(col("c_id")), "left")
        .join(byPart, col("part_of").notEqual("").and(lower(col("name")).equalTo(col("p_name"))), "left")
        .withColumn("documents", coalesce(col("p_n"), col("c_n"), lit(0)))
        .select(ENTITIES_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    Dataset<Row> unknown = byEntity.join(known, col("c_id").equalTo(col("entity_id")), "left_anti")
        .select(col("c_id").as("entity_id"),
            when(col("c_id").startsWith(SeriesTransform.NO_COUNTRY_PREFIX),
                col("c_id").substr(SeriesTransform.NO_COUNTRY_PREFIX.length() + 1, 1000))
                .otherwise(col("c_id")).as("name"),
            lit(Entities.OTHER).as("kind"), lit("").as("iso3166_1"), lit("").as("iso3166_3"), lit("").as("part_of"),
            lit("not in the entity tables").as("source"), col("c_n").as("documents"));
    return withCounts.unionByName(unknown);
  }
}
