package org.telecomgrowth.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-text detector on snippets of our own: each layout, and text that must not become a table. */
class PlainTextTablesTest {

  private static List<PlainTextTables.Detected> detect(String text) {
    return PlainTextTables.detect(text, position -> "Section");
  }

  /** The observations the table extractor reads off a detected table. */
  private static List<org.telecomgrowth.model.Observation> observations(Table t, List<int[]> rowSpans) {
    return new TableExtractor("doc", List.of()).extract(t, rowSpans, 0).observations();
  }

  private static List<String> row(Table t, int r) {
    return t.rows().get(r).stream().map(TableCell::text).toList();
  }

  @Test
  void rowsOfALabelAndFiguresUnderAHeaderOfMonths() {
    String text = "Network statistics, 2002 (Jan - Mar)\n\nITEM JAN FEB MAR\n"
        + "Mobile Subscribers 101,000 104,500 109,200\nFixed Lines 55,300 55,100 54,900\n\nRevised monthly.\n";
    List<PlainTextTables.Detected> found = detect(text);
    assertEquals(1, found.size());
    Table t = found.get(0).table();
    assertEquals("Network statistics, 2002 (Jan - Mar)", t.caption());
    assertEquals(1, t.headerRows());
    assertEquals(List.of("ITEM", "JAN", "FEB", "MAR"), row(t, 0));
    assertEquals(List.of("Fixed Lines", "55,300", "55,100", "54,900"), row(t, 2));
    int[] span = found.get(0).rowSpans().get(1);
    assertEquals("Mobile Subscribers 101,000 104,500 109,200", text.substring(span[0], span[1]));
    assertEquals("text table 1 R2C3", t.cell(1, 2).ref());
  }

  @Test
  void aDatedTitleABlankLineAboveAnUndatedCaptionIsPartOfTheCaption() {
    String text = "Ruritania profile\n\nPenetration rates in the telecoms sector – end-2016\n\nSegment Rate\n"
        + "Mobile 88%\nFixed 3.1%\n";
    Table t = detect(text).get(0).table();
    assertTrue(t.caption().startsWith("Penetration rates in the telecoms sector – end-2016"), t.caption());
    // an undated title is left out: nothing above a caption is read without a date to give
    Table u = detect(text.replace(" – end-2016", "")).get(0).table();
    assertTrue(!u.caption().contains("Penetration rates"), u.caption());
  }

  @Test
  void aTablePastedOneCellPerLineUnderAHeaderOfColumnNames() {
    String text = "Internet growth in Ruritania:\n\nYEAR\n\nUsers\n\n% Pop.\n\nSource\n\n2001\n\n1,500,000\n\n2.1 %\n\n"
        + "ITU\n\n2006\n\n6,900,000\n\n8.6 %\n\nAlmanac\n\nIn 1993 the country had few lines.\n";
    List<PlainTextTables.Detected> found = detect(text);
    assertEquals(1, found.size());
    Table t = found.get(0).table();
    assertEquals(1, t.headerRows());
    assertEquals(List.of("YEAR", "Users", "% Pop.", "Source"), row(t, 0));
    assertEquals(List.of("2006", "6,900,000", "8.6 %", "Almanac"), row(t, 2));
    assertEquals("Internet growth in Ruritania:", t.caption());
    // a list of words then a year and words is no table: no column holds a figure in every row
    assertTrue(detect("Partners\n\nAlpha\n\nBeta\n\n2001\n\nGamma\n\nDelta\n\n2005\n\nEpsilon\n\nZeta\n")
        .isEmpty());
  }

  @Test
  void aFirstRowOfYearsIsTheHeaderAndALineOfWordsBetweenRowsAGroupHeading() {
    String text = "Table 3 – Market summary\n\nSegment 2019 2021\nUsers (million): (e)\nMobile phone 2.10 2.65\n"
        + "Fixed-line telephony 0.41 0.38\n";
    Table t = detect(text).get(0).table();
    assertEquals(1, t.headerRows());
    assertEquals(List.of("Segment", "2019", "2021"), row(t, 0));
    assertEquals(List.of("Users (million): (e)", "", ""), row(t, 1));
    assertEquals("Table 3 – Market summary", t.caption());
  }

