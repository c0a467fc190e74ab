package org.telecomgrowth.transform;

import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small hand-made inputs in the contract's schemas. */
final class Fixtures {
  private Fixtures() {}

  static final StructType OBSERVATIONS = new StructType()
      .add("doc_id", DataTypes.StringType)
      .add("metric", DataTypes.StringType)
      .add("value", DataTypes.DoubleType)
      .add("unit", DataTypes.StringType)
      .add("qualifier", DataTypes.StringType)
      .add("period_start", DataTypes.DateType)
      .add("period_end", DataTypes.DateType)
      .add("scope", DataTypes.StringType)
      .add("source", DataTypes.StringType)
      .add("section", DataTypes.StringType)
      .add("sentence_index", DataTypes.IntegerType)
      .add("sentence", DataTypes.StringType)
      .add("char_start", DataTypes.IntegerType)
      .add("char_end", DataTypes.IntegerType);

  static final StructType EVENTS = new StructType()
      .add("doc_id", DataTypes.StringType)
      .add("period_start", DataTypes.DateType)
      .add("period_end", DataTypes.DateType)
      .add("category", DataTypes.StringType)
      .add("section", DataTypes.StringType)
      .add("sentence_index", DataTypes.IntegerType)
      .add("sentence", DataTypes.StringType)
      .add("char_start", DataTypes.IntegerType)
      .add("char_end", DataTypes.IntegerType);

  static final StructType DOCUMENTS = new StructType()
      .add("doc_id", DataTypes.StringType)
      .add("path", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("country_iso3", DataTypes.StringType)
      .add("chars", DataTypes.IntegerType)
      .add("sentences", DataTypes.IntegerType)
      .add("observations", DataTypes.IntegerType)
      .add("events", DataTypes.IntegerType);

  static Date d(String iso) {
    return iso == null ? null : Date.valueOf(iso);
  }

  /** One observation of document "doc" at sentence {@code idx}. */
  static Row obs(String metric, double value, String unit, String qualifier, String start, String end, String scope,
      String source, int idx) {
    return RowFactory.create("doc", metric, value, unit, qualifier, d(start), d(end), scope, source, "s", idx,
        metric + " " + value, idx * 100, idx * 100 + 50);
  }

  static Row event(String category, String start, String end, int idx) {
    return event(category, start, end, idx, category);
  }

  /** An event with its sentence (breaks are read from the sentence: the service it names, the act's date). */
  static Row event(String category, String start, String end, int idx, String sentence) {
    return RowFactory.create("doc", d(start), d(end), category, "s", idx, sentence, idx * 100, idx * 100 + 10);
  }

  static Dataset<Row> frame(SparkSession spark, StructType schema, Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), schema);
  }

  static Dataset<Row> frame(SparkSession spark, StructType schema, List<Row> rows) {
    return spark.createDataFrame(rows, schema);
  }

  static Dataset<Row> documents(SparkSession spark, String country) {
    return frame(spark, DOCUMENTS, RowFactory.create("doc", "doc.txt", "Doc", country, 1000, 10, 5, 2));
  }

  static Dataset<Row> population(SparkSession spark, Row... rows) {
    return frame(spark, TransformStage.POPULATION, rows);
  }

  static Dataset<Row> households(SparkSession spark, Row... rows) {
    return frame(spark, TransformStage.HOUSEHOLDS, rows);
  }

  /** Schema of a transform table from its column list and the types the stage publishes. */
  static StructType schema(List<String> columns, StructType typed) {
    StructType s = new StructType();
    for (String c : columns) {
      s = s.add(typed.apply(c));
    }
    return s;
  }
}
