package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telecomgrowth.model.Event;
import org.telecomgrowth.model.Observation;

/** Whole-sentence behaviour: metric, period, qualifier, scope and source together, in phrasings not in the seed. */
class FactExtractorTest {

  static FactExtractor.Facts extract(String iso3, String text) {
    DocumentLayout layout = DocumentLayout.parse(text, DocumentDecoder.Format.TEXT);
    return new FactExtractor("doc", layout, DocumentIdentity.namesOf(iso3)).extract();
  }

  static String describe(Observation o) {
    return o.getMetric() + "=" + plain(o.getValue()) + " " + o.getUnit() + " " + o.getQualifier() + " "
        + (o.getPeriodStart() == null ? "-" : o.getPeriodStart()) + ".."
        + (o.getPeriodEnd() == null ? "-" : o.getPeriodEnd()) + " " + o.getScope() + " "
        + (o.getSource().isEmpty() ? "-" : o.getSource());
  }

  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  static Stream<Arguments> facts() {
    return Corpus.rows("facts.tsv").stream();
  }

  static Stream<Arguments> negatives() {
    return Corpus.rows("facts_negative.tsv").stream();
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @MethodSource("facts")
  void extractsTheObservation(String iso3, String text, String expected) {
    // "\n" in the corpus is a line break: several paragraphs in one case
    List<String> got = extract(iso3, text.replace("\\n", "\n")).observations().stream()
        .map(FactExtractorTest::describe)
        .collect(Collectors.toList());
    assertTrue(got.contains(expected), "expected " + expected + "\n got " + got);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void extractsNothing(String text) {
    List<Observation> got = extract("USA", text.replace("\\n", "\n")).observations(); // "\n": a line break
    assertTrue(got.isEmpty(), "unexpected " + got.stream().map(FactExtractorTest::describe).toList());
  }

  @Test
  void sharesInBracketsOfCompaniesAfterARateAreNeitherThatRateNorBorrowIt() {
    // a bare bracket in a sentence whose other brackets say "with N%", and a bracket opened by "com", "with"
    for (String text : List.of("In fixed telephony, penetration is only 0.8%, with Alpha Telecom in the lead (61%), "
        + "followed by Beta Net (with 27%) and Gamma Tel (with the remaining 12%).",
        "Na telefonia fixa, a penetração limita-se a 0,8%, com a Alfa Telecom na liderança (61%), seguida da Beta "
            + "Net (com 27%) e da Gama Tel (com os restantes 12%).")) {
      List<Observation> got = extract("AGO", text).observations();
      assertEquals(List.of(0.8), got.stream().map(Observation::getValue).toList(), text);
      assertEquals("fixed_lines_per_100", got.get(0).getMetric());
    }
  }

  @Test
  void aFigureStatedAgainIsOneObservationAndTheRestatementIsListedWithItsReason() {
    String text = "Fixed teledensity stood at about 14.8% in 2012, or 148 telephone lines for every 1,000 "
        + "inhabitants.\nMobile subscribers reached 31.4 million in 2012, the regulator NTRA said.\n"
        + "In 2012, mobile subscribers reached 31.4 million.\n";
    FactExtractor.Facts facts = extract("SAU", text);
    assertEquals(1, facts.observations().stream().filter(o -> o.getValue() == 14.8).count());
    List<Observation> mobile = facts.observations().stream().filter(o -> o.getValue() == 31_400_000).toList();
    assertEquals(1, mobile.size());
    assertEquals("NTRA", mobile.get(0).getSource());
    assertEquals(2, facts.unresolved().stream().filter(u -> u.getReason().equals(Reasons.RESTATED)).count());
  }

  @Test
  void aSentenceOpeningOnATotalGivesItsPartsAsPartsNotAsTheTotal() {
    FactExtractor.Facts facts = extract("GHA", "Of the 4.6 million mobile subscribers, 3.9 million are on pay-as-you-go "
        + "plans.");
    assertEquals(List.of("mobile_subscribers=4600000 count exact -..- national -"),
        facts.observations().stream().map(FactExtractorTest::describe).toList());
    assertTrue(facts.unresolved().stream().anyMatch(u -> u.getValue() == 3_900_000
        && u.getReason().equals(Reasons.PART_OF_TOTAL)), facts.unresolved().toString());
  }

  @Test
  void anUndatedRestatementOfADatedFigureIsThatFigureAndLendsItsSource() {
    String text = "Mobile lines pass 48.2 million\n\nMobile lines reached 48.2 million in March 2016, the regulator "
        + "ARCEP said.\n\nMobile penetration rose to 121.4 per 100 in March 2016.\nThe regulator ARCEP put mobile "
        + "penetration at 121.4 per 100.\n";
    FactExtractor.Facts facts = extract("CIV", text);
    List<String> got = facts.observations().stream().map(FactExtractorTest::describe).toList();
    assertEquals(List.of("mobile_subscribers=48200000 count exact 2016-03-01..2016-03-31 national ARCEP",
        "mobile_subscribers_per_100=121.4 per_100_inhabitants exact 2016-03-01..2016-03-31 national ARCEP"), got);
    assertEquals(2, facts.unresolved().stream().filter(u -> u.getReason().equals(Reasons.RESTATED)).count());
  }

  @Test
  void anUndatedSentenceTakesThePeriodOfThePrecedingDatedSentenceInItsParagraph() {
    String text = "Networks.\nIn March 2019 the regulator published new figures. The 4G network covered 40 percent "
        + "of the population.\nA 4G network covered 10 percent of the territory.\n";
    List<Observation> obs = extract("GHA", text).observations();
    assertEquals(2, obs.size());
    assertEquals("network_coverage_population=40 percent exact 2019-03-01..2019-03-31 national -",
        describe(obs.get(0)));
    // a new paragraph does not inherit
    assertEquals("network_coverage_territory=10 percent exact -..- national -", describe(obs.get(1)));
  }

  static FactExtractor.Facts extract(String iso3, String text, DocumentDate date) {
    DocumentLayout layout = DocumentLayout.parse(text, DocumentDecoder.Format.TEXT);
    return new FactExtractor("doc", layout, DocumentIdentity.namesOf(iso3), date).extract();
  }

  /** The observations of {@code text} written on {@code written} (the date's basis as given), described. */
  static List<String> described(String iso3, String text, LocalDate written, String basis) {
    return extract(iso3, text, new DocumentDate(written, written, basis)).observations().stream()
        .map(FactExtractorTest::describe).toList();
  }

  private static final String LAST_YEAR = "Telecoms.\nFixed lines fell to 151,300 at the end of last year.\n";

  @Test
  void lastYearResolvesAgainstADatelineOrPublicationDate() {
    LocalDate written = LocalDate.of(2015, 2, 10);
    for (String basis : List.of("published", "dateline", "address")) {
      List<Observation> obs = extract("TZA", LAST_YEAR, new DocumentDate(written, written, basis)).observations();
      assertEquals("fixed_lines=151300 count exact 2014-12-01..2014-12-31 national -", describe(obs.get(0)), basis);
    }
  }

  @Test
  void aDayThisYearDatesItsFigureAndAMonthAgoCountsBackFromThatDay() {
    String text = "Telecoms.\nTelephone users climbed to 9.34 million on 14 August this year, up from 8.93 million a"
        + " month ago.\n\nMobile operators closed the period with 8.03 million subscribers.\n";
    List<String> got = described("NPL", text, LocalDate.of(2010, 10, 5), "dateline");
    assertEquals(List.of("telephone_subscribers_total=9340000 count exact 2010-08-14..2010-08-14 national -",
        "telephone_subscribers_total=8930000 count exact 2010-07-01..2010-07-31 national -",
        "mobile_subscribers=8030000 count exact 2010-08-14..2010-08-14 national -"), got);
  }

  @Test
  void oneValueDatedThreeWaysUnderOneMetricIsReadWithoutFailingTheDocument() {
    // the restatement check once failed the whole document when a third dated figure met a date conflict
    String text = "Telecoms.\nFixed lines: 1,500 (2012 est.)\n\nFixed lines: 1,500 (2013 est.)\n\n"
        + "Fixed lines: 1,500 (2014 est.)\n\nFixed lines: 1,500\n";
    List<String> got = extract("TUV", text).observations().stream().map(FactExtractorTest::describe).toList();
    assertTrue(got.contains("fixed_lines=1500 count approx 2014-01-01..2014-12-31 national -"), got.toString());
    assertTrue(got.contains("fixed_lines=1500 count approx 2012-01-01..2012-12-31 national -"), got.toString());
  }

  @Test
  void aMonthWithoutItsYearTakesTheLatestBeforeTheWritingOrStaysUndated() {
    String text = "Telecoms.\nActive mobile lines fell to 84.2 million in November, from 84.9 million in October.\n";
    List<String> got = described("NGA", text, LocalDate.of(2019, 2, 6), "dateline");
    assertEquals(List.of("mobile_subscribers=84200000 count exact 2018-11-01..2018-11-30 national -",
        "mobile_subscribers=84900000 count exact 2018-10-01..2018-10-31 national -"), got);
    got = described("NGA", text, LocalDate.of(2026, 12, 1), "retrieved");
    assertTrue(got.stream().allMatch(g -> g.contains(" -..- ")), got.toString());
  }

  @Test
  void monthsWithoutTheirYearAllTakeItFromTheDateWrittenOutNotFromEachOther() {
    // "January" then "July" then "January" again: each the nearest to August 2013, never drifting a year back
    String text = "Telecoms.\nThe counts run from January to the end of July, with mobile subscriptions rising from "
        + "3.1 million in January to 3.4 million in July.\n";
    List<String> got = described("RWA", text, LocalDate.of(2013, 8, 20), "published");
    assertEquals(List.of("mobile_subscribers=3100000 count exact 2013-01-01..2013-01-31 national -",
        "mobile_subscribers=3400000 count exact 2013-07-01..2013-07-31 national -"), got);
  }

  @Test
  void aDayOfAMonthWithoutItsYearIsTheLatestSuchDayBeforeTheWritingAndNoFigure() {
    String text = "Móviles.\nAl 31 de marzo, el servicio registró 48,3 millones de líneas móviles.\n";
    LocalDate written = LocalDate.of(2020, 5, 10);
    FactExtractor.Facts facts = extract("COL", text, new DocumentDate(written, written, "published"));
    assertEquals(List.of("mobile_subscribers=48300000 count exact 2020-03-31..2020-03-31 national -"),
        facts.observations().stream().map(FactExtractorTest::describe).toList());
    assertTrue(facts.unresolved().stream().noneMatch(u -> u.getValue() == 31), facts.unresolved().toString());
  }

  @Test
  void theOnePeriodATitleStatesDatesTheFiguresNothingElseDates() {
    String text = "The fixed and mobile market of Ruritania in 2019\n\nThe operators counted 712,000 SIM cards.\n\n"
        + "In 2015 there were 500,000 SIM cards. The mobile penetration rate reaches 97 percent.\n";
    List<String> got = extract("REU", text, DocumentDate.NONE).observations().stream()
        .map(FactExtractorTest::describe).toList();
    assertEquals(List.of("mobile_subscribers=712000 count exact 2019-01-01..2019-12-31 national -",
        "mobile_subscribers=500000 count exact 2015-01-01..2015-12-31 national -",
        "mobile_subscribers_per_100=97 per_100_inhabitants exact 2015-01-01..2015-12-31 national -"), got);
    // a title's date that is the base of a change, or the year of an edition, dates nothing
    for (String title : List.of("Mobile data use grew 24% against the last half of 2020",
        "Ruritania — Communications (The Yearbook, 2018 edition)")) {
      got = extract("URY", title + "\n\nThe operators counted 712,000 SIM cards.\n", DocumentDate.NONE)
          .observations().stream().map(FactExtractorTest::describe).toList();
      assertTrue(got.contains("mobile_subscribers=712000 count exact -..- national -"), title + ": " + got);
    }
  }

  @Test
  void theSamePeriodIsThePeriodStatedBeforeNotABaseNorAnAside() {
    String text = "Telecoms.\nThe regulator's report covers the third quarter of 2021, when SIM cards rose 3% against "
        + "the same quarter of 2020 (2.1% in the third quarter of 2019).\n\nIn the same period, fixed telephone lines "
        + "fell to 53,100.\n";
    List<String> got = extract("CPV", text, DocumentDate.NONE).observations().stream()
        .map(FactExtractorTest::describe).toList();
    assertTrue(got.contains("fixed_lines=53100 count exact 2021-07-01..2021-09-30 national -"), got.toString());
  }

  @Test
  void aMonthWithoutItsYearLeavesARelativeDateAfterItUndated() {
    String text = "Internet.\nIn March 2017 there were 2.1 million internet subscribers. By September the figure was "
        + "2.4 million, up from 2.3 million a month earlier.\n";
    List<String> got = extract("NPL", text, DocumentDate.NONE).observations().stream()
        .map(FactExtractorTest::describe).toList();
    assertTrue(got.contains("internet_subscribers=2400000 count exact 2017-09-01..2017-09-30 national -"),
        got.toString());
    assertTrue(got.stream().noneMatch(g -> g.startsWith("internet_subscribers=2300000") && g.contains("2017-02")),
        got.toString());
  }

  @Test
  void aDateAfterTheWritingIsAPlanInItsOwnClauseAndNoDateOfAnotherClausesFigure() {
    DocumentDate written = new DocumentDate(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 1), "published");
    FactExtractor.Facts planned = extract("NAM", "Telecommunication systems: a government scheme will connect 90% of "
        + "the population to mobile internet by 2026.", written);
    assertTrue(planned.observations().isEmpty(),
        planned.observations().stream().map(FactExtractorTest::describe).toList().toString());
    FactExtractor.Facts other = extract("POL", "Telephone system: the government wants 12 million phones in service by "
        + "the year 2024; the network has 3 satellite earth stations.", written);
    List<String> got = other.observations().stream().map(FactExtractorTest::describe).toList();
    assertTrue(got.contains("satellite_earth_stations=3 count exact -..- national -"), got.toString());
    assertTrue(got.stream().noneMatch(g -> g.contains("2024")), got.toString());
  }

  @Test
  void anEarlierLevelWithoutItsOwnDateIsPublishedUndatedWithAReason() {
    FactExtractor.Facts facts = extract("UGA", "Mobile subscriptions reached 9.4 million in June 2015, up from 8.7 "
        + "million.");
    assertEquals(List.of("mobile_subscribers=9400000 count exact 2015-06-01..2015-06-30 national -",
        "mobile_subscribers=8700000 count exact -..- national -"),
        facts.observations().stream().map(FactExtractorTest::describe).toList());
    assertTrue(facts.unresolved().stream().anyMatch(u -> u.getValue() == 8_700_000
        && u.getReason().equals(Reasons.EARLIER_VALUE_UNDATED)), facts.unresolved().toString());
  }

  @Test
  void lastYearStaysUndatedWithAReasonWhenOnlyTheRetrievalDateIsKnown() {
    LocalDate gathered = LocalDate.of(2026, 12, 1);
    for (DocumentDate date : List.of(new DocumentDate(gathered, gathered, "retrieved"), DocumentDate.NONE)) {
      FactExtractor.Facts facts = extract("TZA", LAST_YEAR, date);
      assertEquals("fixed_lines=151300 count exact -..- national -", describe(facts.observations().get(0)));
      assertTrue(facts.unresolved().stream().anyMatch(u -> u.getValue() == 151300
          && u.getReason().equals(Reasons.RELATIVE_DATE_UNDATED)), facts.unresolved().toString());
    }
  }

  @Test
  void anUnresolvedRelativeDateIsNotReplacedByAnotherDateOfItsSentence() {
    String text = "Internet.\nInternet users grew from 3.5 million in 2008 to 11 million at the end of last year.\n";
    List<String> got = extract("TZA", text, DocumentDate.NONE).observations().stream()
        .map(FactExtractorTest::describe).toList();
    assertTrue(got.contains("internet_users=11000000 count exact -..- national -"), got.toString());
    assertTrue(got.stream().noneMatch(g -> g.startsWith("internet_users=11000000") && g.contains("2008")), got.toString());
  }

  @Test
  void theSourceCarriesToLaterFiguresOfItsParagraphOnly() {
    // past the lead (the first four paragraphs, whose one source holds for the story), a source holds for its
    // paragraph
    String text = "Mobile market\n\nPrices fell during the year, and the operators cut their rates again.\n\n"
        + "Operators invested in new towers across the north of the country.\n\n"
        + "Coverage grew along the main roads and in the smaller towns of the south.\n\n"
        + "Tariffs for data bundles were cut twice, first in spring and again before the holidays.\n\n"
        + "Telia reported 1.2 million mobile subscribers in March 2011, rising to 1.5 million by June 2011. "
        + "By 2012 the figure was 2 million.\n\nIn 2013 there were 2.2 million mobile subscribers.";
    List<String> got = extract("SWE", text).observations().stream().map(FactExtractorTest::describe).toList();
    assertEquals(List.of(
        "mobile_subscribers=1200000 count exact 2011-03-01..2011-03-31 national Telia",
        "mobile_subscribers=1500000 count exact 2011-06-01..2011-06-30 national Telia",
        "mobile_subscribers=2000000 count exact 2012-01-01..2012-12-31 national Telia",
        "mobile_subscribers=2200000 count exact 2013-01-01..2013-12-31 national -"), got);
  }

  @Test
  void theLeadsOnePeriodDatesLaterFiguresThatNameNoDate() {
    // the lead's first sentence of figures states the period; a later paragraph's undated figures are of it
    String text = "Ruritania: mobile lines grow faster than broadband\n\n"
        + "At the close of 2019, the regulator counted 3.1 million mobile broadband accesses, 5 percent more than a "
        + "year earlier.\n\n"
        + "The number of mobile subscribers rose to 7.25 million. Fixed lines fell to 410,000.";
    List<String> got = extract("SWE", text).observations().stream().map(FactExtractorTest::describe).toList();
    assertTrue(got.contains("mobile_subscribers=7250000 count exact 2019-12-01..2019-12-31 national -"), got.toString());
    assertTrue(got.contains("fixed_lines=410000 count exact 2019-12-01..2019-12-31 national -"), got.toString());
  }

  @Test
  void noStoryPeriodWhenTheLeadIsUndatedOrNamesTwoPeriods() {
    String later = "\n\nThe number of mobile subscribers rose to 7.25 million.";
    for (String lead : List.of(
        // the first sentence of figures names no date: the later figure is not dated by a sentence after it
        "The regulator counted 3.1 million mobile broadband accesses. The operator had a 46 percent share in 2018.",
        // two periods written out in the lead
        "At the close of 2019, the regulator counted 3.1 million mobile broadband accesses. Revenue had peaked "
            + "in 2015 at 900 million.",
        // a relative date is no period of a story
        "Last year the regulator counted 3.1 million mobile broadband accesses.")) {
      List<String> got = extract("SWE", "Ruritania mobile market\n\n" + lead + later).observations().stream()
          .map(FactExtractorTest::describe).toList();
      assertTrue(got.contains("mobile_subscribers=7250000 count exact -..- national -"), lead + " -> " + got);
    }
  }

  @Test
  void theStoryPeriodLeavesAComparisonBaseAndTheFirstEndOfAPairUndated() {
    // "compared with 2018" is the base of the lead's change, not a second period of the story
    String text = "Ruritania mobile market\n\n"
        + "At the close of 2019, the regulator counted 3.1 million mobile broadband accesses, up 5 percent "
        + "compared with 2018.\n\n"
        + "Mobile penetration climbed from 98.5 percent to 104.2 percent.";
    List<String> got = extract("SWE", text).observations().stream().map(FactExtractorTest::describe).toList();
    assertTrue(got.contains("mobile_subscribers_per_100=104.2 per_100_inhabitants exact 2019-12-01..2019-12-31 national -"),
        got.toString());
    assertTrue(got.stream().noneMatch(g -> g.startsWith("mobile_subscribers_per_100=98.5") && g.contains("2019")),
        got.toString());
  }

  @Test
  void aValueLineUnderItsLabelLineIsThatLabelsNotTheNextLines() {
    // label and value on lines of their own, one after the other, as scraped profile pages print them
    String text = "Ruritania: Communication\n\nTelephone system\nTelephones - main lines in use\n48,000 (2014)\n"
        + "Telephones - mobile cellular\n512,700 (2014)\nInternet users\n96,000 (2012)\nInternet country code\n.rr\n";
    List<String> got = extract("SWE", text).observations().stream().map(FactExtractorTest::describe).toList();
    assertTrue(got.contains("fixed_lines=48000 count exact 2014-01-01..2014-12-31 national -"), got.toString());
    assertTrue(got.contains("mobile_subscribers=512700 count exact 2014-01-01..2014-12-31 national -"), got.toString());
    assertTrue(got.contains("internet_users=96000 count exact 2012-01-01..2012-12-31 national -"), got.toString());
  }

  @Test
  void aQuarterWithoutItsYearTakesTheQuarterTheTextGoesOnInNeverAYearAlone() {
    String quarterly = "Ruritania statistics\n\nFigures for the third quarter of 2017 came out on Friday.\n\n"
        + "At the end of the third quarter, there were 412,000 fixed telephone lines.";
    List<String> got = extract("SWE", quarterly).observations().stream().map(FactExtractorTest::describe).toList();
    assertTrue(got.contains("fixed_lines=412000 count exact 2017-07-01..2017-09-30 national -"), got.toString());
    // a year alone before it ("the first telephone dates from 1877") gives a quarter no year
    String historical = "Ruritania statistics\n\nThe first telephone line, opened in 1877, had 12 subscribers.\n\n"
        + "At the end of the third quarter, there were 412,000 fixed telephone lines.";
    got = extract("SWE", historical).observations().stream().map(FactExtractorTest::describe).toList();
    assertTrue(got.stream().noneMatch(g -> g.startsWith("fixed_lines=412000") && g.contains("1877")), got.toString());
  }

  static Stream<Arguments> unresolvedCases() {
    return Corpus.rows("unresolved.tsv").stream();
  }

  static Stream<Arguments> projectionCases() {
    return Corpus.rows("projections.tsv").stream();
  }

  @ParameterizedTest(name = "{1} -> {3}")
  @MethodSource("unresolvedCases")
  void numbersThatAreNotLevelsAreUnresolvedWithTheirReason(String iso3, String text, String value, String reason) {
    FactExtractor.Facts facts = extract(iso3, text.replace("\\n", "\n"));
    double v = Double.parseDouble(value);
    assertTrue(facts.observations().stream().noneMatch(o -> o.getValue() == v),
        "published " + facts.observations().stream().map(FactExtractorTest::describe).toList());
    assertTrue(facts.unresolved().stream().anyMatch(u -> u.getValue() == v && u.getReason().equals(reason)),
        "expected " + reason + " for " + value + ", got " + facts.unresolved());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("projectionCases")
  void plansAndForecastsAreProjectionsNeverObservations(String iso3, String text, String expected) {
    FactExtractor.Facts facts = extract(iso3, text);
    assertTrue(facts.observations().isEmpty(),
        "published " + facts.observations().stream().map(FactExtractorTest::describe).toList());
    List<String> got = facts.projections().stream().map(FactExtractorTest::describe).toList();
    assertTrue(got.contains(expected), "expected " + expected + "\n got " + got);
  }

  @Test
  void datedSentencesWithoutFiguresBecomeEventsWithACategory() {
    String text = "Mobile.\nIn 2005 the government banned mobile phones. The ban was lifted in 2009. "
        + "In 2010 the operator launched a 3G service, called Nimbus. The service, known as Nimbus, is popular. "
        + "There were 2 million subscribers in 2012.\n";
    List<Event> events = extract("ZWE", text).events();
    List<String> got = events.stream().map(e -> e.getCategory() + " " + e.getPeriodStart()).toList();
    // a lifted ban is a relaunch: it ends the regime the ban began
    assertEquals(List.of("ban 2005-01-01", "launch 2009-01-01", "launch 2010-01-01", "service 2010-01-01"), got);
  }

  @Test
  void headingsNameTheSectionsAndWrappedLinesJoin() {
    String text = "Telecommunications in Peru is a growing sector.\nMobile phones.\nIn 2010 there were\n"
        + "29 million mobile subscriptions in the country. There was a ban on imports from 2001–2003.\n";
    FactExtractor.Facts facts = extract("PER", text);
    assertEquals(1, facts.observations().size());
    Observation o = facts.observations().get(0);
    assertEquals("Mobile phones", o.getSection());
    assertEquals("In 2010 there were 29 million mobile subscriptions in the country.", o.getSentence());
    assertEquals("mobile_subscribers=29000000 count exact 2010-01-01..2010-12-31 national -", describe(o));
    assertEquals(text.indexOf("In 2010"), o.getCharStart());
    assertEquals(text.indexOf("country.") + "country.".length(), o.getCharEnd());
    assertEquals(3, facts.sentences().size());
  }

  @Test
  void growthRatesAreNotShares() {
    List<Observation> obs = extract("NGA", "In 2014 mobile subscriptions grew by 200% to 3 million.")
        .observations();
    List<String> got = obs.stream().map(FactExtractorTest::describe).toList();
    assertTrue(got.contains("mobile_subscribers_growth=200 percent exact 2014-01-01..2014-12-31 national -"),
        got.toString());
    assertTrue(got.contains("mobile_subscribers=3000000 count exact 2014-01-01..2014-12-31 national -"),
        got.toString());
  }
}
