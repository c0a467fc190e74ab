package org.telecomgrowth.io;

import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV file with a header, each with the line it starts on, for messages that name a line (the
 * catalog, the reference data). Commons CSV reports where a record ends, so a record starts on the line after the
 * previous one ended; a record that is not valid CSV (unbalanced quotes) stops the reading with that line.
 */
public final class LineNumberedCsv {
  private LineNumberedCsv() {}

  /** RFC 4180 with a header line, which is not a record. */
  public static final CSVFormat WITH_HEADER = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
      .build();

  /** Receives each record and the line it starts on. */
  @FunctionalInterface
  public interface RecordHandler<X extends Exception> {
    void accept(CSVRecord record, long line) throws X;
  }

  /** The file is not valid CSV from {@link #line()} on; the cause says why. */
  public static final class BrokenCsvException extends Exception {
    private final long line;

    BrokenCsvException(long line, RuntimeException cause) {
      super("line " + line + ": not valid CSV", cause);
      this.line = line;
    }

    public long line() {
      return line;
    }
  }

  /** Calls {@code handler} for every record of {@code parser} (opened with {@link #WITH_HEADER}), in order. */
  public static <X extends Exception> void forEach(CSVParser parser, RecordHandler<X> handler)
      throws X, BrokenCsvException {
    Iterator<CSVRecord> it = parser.iterator();
    long lastLine = 1; // where the last good record ended (the header: line 1)
    while (true) {
      CSVRecord rec;
      try {
        if (!it.hasNext()) {
          return;
        }
        rec = it.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new BrokenCsvException(lastLine + 1, e);
      }
      long line = lastLine + 1;
      lastLine = parser.getCurrentLineNumber();
      handler.accept(rec, line);
    }
  }
}