  @Test
  void groupsOfRowsApartByBlankLinesStayUnderTheHeaderOfYearsAndDashesAreBlankCells() {
    String text = "Figure 2 Market key figures\n\nMarket 2017 2018 2019\n"
        + "Fixed lines (millions) 4.1 4.0 3.8\n\n"
        + "Mobile subscribers (millions) 9.2 9.6 9.9\n"
        + "5G subscribers (millions) - - 0.4\n\n"
        + "Year 2020 2021 2022\nInternet users (millions) 5.1 5.4 5.6\n";
    List<PlainTextTables.Detected> found = detect(text);
    Table t = found.get(0).table();
    assertEquals(List.of("Market", "2017", "2018", "2019"), row(t, 0));
    assertEquals(List.of("Mobile subscribers (millions)", "9.2", "9.6", "9.9"), row(t, 2));
    assertEquals(List.of("5G subscribers (millions)", "-", "-", "0.4"), row(t, 3));
    assertEquals(4, t.rowCount(), "a next header of years opens a table of its own");
    assertEquals(List.of("Year", "2020", "2021", "2022"), row(found.get(1).table(), 0));
  }

  @Test
  void aMarkdownTableWithAnEmptyCornerCellAndApostropheThousands() {
    String text = "Mobile customers\n| 2019 | 2020 | 2021 |\n---|---|---|---|\n"
        + "Customers in total | 8'100'200 | 8'240'900 | 8'301'450 |\nPenetration in % | 118.2% | 119.0% | 120.4% |\n";
    Table t = detect(text).get(0).table();
    assertEquals(List.of("", "2019", "2020", "2021"), row(t, 0));
    assertEquals(List.of("Customers in total", "8'100'200", "8'240'900", "8'301'450"), row(t, 1));
    assertEquals(3, t.rowCount());
  }

  @Test
  void aMarkdownHeaderOfColumnNamesOverRowsOfPlaces() {
    String text = "Lines by province\n\nProvince | Lines in service | Lines per 100 people |\n---|---|---|\n"
        + "Northland | 412.300 | 18,2 |\nSouthland | 1.203.950 | 21,7 |\n";
    Table t = detect(text).get(0).table();
    assertEquals(List.of("Province", "Lines in service", "Lines per 100 people"), row(t, 0));
    assertEquals(List.of("Southland", "1.203.950", "21,7"), row(t, 2));
    assertEquals(1, t.headerRows());
  }

  @Test
  void aDashBetweenALabelAndOneFigureIsNoCell() {
    String text = "Key figures 2019\nInternet users – 24.4\nMobile lines – 31.2\n";
    Table t = detect(text).get(0).table();
    assertEquals(List.of("Internet users –", "24.4"), row(t, t.rowCount() - 2));
  }

  @Test
  void aBoxOfFiguresBesidePrintedProseIsCutFromTheProseUnderAHeaderOfPlaces() {
    String text = "Key indicators for Kyrgyzstan (2015) CIS World\n"
        + "Fixed-telephone sub. per 100 inhab. 7.4 20.1 14.3 Operators built new towers in\n"
        + "Mobile-cellular sub. per 100 inhab. 132.8 140.2 98.6 the southern valleys during the\n"
        + "Tariffs fell in the north as well.\n";
    Table t = detect(text).get(0).table();
    assertEquals(List.of("Key indicators for Kyrgyzstan (2015)", "Kyrgyzstan", "CIS", "World"), row(t, 0));
    assertEquals(List.of("Mobile-cellular sub. per 100 inhab.", "132.8", "140.2", "98.6"), row(t, 2));
    assertEquals(3, t.rowCount());
  }

  @Test
  void figuresFollowedByWordsWithoutAHeaderOfPlacesAreNoTable() {
    // the same lines under a line that names no places: sentences whose figures happen to stand together
    String text = "Subscriber numbers in 2015 and 2016\n"
        + "Mobile subscribers per 100 people 88.1 91.4 rose again after the price cuts\n"
        + "Fixed lines per 100 people 9.2 8.7 fell as households dropped landlines\n";
    assertEquals(List.of(), detect(text));
  }

  @Test
  void rowLabelsOnTheLineAboveTheirFiguresUnderAHeaderOfYears() {
    String text = "Table 9: Fixed broadband lines\n2012 2013 2014 2015\nLines ('000)\n410.5 455.0 502.3 540.1\n"
        + "Percent of households\n9.1 10.2 11.4 12.0\nSource: the regulator\n";
    Table t = detect(text).get(0).table();
    assertEquals(List.of("", "2012", "2013", "2014", "2015"), row(t, 0));
    assertEquals(List.of("Lines ('000)", "410.5", "455.0", "502.3", "540.1"), row(t, 1));
    assertEquals(List.of("Percent of households", "9.1", "10.2", "11.4", "12.0"), row(t, 2));
  }

