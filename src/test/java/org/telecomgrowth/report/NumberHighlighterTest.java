package org.telecomgrowth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberHighlighterTest {

  private static List<String> found(String sentence, double... values) {
    List<Double> v = java.util.Arrays.stream(values).boxed().toList();
    return NumberHighlighter.spans(sentence, v).stream().map(s -> sentence.substring(s[0], s[1])).toList();
  }

  @Test
  void findsTheSurfaceFormOfEachValue() {
    assertEquals(List.of("1.18 million"), found(ReportFixtures.S_FIXED, 1180000));
    assertEquals(List.of("432,000", "809,000", "one million"), found(ReportFixtures.S_ORASCOM, 432000, 809000, 1e6));
    assertEquals(List.of("69%"), found(ReportFixtures.S_MOBILE_HH, 69));
    assertEquals(List.of("1%", "5%"), found(ReportFixtures.S_PC_HH, 1, 5));
    assertEquals(List.of("two million"), found(ReportFixtures.S_2013, 2e6));
  }

  @Test
  void leavesOtherNumbersAlone() {
    assertEquals(List.of(), found("A 3G network covered 94 percent of the population.", 3));
    assertEquals(List.of("94 percent"), found("A 3G network covered 94 percent of the population.", 94));
    assertEquals(List.of("20,000"), found(ReportFixtures.S_2003, 20000));
  }
}
