package org.telecomgrowth.model;

import java.io.Serializable;

/** An input file that could not be read as a document, with the reason (contract: rejects.csv). */
public class Reject implements Serializable {
  private String path;
  private String reason;

  public Reject() {}

  public Reject(String path, String reason) {
    this.path = path;
    this.reason = reason;
  }

  public String getPath() { return path; }
  public void setPath(String v) { path = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
}
