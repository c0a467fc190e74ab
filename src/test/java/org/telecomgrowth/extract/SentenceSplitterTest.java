package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> split(String text) {
    return SentenceSplitter.split(text, 0, text.length()).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void doesNotSplitOnAbbreviationsOrDecimals() {
    assertEquals(List.of("A study by the U.S. State Department was released in Jan. 2012 with 1.18 million rows.",
        "It was widely read."),
        split("A study by the U.S. State Department was released in Jan. 2012 with 1.18 million rows. "
            + "It was widely read."));
  }

  @Test
  void mergesAPieceThatStartsLowerCase() {
    assertEquals(List.of("Links to Eastern Europe. and in late 1989 a link to Hong Kong.", "Next."),
        split("Links to Eastern Europe. and in late 1989 a link to Hong Kong. Next."));
  }

  @Test
  void splitsOrdinarySentencesAndTrimsSpace() {
    assertEquals(List.of("One.", "Two?", "Three!"), split("  One.  Two? Three!  "));
  }

  @Test
  void splitsAfterACitationMarkerThatFollowsTheFullStop() {
    assertEquals(List.of("Lines numbered 1,294,806 in 2021.[8]", "The number of phones grew.[9][10]", "Next one."),
        split("Lines numbered 1,294,806 in 2021.[8] The number of phones grew.[9][10] Next one."));
  }
}
