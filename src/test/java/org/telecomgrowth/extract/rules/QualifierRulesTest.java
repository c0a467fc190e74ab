package org.telecomgrowth.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telecomgrowth.extract.Corpus;

class QualifierRulesTest {

  static Stream<Arguments> cases() {
    return Corpus.rows("qualifier.tsv").stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("cases")
  void qualifiesTheFirstQuantity(String text, String expected) {
    List<NumeralRules.Quantity> qs = NumeralRulesTest.quantities(text);
    assertFalse(qs.isEmpty(), "no quantity in: " + text);
    // the amount of the phrase is its largest number ("One estimate placed the total at 250,000")
    NumeralRules.Quantity q = qs.stream().max(java.util.Comparator.comparingDouble(NumeralRules.Quantity::value))
        .orElseThrow();
    assertEquals(expected, QualifierRules.qualify(text, q.start(), q.end(), 0), text);
  }
}
