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
}
