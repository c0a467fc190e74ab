package org.telecomgrowth.extract.formats;

/** Counts one document's table rows and cells against its {@link FormatLimits}; over a limit is a reject. */
final class Budget {
  private final FormatLimits limits;
  private long rows;
  private long cells;

  Budget(FormatLimits limits) {
    this.limits = limits;
  }

  FormatLimits limits() {
    return limits;
  }

  void row() throws Rejected {
    rows++;
    if (rows > limits.maxRows()) {
      throw new Rejected(RejectReasons.TOO_MANY_ROWS, "more than " + limits.maxRows() + " table rows");
    }
  }

  void cells(long n) throws Rejected {
    cells += n;
    if (cells > limits.maxCells()) {
      throw new Rejected(RejectReasons.TOO_MANY_CELLS, "more than " + limits.maxCells() + " table cells");
    }
  }
}
