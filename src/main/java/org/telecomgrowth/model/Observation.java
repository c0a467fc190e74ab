package org.telecomgrowth.model;

import java.io.Serializable;
import java.time.LocalDate;

/** One number stated in a document, typed and linked to the sentence it came from (contract: observations.csv). */
public class Observation implements Serializable {
  private String docId;
  private String metric;
  private double value;
  private String unit;
  private String qualifier;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private String scope;
  private String source;
  private String section;
  private int sentenceIndex;
  private String sentence;
  private int charStart;
  private int charEnd;
  private String location;

  public Observation() {}

  public String getDocId() { return docId; }
  public void setDocId(String v) { docId = v; }
  public String getMetric() { return metric; }
  public void setMetric(String v) { metric = v; }
  public double getValue() { return value; }
  public void setValue(double v) { value = v; }
  public String getUnit() { return unit; }
  public void setUnit(String v) { unit = v; }
  public String getQualifier() { return qualifier; }
  public void setQualifier(String v) { qualifier = v; }
  public LocalDate getPeriodStart() { return periodStart; }
  public void setPeriodStart(LocalDate v) { periodStart = v; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public void setPeriodEnd(LocalDate v) { periodEnd = v; }
  public String getScope() { return scope; }
  public void setScope(String v) { scope = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
  public String getSection() { return section; }
  public void setSection(String v) { section = v; }
  public int getSentenceIndex() { return sentenceIndex; }
  public void setSentenceIndex(int v) { sentenceIndex = v; }
  public String getSentence() { return sentence; }
  public void setSentence(String v) { sentence = v; }
  public int getCharStart() { return charStart; }
  public void setCharStart(int v) { charStart = v; }
  public int getCharEnd() { return charEnd; }
  public void setCharEnd(int v) { charEnd = v; }
  /**
   * Where in its source a table's figure sits ({@code Indicators!C7}, {@code page 4 table 1 R2C3},
   * {@code table 2 R3C4}); empty for a figure read from prose.
   */
  public String getLocation() { return location; }
  public void setLocation(String v) { location = v; }

  @Override
  public String toString() {
    return metric + "=" + value + " " + unit + " " + qualifier + " [" + periodStart + ".." + periodEnd + "] scope="
        + scope + " source=" + source;
  }
}
