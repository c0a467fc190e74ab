package org.telecomgrowth.transform;

/** A data-quality rule failed before publishing: the message names the rule and the offending rows (exit 3). */
public class QualityGateException extends RuntimeException {
  public QualityGateException(String message) {
    super(message);
  }
}
