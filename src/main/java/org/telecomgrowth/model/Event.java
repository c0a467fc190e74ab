package org.telecomgrowth.model;

import java.io.Serializable;
import java.time.LocalDate;

/** A dated happening without a measured value: a launch, a ban, an agreement... (contract: events.csv). */
public class Event implements Serializable {
  private String docId;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private String category;
  private String section;
  private int sentenceIndex;
  private String sentence;
  private int charStart;
  private int charEnd;

  public Event() {}

  public String getDocId() { return docId; }
  public void setDocId(String v) { docId = v; }
  public LocalDate getPeriodStart() { return periodStart; }
  public void setPeriodStart(LocalDate v) { periodStart = v; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public void setPeriodEnd(LocalDate v) { periodEnd = v; }
  public String getCategory() { return category; }
  public void setCategory(String v) { category = v; }
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

  @Override
  public String toString() {
    return category + " [" + periodStart + ".." + periodEnd + "] " + sentence;
  }
}
