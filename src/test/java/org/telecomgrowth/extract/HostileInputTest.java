package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Deliberate junk: every case must come back as a document or a reject, never as an exception. */
class HostileInputTest {

  private static ExtractedDocument run(String name, String text) {
    return DocumentExtractor.extractFile(name, "junk", text.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void aHugeLineOfNumbersIsBoundedAndStillRead() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      b.append(i % 1000).append(i % 3 == 0 ? " subscribers in " + (1990 + i % 30) + ", " : ", ");
    }
    ExtractedDocument d = run("numbers.txt", b.toString());
    assertNull(d.getReject());
    assertNotNull(d.getDocument());
    assertTrue(d.getDocument().getSentences() > 50, "a run without sentence ends is cut into bounded pieces");
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflow() {
    String html = "<html><body>" + "<div>".repeat(20_000) + "<p>In 2010 there were 5 million mobile "
        + "subscriptions.</p>" + "</div>".repeat(20_000) + "</body></html>";
    ExtractedDocument d = run("nested.html", html);
    assertTrue(d.getDocument() != null || d.getReject().getReason().startsWith("extraction failed"),
        "a document or a reject");
  }

  @Test
  void controlCharactersScriptsAndEmojiAreText() {
    String text = "Telecom\u0007 in Chad\u200b.\nمرحبا 😀 In 2019, 40\u00a0% of households had a mobile phone.\r\n"
        + "\u202eReversed text\u202c 12 % of homes.";
    ExtractedDocument d = run("odd.txt", text);
    assertNull(d.getReject());
    assertEquals(1, d.getObservations().stream()
        .filter(o -> o.getMetric().equals("households_with_mobile_phone") && o.getValue() == 40).count());
  }

  @Test
  void scriptInHtmlIsNeverText() {
    ExtractedDocument d = run("x.html", "<p>Ok.</p><script>In 2010 there were 9 million subscribers.</script>");
    assertNull(d.getReject());
    assertTrue(d.getObservations().isEmpty());
  }

  @Test
  void onlyHeadingsIsAnEmptyDocument() {
    ExtractedDocument d = run("headings.md", "# One\n\n## Two\n\n### Three\n");
    assertNull(d.getReject());
    assertEquals(0, d.getDocument().getSentences());
  }
}