  @Test
  void delimitedRowsWithTabsBarsOrSemicolons() {
    for (String d : List.of("\t", " | ", ";")) {
      String text = "Year" + d + "Subscribers\n2015" + d + "4 120 300\n2016" + d + "4 580 900\n";
      // the header line has no figure; the rows' labels are years: a year-by-row series under its heading
      Table t = detect("Mobile subscribers by year\n" + text).get(0).table();
      assertEquals(List.of("2016", "4 580 900"), row(t, t.rowCount() - 1), "delimiter [" + d + "]");
    }
  }

  @Test
  void aYearByRowSeriesUnderAHeadingNamingTheMetric() {
    Table t = detect("Internet users\n1998 12,400\n1999 30,100\n2000 61,750\n").get(0).table();
    assertEquals("Internet users", t.caption());
    assertEquals(3, t.rowCount());
    assertEquals(List.of("1999", "30,100"), row(t, 1));
  }

  @Test
  void aHeaderOfYearsOneALineOverRowsOfALabelAndOneFigurePerYear() {
    String text = "Table 9: Freedonia: mobile data subscriptions\n2016\n2017\n2018 CAGR\n"
        + "Connections 410,000 655,300 1,020,900 58%\nSources: national regulator\n";
    Table t = detect(text).get(0).table();
    assertEquals(List.of("", "2016", "2017", "2018"), row(t, 0));
    assertEquals(List.of("Connections", "410,000", "655,300", "1,020,900"), row(t, 1), "the growth column is not read");
    assertEquals(2, t.rowCount());
    // years out of order are no header
    assertTrue(detect("2018\n2017\n2016\nConnections 410,000 655,300 1,020,900\n").stream()
        .noneMatch(d -> d.table().rowCount() > 0 && row(d.table(), 0).contains("2017")));
  }

  @Test
  void oneCellPerLineWithTheYearsRowComeApartAndLetterSpacedLabels() {
    String text = "Key figures\n\n2012\n\n2013\n\n2014\n\nM o b i l e 1 204 330\nsubscribers\n\n1 350 120\n\n1 502 875\n\n"
        + "F i x e d 20.5\npenetration\n\n19.8\n\n18.2\n\nSee the chart below:\n";
    Table t = detect(text).get(0).table();
    assertEquals(List.of("", "2012", "2013", "2014"), row(t, 0));
    assertEquals(List.of("Mobile subscribers", "1 204 330", "1 350 120", "1 502 875"), row(t, 1));
    assertEquals(List.of("Fixed penetration", "20.5", "19.8", "18.2"), row(t, 2));
    assertEquals("Key figures", t.caption());
  }

  @Test
  void oneCellPerLineLabelsAndValuesAlternatingUnderACaptionWithItsUnit() {
    String text = "Intro paragraph.\n\nConnectivity, 2012\n(per 100 inhabitants)\n\nFixed telephone lines\n\n7.10\n\n"
        + "Mobile phone subscribers\n\n 64.35\n\nInternet users\n\n12.00\n\nSource: national regulator.\n";
    Table t = detect(text).get(0).table();
    assertEquals("Connectivity, 2012 (per 100 inhabitants)", t.caption());
    assertEquals(List.of("Source: national regulator."), t.notes());
    assertEquals(3, t.rowCount());
    assertEquals(0, t.headerRows());
    assertEquals(List.of("Mobile phone subscribers", "64.35"), row(t, 1));
  }

  @Test
  void proseAListOfYearsANumberedListAndAnAddressAreNoTables() {
    assertTrue(detect("Mobile subscriptions rose to 4.2 million in 2019, up from 3.8 million in 2018.\n"
        + "The regulator expects 5 million by 2022.\n").isEmpty());
    assertTrue(detect("Licences were issued in 1998, 2003 and 2011 to three operators.\n").isEmpty());
    assertTrue(detect("1. Access 5\n2. Mobile telephony 17\n3. Fixed-line telephony 39\n").isEmpty());
    // an address has the rows' shape; no cell of it names a metric, so it yields nothing and stays prose
    for (PlainTextTables.Detected d : detect("Regulatory Authority\nP.O. Box 4410\nHarbour Road 12\n")) {
      assertTrue(observations(d.table(), d.rowSpans()).isEmpty());
    }
    // bullets of a figure and its later value: a figure inside the label is no row's label
    assertTrue(detect("  • Fixed lines – 1.2 million to 1.3\n  • Broadband users – 0.4 million to 0.6\n").isEmpty());
    // bullets that are sentences cut at their figure
    assertTrue(detect("o Wireless base reaches 61.20 Million\no Wireline base declines to 4.15 Million\n").isEmpty());
    // hard-wrapped prose whose lines end in a number
    assertTrue(detect("The country counted approximately 5 143 911\nmobile phone subscribers as of the year 2014.\n")
        .isEmpty());
    // titles of charts, each with the span of years it covers
    assertTrue(detect("Access to the Internet from 1995 - 2018\nLandlines 1995 - 2018\nMobile phones 1995 - 2018\n")
        .isEmpty());
  }

