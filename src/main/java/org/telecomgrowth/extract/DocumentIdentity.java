package org.telecomgrowth.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title and country of a document that no catalog describes, derived from its own text.
 *
 * <p>Country names come from the JDK's ISO 3166 tables ({@link Locale#getISOCountries()}), so every country is
 * known without a hand-written list; the longest name found wins ("South Sudan" over "Sudan").
 */
public final class DocumentIdentity {
  private DocumentIdentity() {}

  private record CountryName(String name, String iso3, Pattern pattern) {}

  // (before COUNTRIES, which reads it while it is built)
  private static final java.util.Map<String, List<String>> ABBREVIATIONS = java.util.Map.of(
      "United Arab Emirates", List.of("UAE", "EAU"), "United Kingdom", List.of("UK"), "United States",
      List.of("USA", "EE.UU.", "EEUU"), "Congo - Kinshasa", List.of("DRC", "RDC", "RD Congo"));
  // the languages a country's name is also read in: French, Spanish and Portuguese texts name it their way ("la
  // Suisse", "España", "Moçambique")
  private static final List<Locale> NAME_LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"),
      new Locale("pt"));

  private static final List<CountryName> COUNTRIES = countryNames();

  // "Telecommunications in Cuba refers to ..." -> "Telecommunications in Cuba"
  private static final Pattern TITLE_LEAD = Pattern.compile(
      "^\\s*((?:The\\s+)?[A-Z][\\p{L}-]*(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:in|of)\\s+(?:the\\s+)?[A-Z][\\p{L}'.-]*"
          + "(?:\\s+[A-Z][\\p{L}'.-]*){0,4})\\s+(?:refers|is|are|was|were|has|have|comprises?|includes?|consists?)\\b");

  private static List<CountryName> countryNames() {
    List<CountryName> out = new ArrayList<>();
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      String iso3 = l.getISO3Country();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Locale language : NAME_LANGUAGES) {
        String name = l.getDisplayCountry(language);
        for (String variant : language == Locale.ENGLISH ? variants(name) : List.of(name)) {
          if (variant.length() >= 3 && seen.add(variant)) {
            out.add(new CountryName(variant, iso3,
                Pattern.compile("(?<![\\p{L}])" + Pattern.quote(variant) + "(?![\\p{L}])")));
          }
        }
      }
    }
    out.sort(Comparator.comparingInt((CountryName c) -> c.name().length()).reversed());
    return out;
  }

  /** "Myanmar (Burma)" -> [Myanmar (Burma), Myanmar, Burma]; "Congo - Kinshasa" -> [.., Congo]... */
  private static List<String> variants(String name) {
    List<String> v = new ArrayList<>();
    v.add(name);
    Matcher paren = Pattern.compile("^(.*?)\\s*\\((.*)\\)$").matcher(name);
    if (paren.matches()) {
      v.add(paren.group(1));
      v.add(paren.group(2));
    }
    if (name.contains(" - ")) {
      v.add(name.substring(0, name.indexOf(" - ")));
    }
    if (name.endsWith(" SAR China")) {
      // "Hong Kong SAR China", "Macao SAR China": written "Hong Kong", "Macao" or "Macau"
      String place = name.substring(0, name.length() - " SAR China".length());
      v.add(place);
      if (place.equals("Macao")) {
        v.add("Macau");
      }
    }
    if (name.contains("&")) {
      v.add(name.replace("&", "and"));
    }
    // "UAE (18.8 percent)", "la RDC compte": a country as the press writes it
    v.addAll(ABBREVIATIONS.getOrDefault(name, List.of()));
    if (name.contains("’")) {
      v.add(name.replace('’', '\''));
    }
    return v;
  }

  /** ISO 3166 alpha-3 code of the country named in {@code title}, else the one named most often early in the text. */
  public static String countryIso3(String title, String text) {
    String fromTitle = firstCountry(title);
    if (fromTitle != null) {
      return fromTitle;
    }
    String head = text.length() > 5000 ? text.substring(0, 5000) : text;
    int[] counts = nameCounts(head);
    String best = null;
    int bestCount = 0;
    for (int i = 0; i < COUNTRIES.size(); i++) {
      if (counts[i] > bestCount) {
        bestCount = counts[i];
        best = COUNTRIES.get(i).iso3();
      }
    }
    return best == null ? "" : best;
  }

  /** What {@link #nameCounts} counts, one pattern per name (the slow way, kept to check the fast one against). */
  static int[] nameCountsByPattern(String text) {
    int[] counts = new int[COUNTRIES.size()];
    for (int i = 0; i < counts.length; i++) {
      Matcher m = COUNTRIES.get(i).pattern().matcher(text);
      while (m.find()) {
        counts[i]++;
      }
    }
    return counts;
  }

  /** Indexes into COUNTRIES by the first run of letters of the name ("Bosnia & Herzegovina" under "Bosnia"). */
  private static final java.util.Map<String, List<Integer>> BY_FIRST_WORD = byFirstWord();

  private static java.util.Map<String, List<Integer>> byFirstWord() {
    java.util.Map<String, List<Integer>> m = new java.util.HashMap<>();
    for (int i = 0; i < COUNTRIES.size(); i++) {
      String name = COUNTRIES.get(i).name();
      m.computeIfAbsent(name.substring(0, letterRunEnd(name, 0)), k -> new ArrayList<>()).add(i);
    }
    return m;
  }

  private static int letterRunEnd(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isLetter(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i;
  }

  /**
   * How often each name of COUNTRIES occurs in {@code text} as a whole word (no letter before or after it): what
   * matching each name's pattern over the text counts, in one pass over the text's words instead of one per name.
   */
  static int[] nameCounts(String text) {
    int[] counts = new int[COUNTRIES.size()];
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = letterRunEnd(text, i);
      List<Integer> candidates = BY_FIRST_WORD.get(text.substring(i, end));
      if (candidates != null) {
        for (int c : candidates) {
          String name = COUNTRIES.get(c).name();
          int after = i + name.length();
          if (text.startsWith(name, i) && (after >= text.length() || !Character.isLetter(text.codePointAt(after)))) {
            counts[c]++;
          }
        }
      }
      i = end;
    }
    return counts;
  }

  // ISO 3166-3 codes of countries that no longer exist, and Kosovo's user-assigned XKX (as the World Bank and the
  // EU use it): historical corpora (the Factbook since 1990) name them; the JDK knows only current codes.
  private static final List<String> FORMER_CODES = List.of("SUN", "CSK", "DDR", "YUG", "SCG", "ANT", "YMD", "NTZ",
      "PCI", "XKX");

  /** Every country code a catalog or reference row may carry: the JDK's ISO 3166 alpha-3 codes and the above. */
  public static java.util.Set<String> countryCodes() {
    java.util.Set<String> s = new java.util.HashSet<>(FORMER_CODES);
    for (String cc : Locale.getISOCountries()) {
      s.add(new Locale("", cc).getISO3Country());
    }
    return s;
  }

  /** The full English name of a country from its alpha-3 code, or the code itself. */
  public static String countryName(String iso3) {
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      if (l.getISO3Country().equalsIgnoreCase(iso3)) {
        return l.getDisplayCountry(Locale.ENGLISH);
      }
    }
    return iso3;
  }

  /**
   * Every name the JDK knows for the country with this alpha-3 code (with the variants above), and its names in
   * French, Spanish and Portuguese ("Brasil", "México", "Sénégal"), in which the document may be written.
   */
  public static List<String> namesOf(String iso3) {
    return iso3 == null ? List.of() : NAMES_OF.computeIfAbsent(iso3.toUpperCase(Locale.ROOT), DocumentIdentity::readNamesOf);
  }

  // per country code, once per JVM (the locale data is read for each of some 250 codes)
  private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> NAMES_OF =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static List<String> readNamesOf(String iso3) {
    List<String> out = new ArrayList<>();
    for (CountryName c : COUNTRIES) {
      if (c.iso3().equalsIgnoreCase(iso3)) {
        out.add(c.name());
      }
    }
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      if (!out.isEmpty() && l.getISO3Country().equalsIgnoreCase(iso3)) {
        for (Locale language : ROMANCE) {
          // the name and what precedes a bracket: "RAE de Macao (China)" is Macao, never China
          String name = l.getDisplayCountry(language);
          for (String variant : List.of(name, name.replaceFirst("\\s*\\(.*$", ""))) {
            if (!variant.isBlank() && !out.contains(variant)) {
              out.add(variant);
            }
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static final List<Locale> ROMANCE = List.of(Locale.FRENCH, new Locale("es"), new Locale("pt"));

  // every country name in one alternation, longest first, for a scan per clause
  private static final Pattern ANY_COUNTRY = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|",
      COUNTRIES.stream().map(c -> Pattern.quote(c.name())).toList()) + ")(?![\\p{L}])");

  /**
   * The last country name in [from, to) of {@code s}, or null: what scanning with one alternation of every name
   * (longest first, whole words, [from, to) as the text's bounds) finds last, in one pass over the words.
   */
  public static String lastCountryIn(String s, int from, int to) {
    String last = null;
    int i = from;
    while (i < to) {
      int cp = s.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = Math.min(letterRunEnd(s, i), to);
      List<Integer> candidates = BY_FIRST_WORD.get(s.substring(i, end));
      int next = letterRunEnd(s, i);
      if (candidates != null) {
        for (int c : candidates) {
          String name = COUNTRIES.get(c).name();
          int after = i + name.length();
          if (after <= to && s.startsWith(name, i) && (after == to || !Character.isLetter(s.codePointAt(after)))) {
            last = name;
            next = after;
            break;
          }
        }
      }
      i = next;
    }
    return last;
  }

  /** {@link #lastCountryIn} with the one alternation (the slow way, kept to check the fast one against). */
  static String lastCountryInByPattern(String s, int from, int to) {
    Matcher m = ANY_COUNTRY.matcher(s);
    m.region(from, to);
    String last = null;
    while (m.find()) {
      last = m.group();
    }
    return last;
  }

  private static String firstCountry(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    for (CountryName c : COUNTRIES) {
      if (c.pattern().matcher(s).find()) {
        return c.iso3();
      }
    }
    return null;
  }

  /**
   * A title from the document: its first heading if it has one, else the subject of its first sentence
   * ("Telecommunications in Cuba refers to..."), else the file name in words.
   */
  public static String title(String firstHeading, String firstParagraph, String fileName) {
    if (firstHeading != null && !firstHeading.isBlank()) {
      return firstHeading.strip();
    }
    if (firstParagraph != null) {
      Matcher m = TITLE_LEAD.matcher(firstParagraph);
      if (m.find()) {
        return m.group(1).replaceAll("\\s+", " ");
      }
    }
    String stem = fileName.replaceAll("\\.[A-Za-z]+$", "").replaceAll("[_\\-]+", " ").strip();
    return stem.isEmpty() ? fileName : Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])");

  /**
   * The date a document names itself by, for telling editions apart without a catalog: January 1 of the latest
   * year in its title ("... (The World Factbook, 2015 edition)" -> 2015-01-01), or empty when the title names none.
   */
  public static String dateInTitle(String title) {
    int latest = -1;
    java.util.regex.Matcher m = YEAR.matcher(title == null ? "" : title);
    while (m.find()) {
      latest = Math.max(latest, Integer.parseInt(m.group(1)));
    }
    return latest < 0 ? "" : latest + "-01-01";
  }
}
