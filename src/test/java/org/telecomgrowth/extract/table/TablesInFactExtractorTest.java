package org.telecomgrowth.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.extract.DocumentDecoder;
import org.telecomgrowth.extract.DocumentLayout;
import org.telecomgrowth.extract.FactExtractor;
import org.telecomgrowth.model.Observation;

/** The fact extractor reads detected and given tables once, and the prose around them as before. */
class TablesInFactExtractorTest {

  private static FactExtractor.Facts facts(String text, List<Table> tables) {
    DocumentLayout layout = DocumentLayout.parse(text, DocumentDecoder.Format.TEXT);
    return new FactExtractor("doc", layout, List.of("Freedonia"), tables).extract();
  }

  @Test
  void aDetectedTablesFiguresAreReadOnceWithTheirCellAndTheProseAroundIt() {
    String text = "Freedonia counted 2.4 million mobile subscribers in 2010.\n\nNetwork figures\n\nItem 2011 2012\n"
        + "Mobile subscribers 2,610,000 2,905,500\nFixed lines 140,200 138,900\n";
    FactExtractor.Facts f = facts(text, List.of());
    List<Observation> mobile2012 = f.observations().stream().filter(o -> o.getValue() == 2_905_500).toList();
    assertEquals(1, mobile2012.size(), f.observations().toString());
    Observation o = mobile2012.get(0);
    assertEquals("mobile_subscribers", o.getMetric());
    assertEquals(LocalDate.of(2012, 1, 1), o.getPeriodStart());
    assertEquals("text table 1 R2C3", o.getLocation());
    assertEquals("Mobile subscribers 2,610,000 2,905,500", text.substring(o.getCharStart(), o.getCharEnd()));
    assertTrue(f.sentences().stream().anyMatch(s -> s.getIndex() == o.getSentenceIndex()
        && s.getText().equals(o.getSentence())), "the row is an evidence sentence");
    assertEquals(5, f.observations().size(), f.observations().toString());
    assertTrue(f.observations().stream().anyMatch(x -> x.getValue() == 2_400_000 && x.getLocation().isEmpty()));
  }

  @Test
  void aTableGivenByAFormatReaderIsReadToo() {
    List<List<TableCell>> grid = List.of(
        List.of(TableCell.ofText(0, 0, "", "Sheet1!A1"), TableCell.ofText(0, 1, "2021", "Sheet1!B1")),
        List.of(TableCell.ofText(1, 0, "Internet users", "Sheet1!A2"),
            new TableCell(1, 1, "1,234,000", 1_234_000.0, false, "Sheet1!B2")));
    Table t = new Table("Sheet1", "", List.of(), grid, 1, 1, "", 0, 0);
    FactExtractor.Facts f = facts("A short note with no figures.\n", List.of(t));
    assertEquals(1, f.observations().size());
    assertEquals("internet_users", f.observations().get(0).getMetric());
    assertEquals("Sheet1!B2", f.observations().get(0).getLocation());
  }
  @Test
  void aRomanceScaleInTheHeadingScalesTheSeriesAndAFractionalCountIsNeverPublished() {
    FactExtractor.Facts f = facts("Acessos de telefonia móvel por ano (milhões)\n2016 198,4\n2017 203,9\n", List.of());
    assertEquals(LocalDate.of(2017, 1, 1), only(f, 203_900_000).getPeriodStart());
    assertEquals(2, f.observations().size(), f.observations().toString());
    // scaled in decimal: 32.8 x 1e6 is 32,800,000, never 32,799,999.999999996 (nor a "fractional" count)
    FactExtractor.Facts fixed = facts("Acessos de telefonia fixa por ano (milhões)\n2019 32,8\n2020 30,6\n", List.of());
    assertEquals(LocalDate.of(2019, 1, 1), only(fixed, 32_800_000).getPeriodStart());
    assertEquals(32_800_000, CellValue.parse("32.8 million").value());
    FactExtractor.Facts unscaled = facts("Mobile subscriptions by year\n2016 24.5\n2017 26.1\n", List.of());
    assertTrue(unscaled.observations().isEmpty(), unscaled.observations().toString());
    assertTrue(unscaled.unresolved().stream().anyMatch(u -> u.getValue() == 26.1
        && u.getReason().equals(org.telecomgrowth.extract.Reasons.FRACTIONAL_COUNT)), unscaled.unresolved().toString());
  }

