package org.telecomgrowth.model;

import java.io.Serializable;

/** A sentence of a document: its section, paragraph, index in the document and [start, end) span. */
public class Sentence implements Serializable {
  private String docId;
  private String section;
  private int paragraph;
  private int index;
  private String text;
  private int charStart;
  private int charEnd;

  public Sentence() {}

  public Sentence(String docId, String section, int paragraph, int index, String text, int charStart, int charEnd) {
    this.docId = docId;
    this.section = section;
    this.paragraph = paragraph;
    this.index = index;
    this.text = text;
    this.charStart = charStart;
    this.charEnd = charEnd;
  }

  public String getDocId() { return docId; }
  public void setDocId(String v) { docId = v; }
  public String getSection() { return section; }
  public void setSection(String v) { section = v; }
  public int getParagraph() { return paragraph; }
  public void setParagraph(int v) { paragraph = v; }
  public int getIndex() { return index; }
  public void setIndex(int v) { index = v; }
  public String getText() { return text; }
  public void setText(String v) { text = v; }
  public int getCharStart() { return charStart; }
  public void setCharStart(int v) { charStart = v; }
  public int getCharEnd() { return charEnd; }
  public void setCharEnd(int v) { charEnd = v; }
}
