package org.telecomgrowth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.telecomgrowth.io.CsvTableWriter;

/**
 * Golden files, as in Spark's SQLQueryTestSuite: the expected CSV is checked in under
 * src/test/resources/golden/ and regenerated only with {@code -Dgolden.regenerate=true} (review the diff).
 */
public final class Golden {
  private Golden() {}

  private static final Path DIR = Paths.get("src", "test", "resources", "golden");

  public static void assertMatches(String name, Dataset<Row> actual, List<String> orderBy, Path scratch)
      throws IOException {
    Path out = scratch.resolve(name + ".csv");
    org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(out.toUri());
    FileSystem fs = hp.getFileSystem(actual.sparkSession().sparkContext().hadoopConfiguration());
    CsvTableWriter.write(actual, orderBy, fs, hp);
    String got = Files.readString(out, StandardCharsets.UTF_8);
    Path golden = DIR.resolve(name + ".csv");
    if (Boolean.getBoolean("golden.regenerate") || "true".equals(System.getProperty("golden.regenerate"))) {
      Files.createDirectories(DIR);
      Files.writeString(golden, got, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      throw new AssertionError("no golden file " + golden + "; run with -Dgolden.regenerate=true and review it");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), got,
        "output differs from " + golden + " (regenerate with -Dgolden.regenerate=true if intended)");
  }
}
