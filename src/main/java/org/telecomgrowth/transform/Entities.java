package org.telecomgrowth.transform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entities documents belong to, from maintained data: every ISO 3166-1 country of the JDK's tables (alpha-3 code,
 * English name), and {@code reference/entities.tsv} for what those tables do not say: aggregates (World, European
 * Union), places without a code, parts of an ISO entity (West Bank and Gaza Strip of PSE), former countries with
 * their ISO 3166-3 code, and which ISO codes are territories.
 */
public final class Entities {
  private Entities() {}

  public static final String COUNTRY = "country";
  public static final String TERRITORY = "territory";
  public static final String HISTORICAL = "historical country";
  public static final String AGGREGATE = "aggregate";
  public static final String OTHER = "other";

  /**
   * An entity, or a part of one (partOf set: documents of the part belong to that entity, the part's name becomes
   * their scope). iso31661: the ISO 3166-1 alpha-3 code, empty when none; iso31663: the ISO 3166-3 code of a former
   * country (or of a part that had one), else empty.
   */
  public record Entity(String id, String name, String kind, String iso31661, String iso31663, String partOf,
      String source) {}

  private static final Map<String, Entity> BY_ID = load();

  private static Map<String, Entity> load() {
    Map<String, Entity> out = new LinkedHashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale("", iso2);
      String iso3 = l.getISO3Country();
      out.put(iso3, new Entity(iso3, l.getDisplayCountry(Locale.ENGLISH), COUNTRY, iso3, "", "",
          "ISO 3166-1 (JDK Locale)"));
    }
    Set<String> part3 = Locale.getISOCountries(Locale.IsoCountryCode.PART3);
    for (String[] f : rows("/reference/entities.tsv")) {
      if (f.length != 7) {
        throw new IllegalStateException("reference/entities.tsv: a row with " + f.length + " fields, 7 expected: "
            + String.join(" | ", f));
      }
      if (!f[4].isEmpty() && !part3.contains(f[4])) {
        throw new IllegalStateException("reference/entities.tsv: " + f[4] + " is not an ISO 3166-3 code");
      }
      Entity known = out.get(f[0]);
      String name = f[1].isEmpty() && known != null ? known.name() : f[1];
      out.put(f[0], new Entity(f[0], name, f[2], f[3], f[4], f[5], f[6]));
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Entities.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Every entity and part, JDK countries first (code order), then the data file's rows. */
  public static List<Entity> all() {
    return List.copyOf(BY_ID.values());
  }

  /** The entity of an id or code; null when unknown. */
  public static Entity of(String id) {
    return id == null ? null : BY_ID.get(id);
  }

  /** A name for an entity id (the name, never a bare code when one is known); doc:X stays as X. */
  public static String name(String id) {
    Entity e = of(id);
    if (e != null && !e.name().isEmpty()) {
      return e.name();
    }
    return id != null && id.startsWith(SeriesTransform.NO_COUNTRY_PREFIX)
        ? id.substring(SeriesTransform.NO_COUNTRY_PREFIX.length()) : id;
  }

  /** Lower-cased names of the entities and parts without an ISO 3166-1 code of their own (matched on titles). */
  public static Set<String> namesWithoutCode() {
    Set<String> out = new TreeSet<>();
    for (Entity e : BY_ID.values()) {
      if (e.iso31661().isEmpty()) {
        out.add(e.name().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