  @Test
  void commaSeparatedRowsWithAHeaderAreATable() {
    FactExtractor.Facts f = facts("Indicator,2018,2019\nMobile subscriptions,8213000,8790000\nInternet users,"
        + "3012000,3377000\n", List.of());
    assertEquals(4, f.observations().size(), f.observations().toString());
    assertEquals("internet_users", only(f, 3_377_000).getMetric());
    assertEquals(LocalDate.of(2019, 1, 1), only(f, 3_377_000).getPeriodStart());
    // a decimal comma is no column separator: "2016 198,4" stays one figure
    assertTrue(PlainTextTables.commasAsTabs("2016 198,4\n2017 203,9\n").equals("2016 198,4\n2017 203,9\n"));
  }

  @Test
  void aCaptionEndingInAMonthAndYearIsNoRowAndDatesTheRows() {
    FactExtractor.Facts f = facts("Key ICT figures, June 2019\nMobile subscriptions 21,870,000\n"
        + "Internet users 14,100,000\n", List.of());
    assertEquals(2, f.observations().size(), f.observations().toString());
    assertEquals(2019, only(f, 14_100_000).getPeriodStart().getYear());
    assertTrue(f.unresolved().stream().noneMatch(u -> u.getValue() == 2019), f.unresolved().toString());
  }

  private static Observation only(FactExtractor.Facts f, double value) {
    List<Observation> found = f.observations().stream().filter(o -> o.getValue() == value).toList();
    assertEquals(1, found.size(), value + " in " + f.observations());
    return found.get(0);
  }

  @Test
  void rowsOfAChangeUnderAHeadingNamingTheTwoPeriodsAreATableOfTwoPeriods() {
    String text = "The regulator's quarterly review is out.\n\n"
        + "Selected indicators for the period (March 2020-June 21) were:\n"
        + "  • Mobile subscriptions – 8.1 million to 8.45million\n"
        + "  • Broadband subscriptions (mobile) – 3.2 million – 3.9 million\n"
        + "  • Estimated Internet users – 4.0 million to 4.6 million\n"
        + "  • Pay-TV subscribers – 0.3 million to 0.35 million\n"
        + "  • Mobile money accounts (active) – 6.6 million to 7.7 million\n";
    FactExtractor.Facts f = facts(text, List.of());
    Observation before = only(f, 8_100_000);
    assertEquals("mobile_subscribers", before.getMetric());
    assertEquals(LocalDate.of(2020, 3, 1), before.getPeriodStart());
    assertEquals(LocalDate.of(2020, 3, 31), before.getPeriodEnd());
    Observation after = only(f, 8_450_000);
    assertEquals(LocalDate.of(2021, 6, 1), after.getPeriodStart());
    assertEquals("text table 1 R2C3", after.getLocation());
    assertEquals("mobile_internet_subscribers", only(f, 3_900_000).getMetric(), "the bracketed service is the item's");
    assertEquals("approx", only(f, 4_600_000).getQualifier());
    assertEquals("internet_users", only(f, 4_600_000).getMetric());
    assertEquals(6, f.observations().size(), "pay TV and mobile money name no contract metric: "
        + f.observations());
  }

  @Test
  void rowsOfAChangeWithoutTheTwoPeriodsStayProseAndOneRowIsNoTable() {
    String undated = "Highlights:\n  • Mobile subscriptions – 8.1 million to 8.45 million\n"
        + "  • Fixed lines – 90,000 to 85,500\n";
    assertTrue(PlainTextTables.detect(undated, p -> "").isEmpty());
    String oneRow = "Between 2019 and 2020:\n  • Mobile subscriptions – 8.1 million to 8.45 million\n";
    assertTrue(PlainTextTables.detect(oneRow, p -> "").isEmpty());
    String mixed = "Between 2019 and 2020:\n  • Mobile penetration – 61% to 64.5 million\n"
        + "  • Fixed lines – 90,000 to 85,500\n";
    assertTrue(PlainTextTables.detect(mixed, p -> "").isEmpty(), "a percent and a count are no change of a level");
  }

