package org.telecomgrowth.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The metric far from its number: the item a figure's clause opens with, linked by a verb of level or change. */
class GovernorRulesTest {

  /** The governing item of the first occurrence of {@code figure} in {@code s}, the whole sentence one clause. */
  private static String governing(String s, String figure, boolean share) {
    int at = s.indexOf(figure);
    return GovernorRules.governingItem(s, MetricRules.terms(s), 0, at, at + figure.length(), share);
  }

  @Test
  void theItemTheClauseOpensWithAcrossAVerbAndParentheses() {
    assertEquals("mobile_phone", governing("The count of mobile subscribers across the islands has now reached "
        + "412 880.", "412 880", false));
    assertEquals("fixed_line", governing("Subscriptions to landline networks (run by Telco One, Telco Two and "
        + "Telco Three) stood at 640,000 in 2020.", "640,000", false));
  }

  @Test
  void eachFigureOfAFromToChain() {
    String s = "Mobile data subscriptions kept rising, from 1.1 million in 2014 to 3.9 million in 2021.";
    assertEquals("mobile_internet", governing(s, "1.1 million", false));
    assertEquals("mobile_internet", governing(s, "3.9 million", false));
  }

  @Test
  void noLinkWithoutAPredicate() {
    assertNull(governing("Mobile subscribers in the north of the country, 4.2 million", "4.2 million", false));
  }

  @Test
  void aFigureWithItsOwnNounIsNotTheItems() {
    assertNull(governing("Mobile subscribers sent more texts, which reached 9 billion messages.", "9 billion",
        false));
    assertNull(governing("Mobile users grew while the operators' revenue reached 310 million.", "310 million",
        false));
  }

  @Test
  void aShareIsNeverOfTheGenericSubscriptions() {
    assertNull(governing("Subscriptions stood at 12 million, with a penetration of 64 percent.", "64 percent",
        true));
  }

  @Test
  void aGenericItemTakesTheSpecificOneItsClauseOpensWith() {
    String s = "Mobile phone use grew six-fold in a decade, from 24 lines per 100 people in 2003.";
    int at = s.indexOf("24 lines");
    assertEquals("mobile_phone", GovernorRules.governingSpecificItem(s, MetricRules.terms(s), 0, at));
    String none = "Usage grew six-fold in a decade, from 24 lines per 100 people in 2003.";
    assertNull(GovernorRules.governingSpecificItem(none, MetricRules.terms(none), 0, none.indexOf("24 lines")));
  }
}
