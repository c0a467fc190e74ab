package org.telecomgrowth.extract.formats;

/**
 * A file a reader will not read, with its reason code ({@link RejectReasons}) and a one-line detail; the extractor
 * turns it into a row of rejects.csv ({@code "<code>: <detail>"}), never a failed task.
 */
public final class Rejected extends Exception {
  private final String code;

  public Rejected(String code, String detail) {
    super(detail, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The reject row's reason: {@code code: detail}. */
  public String reason() {
    String d = getMessage() == null ? "" : getMessage().lines().findFirst().orElse("").strip();
    return d.isEmpty() ? code : code + ": " + d;
  }
}
