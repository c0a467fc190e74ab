package org.telecomgrowth.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The project's CSV dialect (RFC 4180 through Commons CSV) and a writer of one table into one file, rows in a stable
 * order. The pipeline publishes through {@link TablePublisher} (CSV printed in the tasks); this driver-side writer
 * serves small tables and tests.
 *
 * <p>Rows stream to the writer one partition at a time ({@code toLocalIterator}), so the driver never holds the
 * whole table. Text cells that a spreadsheet would run as a formula are neutralised (OWASP CSV injection); numbers
 * are written as plain decimals and stay numeric.
 */
public final class CsvTableWriter {
  private CsvTableWriter() {}

  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();

  /** Writes {@code rows} (columns in their order) sorted by {@code orderBy} to {@code file}; throws on failure. */
  public static long write(Dataset<Row> rows, List<String> orderBy, FileSystem fs, Path file) throws IOException {
    Column[] order = orderBy.stream().map(functions::col).map(Column::asc_nulls_first).toArray(Column[]::new);
    Iterator<Row> it = rows.orderBy(order).toLocalIterator();
    String[] header = rows.columns();
    long n = 0;
    try (Writer out = new OutputStreamWriter(OutputFiles.create(fs, file), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(header).build())) {
      while (it.hasNext()) {
        print(printer, it.next());
        n++;
      }
    }
    return n;
  }

  /** Prints one row, every value through {@link #cell(Object)}. */
  public static void print(CSVPrinter printer, Row r) throws IOException {
    Object[] cells = new Object[r.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cell(r.get(i));
    }
    printer.printRecord(cells);
  }

  /** The text form of one value: plain decimals, ISO dates, neutralised formula-like strings. */
  public static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return String.valueOf(d);
      }
      if (d == 0) {
        return "0";
      }
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return neutraliseFormula(v.toString());
  }

  /** Prefixes a quote to text a spreadsheet would evaluate (=, +, -, @, tab, CR at the start). */
  public static String neutraliseFormula(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
