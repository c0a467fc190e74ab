package org.telecomgrowth.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.telecomgrowth.model.Document;
import org.telecomgrowth.model.Event;
import org.telecomgrowth.model.Observation;
import org.telecomgrowth.model.Reject;
import org.telecomgrowth.model.Unresolved;

/** What one input file became: a document with its observations and events, or a reject. */
public class ExtractedDocument implements Serializable {
  private Document document;
  private Reject reject;
  private List<Observation> observations = new ArrayList<>();
  private List<Event> events = new ArrayList<>();
  private List<Unresolved> unresolved = new ArrayList<>();
  private List<Observation> projections = new ArrayList<>();
  private int numbersWithoutMetric;

  public ExtractedDocument() {}

  public static ExtractedDocument rejected(String path, String reason) {
    ExtractedDocument d = new ExtractedDocument();
    d.setReject(new Reject(path, reason));
    return d;
  }

  public Document getDocument() { return document; }
  public void setDocument(Document v) { document = v; }
  public Reject getReject() { return reject; }
  public void setReject(Reject v) { reject = v; }
  public List<Observation> getObservations() { return observations; }
  public void setObservations(List<Observation> v) { observations = v; }
  public List<Event> getEvents() { return events; }
  public void setEvents(List<Event> v) { events = v; }
  public List<Unresolved> getUnresolved() { return unresolved; }
  public void setUnresolved(List<Unresolved> v) { unresolved = v; }
  public List<Observation> getProjections() { return projections; }
  public void setProjections(List<Observation> v) { projections = v; }
  public int getNumbersWithoutMetric() { return numbersWithoutMetric; }
  public void setNumbersWithoutMetric(int v) { numbersWithoutMetric = v; }
}
