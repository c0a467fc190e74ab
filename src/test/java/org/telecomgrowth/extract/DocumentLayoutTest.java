package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentLayoutTest {

  private static List<String> sections(DocumentLayout l) {
    return l.paragraphs().stream().map(DocumentLayout.Paragraph::section).distinct().toList();
  }

  private static List<String> paragraphs(DocumentLayout l) {
    return l.paragraphs().stream()
        .map(p -> l.analysisText().substring(p.start(), p.end()).replaceAll("\\s+", " ")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mobile phones.", "International Internet access.", "Radio.", "Access to foreign media",
      "Fiber optic lines."})
  void shortVerblessLinesAreHeadings(String line) {
    assertTrue(DocumentLayout.isHeadingLine(line, "Next sentence here."), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"There was a ban on cell phones from 2004–2008.", "Koryolink launched service.",
      "It is popular.", "Visitors are not allowed to bring a radio.", "In 2010 there were 3 million.",
      "Mobile phones, radios and televisions,"})
  void sentencesAreNotHeadings(String line) {
    assertFalse(DocumentLayout.isHeadingLine(line, "Next sentence here."), line);
  }

  @Test
  void aMetricsNameIsAHeadingOverLowerCaseLabelsAndAVerbInEdIsNot() {
    // "fixed" is a word of a metric's name, not a past-tense verb; a lower-case "label: value" line may follow it
    assertTrue(DocumentLayout.isHeadingLine("Telephones - fixed lines", "total subscriptions: 410,200 (2021 est.)"));
    assertFalse(DocumentLayout.isHeadingLine("Telephones - fixed lines", "where the lines run"));
    assertFalse(DocumentLayout.isHeadingLine("Koryolink launched service", "total subscriptions: 410,200"));
  }

  @Test
  void plainTextHeadingsAndHardWrappedParagraphs() {
    String text = "Ghana has a competitive market.\nFiber optic lines.\nThe factory was\nbuilt in April 1992 and a cable"
        + " of 480\nlines was laid. A second sentence.\nMobile phones.\nThere was a ban on cell phones from 2004–2008.\n";
    DocumentLayout l = DocumentLayout.parse(text, DocumentDecoder.Format.TEXT);
    assertEquals(List.of("Lead", "Fiber optic lines", "Mobile phones"), sections(l));
    assertEquals(List.of("Ghana has a competitive market.",
        "The factory was built in April 1992 and a cable of 480 lines was laid. A second sentence.",
        "There was a ban on cell phones from 2004–2008."), paragraphs(l));
    assertEquals(text.length(), l.analysisText().length());
  }

  @Test
  void markdownHeadingsListsAndLinksAreMaskedKeepingOffsets() {
    String text = "# Telecoms in Chad\n\nIntro **bold** text.\n\n## Mobile\n\n- A [survey](http://x.org/a) in 2017.\n"
        + "1. Second item.\n\nSetext title\n-----------\n\nBody.\n";
    DocumentLayout l = DocumentLayout.parse(text, DocumentDecoder.Format.MARKDOWN);
    assertEquals("Telecoms in Chad", l.firstHeading());
    assertEquals(List.of("Telecoms in Chad", "Mobile", "Setext title"), sections(l));
    assertEquals(List.of("Intro bold text.", "A survey in 2017.", "Second item.", "Body."), paragraphs(l));
    assertEquals(text.length(), l.analysisText().length());
  }

  @Test
  void htmlBlocksBecomeParagraphsAndScriptsAreDropped() {
    String html = "<html><head><title>Telecom in Fiji</title><script>var a='3 million in 2010';</script></head>"
        + "<body><h2>Internet</h2><p>In 2019, <b>50%</b> of households had internet access.</p>"
        + "<ul><li>Item one.</li></ul></body></html>";
    DocumentLayout l = DocumentLayout.parse(html, DocumentDecoder.Format.HTML);
    assertEquals("Telecom in Fiji", l.firstHeading());
    assertEquals(List.of("In 2019, 50% of households had internet access.", "Item one."), paragraphs(l));
    assertEquals(List.of("Internet"), sections(l));
    assertFalse(l.text().contains("var a"));
  }
}
