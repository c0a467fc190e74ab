package org.telecomgrowth.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telecomgrowth.extract.rules.DateRules;
import org.telecomgrowth.extract.rules.DateRules.DateMention;

/**
 * The date a document was written, and how it is known. Relative dates in its text ("last year", "18 months
 * ago") resolve only against a date that says when the text was written: the catalog's {@code published}, a
 * dateline at the top of the text ("PARIS, 12 March 2015 -", "Posted on September 7, 2014", "Last updated: 3 Sep
 * 2007"), or the year and month in the path of the page's address ("https://news.example/2015/02/title.html", read
 * from the catalog's {@code source}). The catalog's {@code retrieved} is the day the page was gathered, possibly
 * years later: it dates the file for telling editions apart, but a relative date is never resolved against it.
 *
 * @param from first day of the period the date names (a day, or a month for an address)
 * @param to last day of that period
 * @param basis {@code published}, {@code dateline}, {@code address}, {@code retrieved}, {@code title}, or
 *     {@code none} (from and to null)
 */
public record DocumentDate(LocalDate from, LocalDate to, String basis) {

  public static final DocumentDate NONE = new DocumentDate(null, null, "none");

  /** Whether the date says when the text was written, so relative dates may resolve against it. */
  public boolean trusted() {
    return from != null && (basis.equals("published") || basis.equals("dateline") || basis.equals("address"));
  }

  /** The ISO date for documents.document_date: the period's first day, or empty. */
  public String iso() {
    return from == null ? "" : from.toString();
  }

  /**
   * The document's date: the catalog's {@code published}, else a dateline in its first lines, else the date in
   * the address (catalog {@code source}), else the catalog's {@code retrieved}, else January 1 of the latest year in
   * the title. A catalog date that is not a date ({@link #parseCatalogDate}) counts as absent.
   */
  public static DocumentDate of(Catalog.Entry entry, String text, String title) {
    LocalDate published = entry == null ? null : parseCatalogDate(entry.published());
    if (published != null) {
      return new DocumentDate(published, published, "published");
    }
    DocumentDate dateline = dateline(text);
    if (dateline != null) {
      return dateline;
    }
    DocumentDate address = entry == null ? null : address(entry.source());
    if (address != null) {
      return address;
    }
    LocalDate retrieved = entry == null ? null : parseCatalogDate(entry.retrieved());
    if (retrieved != null) {
      return new DocumentDate(retrieved, retrieved, "retrieved");
    }
    String inTitle = DocumentIdentity.dateInTitle(title);
    if (!inTitle.isEmpty()) {
      LocalDate d = LocalDate.parse(inTitle);
      return new DocumentDate(d, d, "title");
    }
    return NONE;
  }

  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?");

  /**
   * A catalog date: ISO {@code yyyy-mm-dd} (a time after it ignored), or a day written out with its month's name
   * ("12 March 2015", "March 12, 2015"); anything else (empty, "12/03/2015" whose day and month cannot be told
   * apart, "2015-02-30") is null: undated, never guessed.
   */
  public static LocalDate parseCatalogDate(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    Matcher m = ISO_DAY.matcher(s);
    if (m.matches()) {
      try {
        return LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    List<DateMention> found = DateRules.find(s);
    if (found.size() == 1 && found.get(0).from() != null && found.get(0).from().equals(found.get(0).to())
        && s.length() - (found.get(0).end() - found.get(0).start()) <= 2) {
      return found.get(0).from();
    }
    return null;
  }

  // the words a dateline line may hold besides its date: a place in capitals or followed by a comma, a weekday,
  // a time, "Posted on", "Published:", "Last updated:", "Publié le", "Publicado em", a comment count after a slash
  // a byline before it ("By Jane Doe - Sep 28,2014") and a byline after it ("2024-09-27, from JANE DOE in Lusaka") too
  private static final Pattern DATELINE_REST = Pattern.compile("(?iu)^\\s*(?:by\\s+[\\p{L}.' ]{2,40}?\\s*[-–—|]\\s*)?"
      + "(?:[\\p{Lu}][\\p{L}.' -]{1,30},\\s*)?"
      + "(?:(?:posted|published|updated|last\\s+updated|date|dated|released|publié|publiée|mis\\s+à\\s+jour|"
      + "publicado|publicada|actualizado|atualizado)(?:\\s+(?:on|le|el|em|:))?\\s*:?\\s*)?"
      + "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
      + "dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\\s*)?"
      + "\u0000\\s*(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s*)?(?:(?:[-–—/|]|\\bby\\b|,\\s*(?:from|by)\\b).*|(?:\\s+\\p{Lu}\\p{L}*){1,3})?\\s*$");

  /**
   * A dateline: one of the first lines of the text that is a single day and nothing but dateline words around it
   * ("Monday, November 25, 2013", "Posted On: 13 July 2010 02:42 pm", "PARIS, 12 March 2015 - The regulator...").
   */
  static DocumentDate dateline(String text) {
    if (text == null) {
      return null;
    }
    int lines = 0;
    int pos = 0;
    while (pos < text.length() && pos < 1500 && lines < 8) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, end);
      pos = end + 1;
      if (line.isBlank()) {
        continue;
      }
      lines++;
      String head = line.length() > 160 ? line.substring(0, 160) : line;
      for (DateMention d : DateRules.find(head)) {
        if (d.relative() || d.from() == null || !d.from().equals(d.to())) {
          continue;
        }
        String rest = head.substring(0, d.start()) + "\u0000" + head.substring(d.end());
        if (DATELINE_REST.matcher(rest).matches() && (d.end() == head.length() || head.length() <= 80
            || head.substring(d.end()).matches("(?s)\\s*[-–—].*"))) {
          return new DocumentDate(d.from(), d.to(), "dateline");
        }
        break; // only the line's first date can be its dateline
      }
    }
    return null;
  }

  // "/2015/02/", "/2016/07/13/" in the path of an address: the month (or day) the page was put online; also a day
  // written in one segment, "/20051010/41659977.html" or "/economia/2022-02-16-title"
  private static final Pattern ADDRESS_DATE = Pattern.compile(
      "https?://[^\\s/]+(?:/[^\\s/]+)*?/((?:19|20)\\d\\d)(?:/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\\d|3[01])/)?"
          + "|(-?)(0[1-9]|1[0-2])\\4(0[1-9]|[12]\\d|3[01])(?=[/_-]))");

  /** The year and month (and day) in the path of the first address in {@code source}, or null. */
  static DocumentDate address(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    Matcher m = ADDRESS_DATE.matcher(source);
    if (!m.find()) {
      return null;
    }
    boolean oneSegment = m.group(2) == null;
    String day = oneSegment ? m.group(6) : m.group(3);
    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(oneSegment ? m.group(5) : m.group(2)));
    if (day != null && Integer.parseInt(day) <= ym.lengthOfMonth()) {
      LocalDate d = ym.atDay(Integer.parseInt(day));
      return new DocumentDate(d, d, "address");
    }
    if (oneSegment) {
      return null; // "/20050231/": no day, so no date
    }
    return new DocumentDate(ym.atDay(1), ym.atEndOfMonth(), "address");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s..%s (%s)", from, to, basis);
  }
}
