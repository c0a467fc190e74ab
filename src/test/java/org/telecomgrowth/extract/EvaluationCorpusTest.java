package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telecomgrowth.model.Event;
import org.telecomgrowth.model.Observation;

/**
 * Documents about other countries in other phrasings (news, briefings, Markdown, HTML) with hand-made gold in the
 * format of ../shared/gold, scored as the shared scorer scores strictly: value within 0.5%, metric, period inside
 * the gold period, at_least kept, source and scope. Each document has a floor of strict matches; raise it when
 * the extractor improves. Also every gold event's keyword must be in an event sentence of the right period.
 */
class EvaluationCorpusTest {

  private static List<CSVRecord> gold(String name) throws IOException {
    try (InputStream in = EvaluationCorpusTest.class.getResourceAsStream("/eval/gold/" + name)) {
      if (in == null) {
        return List.of();
      }
      Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
      return CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())
          .getRecords();
    }
  }

  private static LocalDate day(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  private static boolean inside(LocalDate start, LocalDate end, CSVRecord g) {
    LocalDate gs = day(g.get("period_start"));
    if (gs == null) {
      return true;
    }
    LocalDate ge = day(g.get("period_end"));
    return start != null && end != null && !start.isBefore(gs.minusDays(1)) && !end.isAfter(ge.plusDays(1));
  }

  private static boolean strict(Observation o, CSVRecord g) {
    double gv = Double.parseDouble(g.get("value"));
    String scope = g.get("scope");
    String source = g.get("source");
    return Math.abs(o.getValue() - gv) <= 0.005 * Math.max(Math.abs(gv), 1e-9)
        && o.getMetric().equals(g.get("metric"))
        && inside(o.getPeriodStart(), o.getPeriodEnd(), g)
        && (!g.get("qualifier").equals("at_least") || o.getQualifier().equals("at_least"))
        && (source.isBlank() || o.getSource().toLowerCase(Locale.ROOT).contains(source.toLowerCase(Locale.ROOT)))
        && (scope.equals("national")
            || o.getScope().toLowerCase(Locale.ROOT).contains(scope.split("\\s+")[0].toLowerCase(Locale.ROOT)));
  }

  // Floors lowered for venezuela_news (13 -> 10) and laos_briefing (15 -> 14) with issue 8's rule that a bare
  // "subscribers"/"lines"/"customers" takes a subject only from its field, paragraph or section: their operator
  // figures ("Digitel reported nearly 4.8 million customers") name none, and are now unresolved (ambiguous_item)
  // instead of guessed to be mobile.
  @ParameterizedTest(name = "{0}: at least {2} of the gold observations")
  @CsvSource({
      "venezuela_news, txt, 10",
      "turkmenistan, md, 13",
      "tajikistan, html, 11",
      "laos_briefing, txt, 14",
      "telecommunications_in_chad, txt, 19",
      "telecommunications_in_north_korea, txt, 22"})
  void scoresAtLeastItsFloor(String prefix, String ext, int floor) throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/eval/documents/" + prefix + "." + ext)) {
      bytes = in.readAllBytes();
    }
    ExtractedDocument d = DocumentExtractor.extractFile(prefix + "." + ext, prefix, bytes, null);
    List<Observation> obs = new ArrayList<>(d.getObservations());
    List<String> misses = new ArrayList<>();
    int hits = 0;
    for (CSVRecord g : gold(prefix + "_observations.csv")) {
      Observation match = obs.stream().filter(o -> strict(o, g)).findFirst().orElse(null);
      if (match != null) {
        obs.remove(match);
        hits++;
      } else {
        misses.add(g.get("id") + " " + g.get("metric") + "=" + g.get("value"));
      }
    }
    assertTrue(hits >= floor, prefix + ": " + hits + " strict matches, floor " + floor + "; missed " + misses);

    List<String> missedEvents = new ArrayList<>();
    for (CSVRecord g : gold(prefix + "_events.csv")) {
      String kw = g.get("keyword").toLowerCase(Locale.ROOT);
      boolean found = false;
      for (Event e : d.getEvents()) {
        if (e.getSentence().toLowerCase(Locale.ROOT).contains(kw) && inside(e.getPeriodStart(), e.getPeriodEnd(), g)) {
          found = true;
          break;
        }
      }
      if (!found) {
        missedEvents.add(g.get("id"));
      }
    }
    assertTrue(missedEvents.isEmpty(), prefix + ": events missed " + missedEvents);
  }
}