  @Test
  void aHeadingsPeriodPairIsReadInOrderOrNotAtAll() {
    assertEquals(List.of("December 2018", "September 19"),
        List.of(PlainTextTables.periodPair("key figures (December 2018-September 19) include:")));
    assertEquals(List.of("Q4 2017", "Q4 2018"), List.of(PlainTextTables.periodPair("Q4 2017 vs Q4 2018")));
    assertEquals(List.of("2015", "2016"), List.of(PlainTextTables.periodPair("between 2015 and 2016")));
    assertEquals(null, PlainTextTables.periodPair("from 2019 to 2016"));
    assertEquals(null, PlainTextTables.periodPair("the June 2020 figures"));
  }
  @Test
  void bulletsOfAPressNoteAreDatedByTheLineAboveAndAChangeByIsNoLevel() {
    String text = "Network figures as on 30th June 2015\n\n"
        + "• Total telephone subscriber base reaches 61.20 Million\n"
        + "• Wireless subscription reaches 58.75 Million\n"
        + "• Wireline subscription declines by 0.08 Million\n";
    FactExtractor.Facts f = facts(text, List.of());
    Observation wireless = only(f, 58_750_000);
    assertEquals("mobile_subscribers", wireless.getMetric());
    assertEquals(LocalDate.of(2015, 6, 30), wireless.getPeriodEnd());
    assertTrue(f.observations().stream().noneMatch(o -> o.getValue() == 80_000), "a change is never a level: "
        + f.observations());
    assertTrue(f.unresolved().stream().anyMatch(u -> u.getValue() == 80_000
        && "change_not_level".equals(u.getReason())), f.unresolved().toString());
  }
  @Test
  void aLabelColumnPrintedBeforeItsValueColumnIsPairedInOrder() {
    String text = "Zembla in brief, slides of the ministry.\n"
        + "• Land area\n• Inhabitants\n• Main telephone lines\n"
        + "48,100 sq km\n2.9 million\n41,870 lines\n"
        + "• Cellular subscribers 402,655 subscribers\n"
        + "Source: Ministry of Posts\nMarch 2007\n";
    FactExtractor.Facts f = facts(text, List.of());
    Observation lines = only(f, 41_870);
    assertEquals("fixed_lines", lines.getMetric());
    assertEquals(LocalDate.of(2007, 3, 1), lines.getPeriodStart());
    assertEquals("mobile_subscribers", only(f, 402_655).getMetric());
    assertEquals(2, f.observations().size(), "the area and the population are no contract metric: "
        + f.observations());
  }

  @Test
  void aRunBegunInsideALabelColumnOrWithMoreValuesThanLabelsIsNoTable() {
    String text = "Operator figures:\nNumber of\nFixed lines\nNumber of\nMobile users\n"
        + "1,200\n3,400\n560\n7,800\n9,100\n";
    assertTrue(PlainTextTables.detect(text, p -> "").isEmpty(), "five values for four labels");
  }

  @Test
  void leaderDotsLeadFromALabelToItsOwnFigure() {
    FactExtractor.Facts f = facts("Key figures, 2020\nMobile subscriptions per 100 people .......... 131\n"
        + "Fixed broadband subscriptions per 100 people ..... 7.2\nIndividuals using the Internet (%) ...... 61\n",
        List.of());
    assertEquals("mobile_subscribers_per_100", only(f, 131).getMetric());
    assertEquals("fixed_broadband_subscribers_per_100", only(f, 7.2).getMetric());
    assertEquals("internet_users_share", only(f, 61).getMetric());
    assertEquals(3, f.observations().size(), f.observations().toString());
  }

  @Test
  void aUnitOrScaleInBracketsBeforeTheColonOrInTheHeadingIsTheLabelledFiguresOwn() {
    FactExtractor.Facts f = facts("Subscriptions (millions)\nMobile: 38.2 (2020)\nInternet users: 21.5 (2020)\n",
        List.of());
    assertEquals("mobile_subscribers", only(f, 38_200_000).getMetric());
    assertEquals("internet_users", only(f, 21_500_000).getMetric());
    FactExtractor.Facts g = facts("Key data\nMobile subscriptions (millions): 38.2\nInternet users (%): 47.5\n"
        + "Fixed lines ('000): 210\n", List.of());
    assertEquals("mobile_subscribers", only(g, 38_200_000).getMetric());
    assertEquals("internet_users_share", only(g, 47.5).getMetric());
    assertEquals("fixed_lines", only(g, 210_000).getMetric());
    // a heading line with its year is no section heading, but still the line over the run of labels
    FactExtractor.Facts h = facts("Subscriptions (millions), 2021\nMobile: 38.2\nInternet users: 21.5\n", List.of());
    assertTrue(h.observations().stream().noneMatch(o -> o.getValue() == 21.5), h.observations().toString());
    assertEquals("internet_users", only(h, 21_500_000).getMetric());
  }

  @Test
  void aHeaderOfSeveralWordNamesOneSpaceApartIsSplitWhereTheVocabularyNamesEachColumn() {
    FactExtractor.Facts f = facts("Year Mobile subscribers Internet users\n2017 9,400,000 3,100,000\n"
        + "2018 10,200,000 3,900,000\n", List.of());
    assertEquals("mobile_subscribers", only(f, 10_200_000).getMetric());
    assertEquals("internet_users", only(f, 3_900_000).getMetric());
    assertEquals(LocalDate.of(2018, 1, 1), only(f, 3_900_000).getPeriodStart());
  }

