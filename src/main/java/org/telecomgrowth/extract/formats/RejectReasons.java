package org.telecomgrowth.extract.formats;

/**
 * Reason codes of the files a format reader will not read (the first word of a reject's reason in rejects.csv), so
 * rejects can be counted by cause.
 */
public final class RejectReasons {
  private RejectReasons() {}

  /** The file needs a password (PDF, Office encryption). */
  public static final String ENCRYPTED = "encrypted";
  /** The file is not a readable document of its type: truncated, corrupt, or another format under its name. */
  public static final String CORRUPT = "corrupt";
  /** A PDF whose pages carry no text (scanned images); OCR is not done. */
  public static final String NO_TEXT_LAYER = "no_text_layer";
  /** More pages than {@link FormatLimits#maxPages()}. */
  public static final String TOO_MANY_PAGES = "too_many_pages";
  /** More table rows (sheet rows, CSV records, HTML/Word rows) than {@link FormatLimits#maxRows()}. */
  public static final String TOO_MANY_ROWS = "too_many_rows";
  /** More table cells than {@link FormatLimits#maxCells()}. */
  public static final String TOO_MANY_CELLS = "too_many_cells";
  /**
   * A zipped format (XLSX, DOCX) that unpacks to more than {@link FormatLimits#maxDecompressedBytes()} (the
   * {@code --max-document-mb} limit), or whose parts are compressed beyond any real document's ratio (a zip bomb).
   */
  public static final String DECOMPRESSED_TOO_LARGE = "decompressed_too_large";
  /** The document declares a DTD or external entity (an XXE attempt); such XML is never parsed. */
  public static final String EXTERNAL_ENTITY = "external_entity";
  /** The document was read but holds no text and no table cell. */
  public static final String EMPTY = "empty";
}