  @Test
  void aLoneYearLineIsADateNotAHeader() {
    assertTrue(detect("Annual report\n2014\nMobile subscribers grew strongly.\n").isEmpty());
  }

  @Test
  void quartersNamedInALineAboveTheYearsAndThousandsGroupedByDots() {
    String text = "OPERATING FIGURES\n\n| I | II | III | IV | I |\n| 2010 | 2010 | 2010 | 2010 | 2011 |\n"
        + "Fixed lines in service at the end of each quarter | 1.204.310 | 1.210.002 | 1.198.450 | 1.187.300 | 1.180.115 |\n"
        + "Outgoing international traffic of carriers 110 and 121 (thousands of minutes) | 12.118 | 12.700 | 13.010 | 12.940 | 13.225 |\n"
        + "Public telephones in service at the end of each quarter | 21.400 | 21.120 | 20.870 | 20.310 | 19.990 |\n";
    List<PlainTextTables.Detected> found = detect(text);
    assertEquals(1, found.size());
    Table t = found.get(0).table();
    assertEquals(List.of("", "I 2010", "II 2010", "III 2010", "IV 2010", "I 2011"), row(t, 0));
    assertEquals(4, t.rowCount()); // the label with figures inside it, set off by bars, is one row of the table
    List<org.telecomgrowth.model.Observation> obs = observations(t, found.get(0).rowSpans());
    org.telecomgrowth.model.Observation third = obs.stream().filter(o -> o.getValue() == 1198450).findFirst().orElseThrow();
    assertEquals("fixed_lines", third.getMetric());
    assertEquals(java.time.LocalDate.of(2010, 7, 1), third.getPeriodStart());
    assertEquals(java.time.LocalDate.of(2010, 9, 30), third.getPeriodEnd());
    // "21.400" among cells grouped by dots is twenty-one thousand, not twenty-one and a fraction
    assertTrue(obs.stream().anyMatch(o -> o.getValue() == 21400 && o.getPeriodStart().equals(java.time.LocalDate.of(2010, 1, 1))));
    assertTrue(obs.stream().noneMatch(o -> o.getValue() < 100));
  }

  @Test
  void anAverageOfLinesAndAShareOfTheSubscribersThemselvesAreNoFigures() {
    String text = "Lines\n\n| 2010 | 2011 |\nLines in service | 1.204.310 | 1.210.002 |\nAverage number of lines in service | 1.201.000 | 1.207.500 |\n"
        + "Mobile customers with a prepaid card as a share of all customers of the networks | 61% | 58% |\n";
    List<PlainTextTables.Detected> found = detect(text);
    assertEquals(4, found.get(0).table().rowCount());
    List<org.telecomgrowth.model.Observation> obs = observations(found.get(0).table(), found.get(0).rowSpans());
    assertEquals(List.of(1204310.0, 1210002.0), obs.stream().map(org.telecomgrowth.model.Observation::getValue).toList());
  }

  @Test
  void surveyIndicatorsWithLongLabelsEmptyLastCellsAndIndicatorsNoMetricCounts() {
    String text = "Household ICT survey of Ruritania\n\n2012 2014 2016\n"
        + "Percentage of households with a radio 61.0 57.5 52.1\n"
        + "Percentage of households with internet access on a home computer at home 3.1 5.2 11.9\n"
        + "Percentage of households with fixed broadband internet service 1.1 1.4  \n"
        + "Percentage of households with dial-up or other internet service 0.4    \n"
        + "Percentage of individuals using the internet 6.2 9.9 15.0\n"
        + "Percentage of individuals with smartphones 21.0 30.4 41.7\n"
        + "Age of the youngest internet user (years) 6.0    \n"
        + "Percentage of households without internet access at home 91.2 88.0 80.3\n";
    List<PlainTextTables.Detected> found = detect(text);
    assertEquals(1, found.size());
    Table t = found.get(0).table();
    assertEquals(9, t.rowCount()); // long labels and rows whose last cells are empty stay in the table
    assertEquals(List.of("Percentage of households with fixed broadband internet service", "1.1", "1.4", ""), row(t, 3));
    List<org.telecomgrowth.model.Observation> obs = observations(t, found.get(0).rowSpans());
    java.util.Map<Double, String> byValue = new java.util.HashMap<>();
    obs.forEach(o -> byValue.put(o.getValue(), o.getMetric() + " " + o.getPeriodStart().getYear()));
    assertEquals("households_with_internet 2016", byValue.get(11.9)); // the access is the item, the computer its device
    assertEquals("households_with_fixed_broadband 2014", byValue.get(1.4));
    assertEquals("internet_users_share 2016", byValue.get(15.0)); // "individuals": of the people, not households
    for (double none : new double[] {0.4, 21.0, 6.0, 91.2, 80.3}) {
      assertTrue(!byValue.containsKey(none), none + " is no figure of ours: " + byValue.get(none));
    }
  }

