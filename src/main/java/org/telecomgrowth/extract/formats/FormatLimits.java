package org.telecomgrowth.extract.formats;

/**
 * Bounds on what one document may unpack to, so memory per document stays bounded whatever the file holds.
 *
 * @param maxDecompressedBytes the most bytes a zipped format's parts may unpack to, all parts together (the
 *     {@code --max-document-mb} limit, which also bounds the file's own size)
 * @param maxPages the most pages of a PDF
 * @param maxRows the most table rows in one document (all sheets and tables together)
 * @param maxCells the most table cells in one document
 */
public record FormatLimits(long maxDecompressedBytes, int maxPages, int maxRows, int maxCells)
    implements java.io.Serializable {

  /** Largest compression ratio of a zip part accepted (a real XLSX/DOCX part compresses 5-30 times). */
  public static final int MAX_INFLATE_RATIO = 200;

  public static final int DEFAULT_MAX_PAGES = 1_000;
  public static final int DEFAULT_MAX_ROWS = 100_000;
  public static final int DEFAULT_MAX_CELLS = 1_000_000;

  /** The defaults, with {@code maxDocumentBytes} (the --max-document-mb limit) as the decompressed bound. */
  public static FormatLimits of(long maxDocumentBytes) {
    return new FormatLimits(maxDocumentBytes, DEFAULT_MAX_PAGES, DEFAULT_MAX_ROWS, DEFAULT_MAX_CELLS);
  }

  /** The defaults with a 64 MB decompressed bound (the --max-document-mb default). */
  public static FormatLimits defaults() {
    return of(64L << 20);
  }
}
