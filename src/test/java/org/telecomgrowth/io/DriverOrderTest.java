package org.telecomgrowth.io;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.SparkTestBase;

/** The driver's sort gives the rows in the order of Spark's orderBy (ascending, nulls first). */
class DriverOrderTest extends SparkTestBase {
  private static final StructType SCHEMA = new StructType()
      .add("s", DataTypes.StringType)
      .add("d", DataTypes.DoubleType)
      .add("i", DataTypes.IntegerType)
      .add("t", DataTypes.DateType)
      .add("id", DataTypes.IntegerType);

  @Test
  void sortsAsSparkOrdersRows() {
    // strings above U+FFFF and in U+E000..U+FFFF (UTF-16 order and code point order differ), doubles with NaN,
    // -0.0 and infinities, nulls in every column, many ties
    String[] strings = {null, "", "a", "B", "b", "ab", "\uE000", "\uD83D\uDE00", "\uFFFD", "z", "a\u0000"};
    Double[] doubles = {null, Double.NaN, -0.0, 0.0, 1.5, -1.5, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY};
    Integer[] ints = {null, -3, 0, 7};
    Date[] dates = {null, Date.valueOf("1999-12-31"), Date.valueOf("2000-01-01")};
    Random random = new Random(7);
    List<Row> rows = new ArrayList<>();
    for (int n = 0; n < 400; n++) {
      rows.add(RowFactory.create(strings[random.nextInt(strings.length)], doubles[random.nextInt(doubles.length)],
          ints[random.nextInt(ints.length)], dates[random.nextInt(dates.length)], n));
    }
    Dataset<Row> ds = spark().createDataFrame(rows, SCHEMA);
    String[] by = {"s", "d", "i", "t", "id"};
    List<Row> spark = ds.orderBy(java.util.Arrays.stream(by).map(c -> col(c).asc_nulls_first())
        .toArray(Column[]::new)).collectAsList();
    List<Row> driver = DriverOrder.collect(ds, by);
    List<Object> expected = spark.stream().map(r -> (Object) r.getInt(4)).toList();
    List<Object> actual = driver.stream().map(r -> (Object) r.getInt(4)).toList();
    assertEquals(expected, actual);
  }

  @Test
  void comparesCodePointsAndDoublesAsSparkDoes() {
    assertEquals(-1, Integer.signum(TablePublisher.compareCodePoints("\uE000", "\uD83D\uDE00")));
    assertEquals(1, Integer.signum(TablePublisher.compareCodePoints("ab", "a")));
    assertEquals(0, DriverOrder.doubles(-0.0, 0.0));
    assertEquals(1, DriverOrder.doubles(Double.NaN, Double.POSITIVE_INFINITY));
    assertEquals(-1, Integer.signum(DriverOrder.compare(null, "")));
  }
}