  @Test
  void rowsEndingInNaAndRowsGoingOnUnderTheHeaderAfterARowBrokenOverLines() {
    String text = "Table 7: Density\n\nIndicator 2004 2005 2006 2007\n\n"
        + "Main lines per 100 people 0.8 0.9 1.1 NA\n\n"
        + "Mobile subscriptions per 100\n1.20 2.35 6.65 NA\npeople1\n\n"
        + "Internet users per 100 people 0.6 1.3 3.5 NA\n";
    List<PlainTextTables.Detected> found = detect(text);
    assertEquals(2, found.size());
    assertEquals(List.of("Main lines per 100 people", "0.8", "0.9", "1.1", "NA"), row(found.get(0).table(), 1));
    Table second = found.get(1).table();
    assertEquals(List.of("Indicator", "2004", "2005", "2006", "2007"), row(second, 0)); // the header above, again
    assertEquals(List.of("Internet users per 100 people", "0.6", "1.3", "3.5", "NA"), row(second, 1));
    assertEquals("Table 7: Density", second.caption()); // the header's caption, never the broken row's words
  }

  @Test
  void aHeaderOfPlacesOneSpaceApartOverRowsOfFiguresOneSpaceApart() {
    String text = "Ruritania\n\nKey indicators for Kyrgyzstan (2016) Kyrgyzstan CIS World\n"
        + "Fixed-telephone sub. per 100 inhab. 6.9 19.7 13.4\n"
        + "Mobile-cellular sub. per 100 inhab. 131.2 139.5 101.1\n"
        + "Individuals using the Internet (%) 34.5 67.2 45.9\n"
        + "Note: Data in italics are estimates.\n";
    Table t = detect(text).get(0).table();
    assertEquals(List.of("Key indicators for Kyrgyzstan (2016)", "Kyrgyzstan", "CIS", "World"), row(t, 0));
    List<org.telecomgrowth.model.Observation> obs = observations(t, detect(text).get(0).rowSpans());
    assertTrue(obs.stream().anyMatch(o -> o.getMetric().equals("mobile_subscribers_per_100") && o.getValue() == 139.5
        && "CIS".equals(o.getScope()) && "2016-01-01".equals(String.valueOf(o.getPeriodStart()))), obs.toString());
    assertTrue(obs.stream().anyMatch(o -> o.getMetric().equals("fixed_lines_per_100") && o.getValue() == 13.4
        && "World".equals(o.getScope())), obs.toString());
  }

  @Test
  void aTableOfOperatorsUnderANumberedTitleGivesOnlyItsTotalRow() {
    String text = "Table 2: Number of mobile subscribers per operator.\n\n"
        + "Operators   2010   2011   2012\n"
        + "ALPHA MOBILE   1.210.400   1.250.100   1.301.700\n"
        + "BETA   1.098.300   1.120.000   1.150.250\n"
        + "TOTAL   2.308.700   2.370.100   2.451.950\n";
    List<PlainTextTables.Detected> found = detect(text);
    Table t = found.get(0).table();
    assertEquals("Table 2: Number of mobile subscribers per operator.", t.caption());
    List<org.telecomgrowth.model.Observation> obs = observations(t, found.get(0).rowSpans());
    assertEquals(3, obs.size(), obs.toString());
    assertTrue(obs.stream().allMatch(o -> o.getMetric().equals("mobile_subscribers") && "national".equals(o.getScope())
        && List.of(2308700.0, 2370100.0, 2451950.0).contains(o.getValue())), obs.toString());
  }

  @Test
  void aMarkdownHeaderWhoseCornerNamesTheYearIsTheHeader() {
    String text = "Use in 2018 | Ruritania Total | Ruritania percent | World Total\n"
        + "---|---|---|---\n"
        + "Internet users | 1.52 m | 22.40 % | 3,900.00 m\n"
        + "Broadband users | 61,250.00 | 0.91 % | 1,020.00 m\n";
    Table t = detect(text).get(0).table();
    assertEquals(List.of("Use in 2018", "Ruritania Total", "Ruritania percent", "World Total"), row(t, 0));
    assertEquals(1, t.headerRows());
  }
}
