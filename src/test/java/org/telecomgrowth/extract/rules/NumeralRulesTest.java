package org.telecomgrowth.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telecomgrowth.extract.Corpus;

class NumeralRulesTest {

  static Stream<Arguments> positives() {
    return Corpus.rows("numeral.tsv").stream();
  }

  static Stream<Arguments> negatives() {
    return Corpus.rows("numeral_negative.tsv").stream();
  }

  /** Quantities as the extractor sees them: dates claim their digits first. */
  static List<NumeralRules.Quantity> quantities(String text) {
    List<int[]> dates = new ArrayList<>();
    DateRules.find(text).forEach(d -> dates.add(new int[] {d.start(), d.end()}));
    return NumeralRules.find(text, dates);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void findsTheQuantity(String text, String value, String unit) {
    List<NumeralRules.Quantity> found = quantities(text);
    assertFalse(found.isEmpty(), "no quantity in: " + text);
    assertEquals(Double.parseDouble(value), found.get(0).value(), 1e-9, text);
    assertEquals(unit, found.get(0).unit(), text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void findsNoQuantity(String text) {
    List<NumeralRules.Quantity> found = quantities(text);
    assertTrue(found.isEmpty(), "unexpected quantity in '" + text + "': " + found);
  }
}