  @Test
  void aRowLabelledByARangeOfMonthsDatesItsOwnFiguresNotTheRowAbove() {
    FactExtractor.Facts f = facts("Mobile subscriptions\nQuarter\tSubscriptions\nApr-Jun 2020\t41,260,300\n"
        + "Jul-Sep 2020\t42,015,900\n", List.of());
    Observation o = only(f, 41_260_300);
    assertEquals(LocalDate.of(2020, 4, 1), o.getPeriodStart());
    assertEquals(LocalDate.of(2020, 6, 30), o.getPeriodEnd());
  }

  @Test
  void aSingleSpacedHeaderOfTwoWordPeriodsAndABareTeledensityRow() {
    FactExtractor.Facts f = facts("Market indicators\nIndicator Q1 2021 Q2 2021\nMobile subscriptions 30,114,800 "
        + "30,902,150\nTeledensity 71.5 73.0\n", List.of());
    Observation q1 = only(f, 30_114_800);
    assertEquals(LocalDate.of(2021, 1, 1), q1.getPeriodStart());
    assertEquals(LocalDate.of(2021, 3, 31), q1.getPeriodEnd());
    assertEquals(LocalDate.of(2021, 4, 1), only(f, 30_902_150).getPeriodStart());
    Observation rate = only(f, 73.0);
    assertEquals("teledensity", rate.getMetric());
    assertEquals(LocalDate.of(2021, 4, 1), rate.getPeriodStart());
  }

  @Test
  void aCornerThatIsOnlyAScaleScalesEveryRowAndASourceLineUnderTheTableNamesItsSource() {
    FactExtractor.Facts f = facts("Yearly figures for Freedonia.\n\nThousands 2019 2020 2021\nMobile lines 2,104 2,377 "
        + "2,650\nFixed lines 312 305 298\n\nSource: ITU\n", List.of());
    Observation mobile = only(f, 2_650_000);
    assertEquals("mobile_subscribers", mobile.getMetric());
    assertEquals(LocalDate.of(2021, 1, 1), mobile.getPeriodStart());
    assertEquals("ITU", mobile.getSource());
    assertEquals("fixed_lines", only(f, 298_000).getMetric());
    assertTrue(f.observations().stream().noneMatch(o -> o.getValue() == 2_650), f.observations().toString());
    // a corner that names the rows' kind, not a scale, leaves the figures as printed
    FactExtractor.Facts plain = facts("Indicator 2019 2020\nMobile lines 2,104,300 2,377,900\n", List.of());
    assertEquals("mobile_subscribers", only(plain, 2_377_900).getMetric());
    assertEquals("", only(plain, 2_377_900).getSource());
  }

  @Test
  void aSlashBeforeAHundredInhabitantsInALabelIsARate() {
    FactExtractor.Facts f = facts("Density 2019 2020\nMobile lines/100 inhab. 88.4 91.2\n", List.of());
    Observation o = only(f, 91.2);
    assertEquals("mobile_subscribers_per_100", o.getMetric());
    assertEquals(LocalDate.of(2020, 1, 1), o.getPeriodStart());
  }

  @Test
  void placeNamesASlashApartHeadAnIndicatorBoxAndASourceAfterANotesFirstSentenceIsTheTables() {
    // (a real country's name: the header's names are read as places)
    String text = "Country card\n\nKey indicators for Chad (2019): Chad / Africa / World\n"
        + "Mobile-cellular sub. per 100 inhab. 118.2 121.0 104.3\nFixed-telephone sub. per 100 inhab. 9.1 33.5 12.4\n"
        + "Note: Figures in italics are estimates. Source: ITU (as of May 2020).\n";
    FactExtractor.Facts f = new FactExtractor("doc", DocumentLayout.parse(text, DocumentDecoder.Format.TEXT),
        List.of("Chad"), List.of()).extract();
    Observation own = only(f, 118.2);
    assertEquals("mobile_subscribers_per_100", own.getMetric());
    assertEquals("national", own.getScope());
    assertEquals(LocalDate.of(2019, 1, 1), own.getPeriodStart());
    assertEquals("ITU", own.getSource());
    assertEquals("Africa", only(f, 33.5).getScope());
    assertEquals("World", only(f, 104.3).getScope());
  }
}
