package org.telecomgrowth.model;

import java.io.Serializable;

/** One input document that was read (contract: documents.csv), plus its SHA-256 for the manifest. */
public class Document implements Serializable {
  private String docId;
  private String path;
  private String title;
  private String countryIso3;
  private String documentDate;
  private String format;
  private String sha256;
  private int chars;
  private int sentences;
  private int observations;
  private int events;

  public Document() {}

  public String getDocId() { return docId; }
  public void setDocId(String v) { docId = v; }
  public String getPath() { return path; }
  public void setPath(String v) { path = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getCountryIso3() { return countryIso3; }
  public void setCountryIso3(String v) { countryIso3 = v; }
  /** ISO date the document names as its own (catalog published, else retrieved, else the latest year in its title). */
  public String getDocumentDate() { return documentDate; }
  public void setDocumentDate(String v) { documentDate = v; }
  public String getFormat() { return format; }
  public void setFormat(String v) { format = v; }
  public String getSha256() { return sha256; }
  public void setSha256(String v) { sha256 = v; }
  public int getChars() { return chars; }
  public void setChars(int v) { chars = v; }
  public int getSentences() { return sentences; }
  public void setSentences(int v) { sentences = v; }
  public int getObservations() { return observations; }
  public void setObservations(int v) { observations = v; }
  public int getEvents() { return events; }
  public void setEvents(int v) { events = v; }
}
