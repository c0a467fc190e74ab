package org.telecomgrowth.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telecomgrowth.extract.Reasons;
import org.telecomgrowth.model.Observation;
import org.telecomgrowth.model.Unresolved;

/** Tables built directly (our own labels and numbers): what each cell becomes. */
class TableExtractorTest {

  private static Table table(String caption, List<String> notes, int headerRows, String... rows) {
    List<List<TableCell>> grid = new ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      List<TableCell> row = new ArrayList<>();
      String[] cells = rows[r].split("\\|", -1);
      for (int c = 0; c < cells.length; c++) {
        row.add(TableCell.ofText(r, c, cells[c].strip(), "t R" + (r + 1) + "C" + (c + 1)));
      }
      grid.add(row);
    }
    return new Table("t", caption, notes, grid, headerRows, 1, "Statistics", 100, 400);
  }

  private static TableExtractor.Result read(Table t) {
    return new TableExtractor("doc", List.of("Freedonia")).extract(t, null, 7);
  }

  private static Observation only(List<Observation> os, String metric, LocalDate start) {
    List<Observation> hits = os.stream().filter(o -> o.getMetric().equals(metric)
        && java.util.Objects.equals(o.getPeriodStart(), start)).toList();
    assertEquals(1, hits.size(), metric + " " + start + " in " + os);
    return hits.get(0);
  }

  @Test
  void yearColumnsGiveThePeriodAndTheRowLabelTheMetric() {
    Table t = table("Key figures", List.of(), 1,
        "Indicator | 2018 | 2019",
        "Mobile subscriptions | 7,210,400 | 7,650,100",
        "Fixed telephone lines | 310,500 | 298,700");
    TableExtractor.Result r = read(t);
    assertEquals(4, r.observations().size(), r.observations().toString());
    Observation o = only(r.observations(), "mobile_subscribers", LocalDate.of(2019, 1, 1));
    assertEquals(7_650_100, o.getValue());
    assertEquals(LocalDate.of(2019, 12, 31), o.getPeriodEnd());
    assertEquals("t R2C3", o.getLocation());
    assertEquals("Key figures | Mobile subscriptions | 2018: 7,210,400 | 2019: 7,650,100", o.getSentence());
    assertEquals(7, o.getSentenceIndex());
    assertEquals(310_500, only(r.observations(), "fixed_lines", LocalDate.of(2018, 1, 1)).getValue());
    assertEquals(2, r.rows().size());
  }

  @Test
  void scaleAndEstimateMarkOfAGroupHeadingApplyToTheRowsBelowIt() {
    Table t = table("Main parameters", List.of(), 1,
        "Sector | 2020 | 2022",
        "Subscribers (million): (e) | | ",
        "Mobile phone | 3.41 | 3.87");
    TableExtractor.Result r = read(t);
    Observation o = only(r.observations(), "mobile_subscribers", LocalDate.of(2020, 1, 1));
    assertEquals(3_410_000, o.getValue(), 1e-6);
    assertEquals("approx", o.getQualifier());
  }

  @Test
  void monthColumnsTakeTheCaptionsYearAndPenetrationIsARatePer100() {
    Table t = table("Service statistics, 2003", List.of(), 1,
        "ITEM | MAR | APR",
        "Mobile penetration rate | 41.2 | 42.8");
    Observation o = only(read(t).observations(), "mobile_subscribers_per_100", LocalDate.of(2003, 4, 1));
    assertEquals(42.8, o.getValue());
    assertEquals(LocalDate.of(2003, 4, 30), o.getPeriodEnd());
    assertEquals("per_100_inhabitants", o.getUnit());
  }

  @Test
  void quarterHeadersInCompactFormAndPercentCellsWithAPlaceAsRowLabel() {
    Table t = table("Households with fixed broadband by province (%)", List.of(), 1,
        "Province | 1Q21 | 2Q21",
        "Northern Cape | 44.5% | 45.1%",
        "Total | 51% | 52.3%");
    TableExtractor.Result r = read(t);
    List<Observation> q2 = r.observations().stream()
        .filter(o -> o.getPeriodStart().equals(LocalDate.of(2021, 4, 1))).toList();
    assertEquals(2, q2.size(), r.observations().toString());
    assertTrue(q2.stream().allMatch(o -> o.getMetric().equals("households_with_fixed_broadband")), q2.toString());
    assertTrue(q2.stream().anyMatch(o -> o.getScope().equals("Northern Cape") && o.getValue() == 45.1), q2.toString());
    assertTrue(q2.stream().anyMatch(o -> o.getScope().equals("national") && o.getValue() == 52.3));
  }

  @Test
  void aYearPerRowSeriesTakesItsMetricFromTheCaptionAndItsScaleFromThe000() {
    Table t = table("Internet users ('000)", List.of(), 0,
        "2001 | 12.5",
        "2002 | 19.0");
    Observation o = only(read(t).observations(), "internet_users", LocalDate.of(2002, 1, 1));
    assertEquals(19_000, o.getValue(), 1e-6);
  }

  @Test
  void aSingleValueColumnTakesThePeriodAndUnitOfItsCaption() {
    Table t = table("Connectivity in 2011", List.of("(per 100 inhabitants)"), 0,
        "Fixed telephone lines | 9.40",
        "Population covered by a mobile signal | 88.00",
        "International bandwidth (Gbit/s) | 12 500");
    TableExtractor.Result r = read(t);
    assertEquals(9.4, only(r.observations(), "fixed_lines_per_100", LocalDate.of(2011, 1, 1)).getValue());
    assertEquals(88, only(r.observations(), "network_coverage_population", LocalDate.of(2011, 1, 1)).getValue());
    assertEquals(2, r.observations().size());
    assertTrue(r.unresolved().stream().anyMatch(u -> u.getReason().equals(Reasons.FREQUENCY_OR_SPEED)
        && u.getValue() == 12_500), r.unresolved().toString());
  }

  @Test
  void cellsWhoseMetricOrColumnCannotBeToldAreUnresolvedWithAReason() {
    Table t = table("Operators", List.of(), 1,
        "Name | Share | Change",
        "Pager services | 14 | 2",
        "Mobile subscribers | 1,200 | 3 / 4");
    TableExtractor.Result r = read(t);
    assertTrue(r.observations().isEmpty(), r.observations().toString());
    List<String> reasons = r.unresolved().stream().map(Unresolved::getReason).toList();
    assertTrue(reasons.contains(Reasons.NO_METRIC), reasons.toString());
    assertTrue(reasons.contains(Reasons.CHANGE_NOT_LEVEL), reasons.toString());
    assertTrue(reasons.contains(Reasons.TABLE_COLUMN_UNKNOWN), reasons.toString());
  }

  @Test
  void aCaptionNamingTwoPeriodsLeavesUndatedColumnsUnresolved() {
    Table t = table("Indicators 2015 and 2016", List.of(), 0,
        "Mobile subscriptions | 4,100,000");
    TableExtractor.Result r = read(t);
    assertTrue(r.observations().isEmpty());
    assertEquals(Reasons.TABLE_PERIOD_AMBIGUOUS, r.unresolved().get(0).getReason());
  }

  @Test
  void aSpreadsheetNumberAndPercentFormatAreUsedAsStored() {
    List<List<TableCell>> grid = List.of(
        List.of(TableCell.ofText(0, 0, "", "S!A1"), TableCell.ofText(0, 1, "2024", "S!B1")),
        List.of(TableCell.ofText(1, 0, "Households with internet access", "S!A2"),
            new TableCell(1, 1, "63%", 0.634, true, "S!B2")));
    Table t = new Table("S", "", List.of(), grid, 1, 1, "", 0, 0);
    Observation o = only(read(t).observations(), "households_with_internet", LocalDate.of(2024, 1, 1));
    assertEquals(63.4, o.getValue(), 1e-9);
    assertEquals("S!B2", o.getLocation());
  }
}
