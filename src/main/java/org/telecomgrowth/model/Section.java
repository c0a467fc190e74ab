package org.telecomgrowth.model;

import java.io.Serializable;

/** A titled part of a document: heading text and the [start, end) span of its body. */
public class Section implements Serializable {
  private String title;
  private int charStart;
  private int charEnd;

  public Section() {}

  public Section(String title, int charStart, int charEnd) {
    this.title = title;
    this.charStart = charStart;
    this.charEnd = charEnd;
  }

  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public int getCharStart() { return charStart; }
  public void setCharStart(int v) { charStart = v; }
  public int getCharEnd() { return charEnd; }
  public void setCharEnd(int v) { charEnd = v; }
}
