package org.telecomgrowth.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telecomgrowth.extract.Corpus;

class DateRulesTest {

  static Stream<Arguments> positives() {
    return Corpus.rows("date.tsv").stream();
  }

  static Stream<Arguments> negatives() {
    return Corpus.rows("date_negative.tsv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void findsThePeriod(String text, String start, String end) {
    List<DateRules.DateMention> found = DateRules.find(text);
    assertFalse(found.isEmpty(), "no date in: " + text);
    assertEquals(LocalDate.parse(start), found.get(0).from(), text);
    assertEquals(LocalDate.parse(end), found.get(0).to(), text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void findsNoDate(String text) {
    assertTrue(DateRules.find(text).isEmpty(), "unexpected date in: " + text);
  }

  static Stream<Arguments> relatives() {
    return Corpus.rows("relative_date.tsv").stream();
  }

  @ParameterizedTest(name = "{0} against {1}")
  @MethodSource("relatives")
  void relativeDatesResolveAgainstTheirAnchor(String text, String anchorFrom, String anchorTo, String start,
      String end) {
    List<DateRules.DateMention> found = DateRules.find(text);
    assertEquals(1, found.size(), "one date in: " + text + ": " + found);
    DateRules.DateMention d = found.get(0);
    assertTrue(d.relative() && d.undated(), "relative until resolved: " + d);
    DateRules.DateMention r = d.resolveAgainst(LocalDate.parse(anchorFrom), LocalDate.parse(anchorTo));
    if (start.equals("-")) {
      assertNull(r, "too coarse an anchor resolves nothing: " + r);
      return;
    }
    assertEquals(LocalDate.parse(start), r.from(), text);
    assertEquals(LocalDate.parse(end), r.to(), text);
  }

  @Test
  void aDayWithoutItsYearIsTheLatestSuchDayNotAfterTheWriting() {
    DateRules.DateMention d = DateRules.find("at 30 September the service had").get(0);
    assertTrue(d.monthWithoutYear());
    assertEquals(LocalDate.of(2017, 9, 30), d.resolveAgainstWriting(LocalDate.of(2018, 1, 16)).from());
    assertEquals(LocalDate.of(2017, 9, 30), d.resolveAgainstWriting(LocalDate.of(2017, 9, 30)).to());
    assertEquals(LocalDate.of(2016, 9, 30), d.resolveAgainstWriting(LocalDate.of(2017, 9, 29)).from());
    DateRules.DateMention leap = DateRules.find("as of February 29 the count").get(0);
    assertEquals(LocalDate.of(2019, 2, 28), leap.resolveAgainstWriting(LocalDate.of(2019, 6, 1)).from());
  }

  @Test
  void phrasesThatPointFromTheTimeOfWritingAreDeictic() {
    assertTrue(DateRules.find("at the end of last year").get(0).deictic());
    assertTrue(DateRules.find("hace dos años").get(0).deictic());
    assertFalse(DateRules.find("a year earlier").get(0).deictic());
    assertFalse(DateRules.find("the previous quarter").get(0).deictic());
  }

  @Test
  void relativeYearsResolveAgainstTheYearNamedBefore() {
    List<DateRules.DateMention> found = DateRules.find("That year and the following year");
    assertEquals(2, found.size());
    assertTrue(found.get(0).relative());
    assertEquals(LocalDate.of(2013, 1, 1), found.get(0).resolve(2013).from());
    assertEquals(LocalDate.of(2014, 12, 31), found.get(1).resolve(2013).to());
  }

  @Test
  void anImpossibleDayFallsBackToItsYear() {
    List<DateRules.DateMention> found = DateRules.find("February 30, 2011");
    assertEquals(1, found.size());
    assertEquals(LocalDate.of(2011, 1, 1), found.get(0).from());
    assertEquals(LocalDate.of(2011, 12, 31), found.get(0).to());
    // the whole phrase is the date, so its impossible day is never read as a figure
    assertEquals(0, found.get(0).start());
    assertEquals("February 30, 2011".length(), found.get(0).end());
  }

  @Test
  void aSpanOfTwoStatedEndsGivesEachEndAsADate() {
    String s = "lines went from 52 to 71 between 2001 and 2009";
    List<DateRules.DateMention> found = DateRules.find(s);
    assertEquals(1, found.size());
    DateRules.DateMention[] ends = DateRules.spanEnds(s, found.get(0));
    assertEquals(LocalDate.of(2001, 1, 1), ends[0].from());
    assertEquals(LocalDate.of(2001, 12, 31), ends[0].to());
    assertEquals(LocalDate.of(2009, 1, 1), ends[1].from());
    assertEquals("2009", s.substring(ends[1].start(), ends[1].end()));
    String months = "from April 2014 to May 2015";
    DateRules.DateMention[] monthEnds = DateRules.spanEnds(months, DateRules.find(months).get(0));
    assertEquals(LocalDate.of(2014, 4, 30), monthEnds[0].to());
    assertEquals(LocalDate.of(2015, 5, 1), monthEnds[1].from());
    // one period, not two ends
    assertEquals(null, DateRules.spanEnds("in 2012", DateRules.find("in 2012").get(0)));
  }

  @Test
  void twoYearsListedAfterARomanceOfAreNoSpan() {
    // "de" opens a span only with a closing "a", "au", "hasta"; "y", "e", "et" join a span only after "entre"
    assertEquals(2, DateRules.find("os dados de 2012 e 2013 mostram").size());
    assertEquals(2, DateRules.find("les chiffres de 2012 et 2013").size());
    assertEquals(1, DateRules.find("entre 2012 y 2013").size());
  }
}
