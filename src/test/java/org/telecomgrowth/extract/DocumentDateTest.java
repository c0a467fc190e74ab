package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The document's own date: from the catalog, a dateline or the page's address, and whether it may anchor "last year". */
class DocumentDateTest {

  private static Catalog.Entry entry(String source, String retrieved, String published) {
    return new Catalog.Entry("d", "d.txt", "A title", "KEN", source, retrieved, published);
  }

  @Test
  void catalogDatesAreIsoOrUndated() {
    assertEquals(LocalDate.of(2015, 3, 12), DocumentDate.parseCatalogDate("2015-03-12"));
    assertEquals(LocalDate.of(2015, 3, 12), DocumentDate.parseCatalogDate(" 2015-03-12T08:30:00Z "));
    assertEquals(LocalDate.of(2015, 3, 12), DocumentDate.parseCatalogDate("12 March 2015"));
    assertEquals(LocalDate.of(2015, 3, 12), DocumentDate.parseCatalogDate("March 12, 2015"));
    // day and month cannot be told apart; an impossible day; not a date
    assertNull(DocumentDate.parseCatalogDate("12/03/2015"));
    assertNull(DocumentDate.parseCatalogDate("2015-02-30"));
    assertNull(DocumentDate.parseCatalogDate("last spring"));
    assertNull(DocumentDate.parseCatalogDate(""));
  }

  @Test
  void publishedComesFirstAndIsTrusted() {
    DocumentDate d = DocumentDate.of(entry("", "2026-12-01", "2014-05-06"), "Posted on June 1, 2013\n\nText.", "t");
    assertEquals("2014-05-06", d.iso());
    assertEquals("published", d.basis());
    assertTrue(d.trusted());
  }

  @Test
  void theRetrievalDateIsOnlyABound() {
    DocumentDate d = DocumentDate.of(entry("Some site", "2026-12-01", ""), "Title\n\nNo date here.", "t");
    assertEquals("2026-12-01", d.iso());
    assertEquals("retrieved", d.basis());
    assertFalse(d.trusted());
  }

  @Test
  void aNonIsoCatalogDateCountsAsAbsent() {
    DocumentDate d = DocumentDate.of(entry("", "01/12/2026", "yesterday"), "Title\n\nNo date here.", "Report");
    assertEquals("", d.iso());
    assertFalse(d.trusted());
  }

  @Test
  void aDatelineAtTheTopDatesTheText() {
    String[] texts = {
        "Mobile lines climb\n\nMonday, November 25, 2013\n\nThe base grew.",
        "Operators report growth\n\nPosted On: 13 July 2010 02:42 pm\n\nA study finds.",
        "Market report\n\nLast updated: 3 Sep 2007 Update History\n",
        "NAIROBI, 4 May 2016 - The regulator said subscriptions rose.",
        "Rapport\n\nPublié le 12 mars 2015\n\nLe régulateur a publié.",
        "Fixed lines keep falling\n\nBy Jane Q. Writer - Mar 3,2016\n\nAMMAN - The regulator said.",
        "Subscriptions forecast to rise\n\n2023-05-14, from JOHN DOE in Harare, Zimbabwe\n\nThe regulator said."};
    LocalDate[] expected = {LocalDate.of(2013, 11, 25), LocalDate.of(2010, 7, 13), LocalDate.of(2007, 9, 3),
        LocalDate.of(2016, 5, 4), LocalDate.of(2015, 3, 12), LocalDate.of(2016, 3, 3), LocalDate.of(2023, 5, 14)};
    for (int i = 0; i < texts.length; i++) {
      DocumentDate d = DocumentDate.of(entry("", "2026-12-01", ""), texts[i], "t");
      assertEquals(expected[i], d.from(), texts[i]);
      assertEquals("dateline", d.basis(), texts[i]);
      assertTrue(d.trusted());
    }
  }

  @Test
  void aDateInsideASentenceIsNoDateline() {
    DocumentDate d = DocumentDate.of(entry("", "", ""),
        "Mobile services\n\nThere were 21 million services at 30 June 2007, the authority said in its report.", "t");
    assertEquals("none", d.basis());
  }

  @Test
  void theMonthInThePagesAddressDatesIt() {
    DocumentDate month = DocumentDate.of(entry("A blog, https://blog.example.com/2015/02/lines-wired.html", "2026-12-01",
        ""), "Title\n\nText.", "t");
    assertEquals(LocalDate.of(2015, 2, 1), month.from());
    assertEquals(LocalDate.of(2015, 2, 28), month.to());
    assertEquals("address", month.basis());
    DocumentDate day = DocumentDate.of(entry("News, https://news.example.org/2016/07/13/users-in-april/", "", ""),
        "Title\n\nText.", "t");
    assertEquals(LocalDate.of(2016, 7, 13), day.from());
    // a day in one segment of the path: "/20140327/1234.html", "/2019-11-05-title"
    DocumentDate compact = DocumentDate.of(entry("Agency, https://news.example.net/20140327/10458812.html", "", ""),
        "Title\n\nText.", "t");
    assertEquals(LocalDate.of(2014, 3, 27), compact.from());
    assertEquals("address", compact.basis());
    DocumentDate dashed = DocumentDate.of(entry("Weekly, https://weekly.example.pt/economy/2019-11-05-operator-buys", "",
        ""), "Title\n\nText.", "t");
    assertEquals(LocalDate.of(2019, 11, 5), dashed.from());
    // an article number of eight digits that is no day ("/20141399/") dates nothing
    DocumentDate number = DocumentDate.of(entry("https://news.example.net/20141399/story.html", "", ""),
        "Title\n\nText.", "t");
    assertEquals("none", number.basis());
    // a report's year in a path is not a publication month
    DocumentDate none = DocumentDate.of(entry("https://example.com/reports/kenya/2012-report/economy", "", ""),
        "Title\n\nText.", "t");
    assertEquals("none", none.basis());
  }
}
