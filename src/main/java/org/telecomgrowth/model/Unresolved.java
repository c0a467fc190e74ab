package org.telecomgrowth.model;

import java.io.Serializable;

/**
 * A number the extractor found but did not publish as an observation, with the reason code (contract:
 * unresolved.csv): its metric could not be told, or it is not a figure at all (a rank, a citation marker, a
 * dialling code), or it states a change rather than a level.
 */
public class Unresolved implements Serializable {
  private String docId;
  private double value;
  private String unit;
  private String reason;
  private String section;
  private int sentenceIndex;
  private String sentence;
  private int charStart;
  private int charEnd;

  public Unresolved() {}

  /** A number of {@code sentence} left unpublished for {@code reason}, pointing at that sentence. */
  public static Unresolved of(String docId, double value, String unit, String reason, Sentence sentence) {
    Unresolved u = new Unresolved();
    u.setDocId(docId);
    u.setValue(value);
    u.setUnit(unit);
    u.setReason(reason);
    u.setSection(sentence.getSection());
    u.setSentenceIndex(sentence.getIndex());
    u.setSentence(sentence.getText());
    u.setCharStart(sentence.getCharStart());
    u.setCharEnd(sentence.getCharEnd());
    return u;
  }

  public String getDocId() { return docId; }
  public void setDocId(String v) { docId = v; }
  public double getValue() { return value; }
  public void setValue(double v) { value = v; }
  public String getUnit() { return unit; }
  public void setUnit(String v) { unit = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
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
    return reason + ":" + value + " " + unit;
  }
}
