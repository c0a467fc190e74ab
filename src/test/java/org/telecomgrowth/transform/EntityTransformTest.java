package org.telecomgrowth.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.telecomgrowth.transform.Fixtures.d;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** Every document joins an entity; parts keep their name as the scope; one entity without a code is one series. */
class EntityTransformTest extends TransformTestBase {

  private static Row doc(String id, String country, String title) {
    return RowFactory.create(id, id + ".txt", title, country, 1000, 10, 1, 0);
  }

  private Dataset<Row> documents() {
    return Fixtures.frame(session(), Fixtures.DOCUMENTS,
        doc("wb_2011", "", "West Bank \u2014 Communications (an almanac, 2011 edition)"),
        doc("gs_2011", "", "Gaza Strip \u2014 Communications (an almanac, 2011 edition)"),
        doc("w_2011", "", "World \u2014 Communications (an almanac, 2011 edition)"),
        doc("w_2012", "", "World \u2014 Communications (an almanac, 2012 edition)"),
        doc("ant_1994", "ANT", "Netherlands Antilles \u2014 Communications (an almanac, 1994 edition)"),
        doc("ken_2011", "KEN", "Kenya \u2014 Communications (an almanac, 2011 edition)"),
        doc("nowhere", "", "Notes on a made-up reef"));
  }

  @Test
  void everyDocumentJoinsAnEntityAndPartsKeepTheirName() {
    assertTable(List.of("doc_id", "entity_id", "entity_country", "entity_part"), List.of(
        row("ant_1994", "ANT", "ANT", ""), row("gs_2011", "PSE", "PSE", "Gaza Strip"),
        row("ken_2011", "KEN", "KEN", ""), row("nowhere", "doc:nowhere", "", ""),
        row("w_2011", "world", "", ""), row("w_2012", "world", "", ""),
        row("wb_2011", "PSE", "PSE", "West Bank")),
        EntityTransform.documentEntities(documents()), "doc_id");
  }

  @Test
  void theEntityTablesNameFormerCountriesAndAggregatesFromMaintainedCodes() {
    assertEquals("Netherlands Antilles", Entities.name("ANT"));
    assertEquals("ANHH", Entities.of("ANT").iso31663());
    assertEquals(Entities.HISTORICAL, Entities.of("CSK").kind());
    assertEquals(Entities.AGGREGATE, Entities.of("world").kind());
    assertEquals("Kenya", Entities.name("KEN"));
    assertEquals("SJM", Entities.of("svalbard").partOf());
    // Every ISO 3166-3 code of the data file is one the JDK's tables know (checked when the file is read).
    for (Entities.Entity e : Entities.all()) {
      org.junit.jupiter.api.Assertions.assertTrue(e.iso31663().isEmpty()
          || Locale.getISOCountries(Locale.IsoCountryCode.PART3).contains(e.iso31663()), e.id());
      org.junit.jupiter.api.Assertions.assertTrue(e.partOf().isEmpty() || Entities.of(e.partOf()) != null, e.id() + " is part of a known entity");
      org.junit.jupiter.api.Assertions.assertTrue(!e.name().isEmpty(), e.id() + " has a name");
    }
  }

  @Test
  void twoEditionsOfAnEntityWithoutACodeStateOnePointAndPartsAreScopes() {
    Dataset<Row> obs = Fixtures.frame(session(), Fixtures.OBSERVATIONS,
        withDoc("w_2011", Fixtures.obs("mobile_subscribers", 5.1e9, "count", "exact", "2010-01-01", "2010-12-31",
            "national", "", 2)),
        withDoc("w_2012", Fixtures.obs("mobile_subscribers", 5.1e9, "count", "exact", "2010-01-01", "2010-12-31",
            "national", "", 3)),
        withDoc("wb_2011", Fixtures.obs("mobile_subscribers", 1.2e6, "count", "exact", "2010-01-01",
            "2010-12-31", "national", "", 2)),
        withDoc("gs_2011", Fixtures.obs("mobile_subscribers", 0.7e6, "count", "exact", "2010-01-01",
            "2010-12-31", "national", "", 2)));
    List<Row> got = SeriesTransform.published(SeriesTransform.candidates(obs, documents()))
        .select("series_id", "country_iso3", "scope", "evidence_ref").orderBy("series_id").collectAsList();
    assertEquals(List.of(
        row("PSE|mobile_subscribers|Gaza Strip|", "PSE", "Gaza Strip", "gs_2011#2"),
        row("PSE|mobile_subscribers|West Bank|", "PSE", "West Bank", "wb_2011#2"),
        row("world|mobile_subscribers|national|", "", "national", "w_2011#2;w_2012#3")), got);
  }

  @Test
  void theEntitiesTableCountsDocumentsPerEntityAndPart() {
    List<Row> got = EntityTransform.entities(documents())
        .filter("entity_id in ('world', 'PSE', 'west_bank', 'ANT', 'doc:nowhere')")
        .select("entity_id", "kind", "iso3166_1", "iso3166_3", "documents").orderBy("entity_id").collectAsList();
    assertEquals(List.of(row("ANT", "historical country", "", "ANHH", 1), row("PSE", "territory", "PSE", "", 2),
        row("doc:nowhere", "other", "", "", 1), row("west_bank", "territory", "", "", 1),
        row("world", "aggregate", "", "", 2)), got);
  }

  /**
   * A title naming an entity by another name (entity_aliases.tsv) joins that entity: an invented "Lone Reef" alias of
   * Wake Island joins UMI with Wake Island as its part; the shipped file's rows all name known entities.
   */
  @Test
  void aTitleWithAnAliasJoinsTheAliasedEntity() {
    Dataset<Row> docs = Fixtures.frame(session(), Fixtures.DOCUMENTS,
        doc("lr_1999", "", "Lone Reef — Communications (an almanac, 1999 edition)"),
        doc("wi_2000", "", "Wake Island — Communications (an almanac, 2000 edition)"),
        doc("ken_2011", "KEN", "Lone Reef — Communications (an almanac, 2011 edition)"),
        doc("nowhere", "", "Notes on a made-up reef"));
    List<Row> aliases = List.of(RowFactory.create("lone reef", "wake_island", "a test"));
    assertTable(List.of("doc_id", "entity_id", "entity_country", "entity_part"), List.of(
        row("ken_2011", "KEN", "KEN", ""), row("lr_1999", "UMI", "UMI", "Wake Island"),
        row("nowhere", "doc:nowhere", "", ""), row("wi_2000", "UMI", "UMI", "Wake Island")),
        EntityTransform.documentEntities(EntityTransform.withAliases(docs, aliases)), "doc_id");

    List<String> warnings = new java.util.ArrayList<>();
    List<Row> shipped = ReferenceData.entityAliases(session(), "datasets/reference", warnings::add);
    assertEquals(List.of(), warnings);
    org.junit.jupiter.api.Assertions.assertTrue(shipped.stream().anyMatch(
        r -> r.getString(0).equals("Wake Atoll") && r.getString(1).equals("wake_island")), shipped.toString());
  }

  private static Row withDoc(String doc, Row r) {
    Object[] cells = new Object[r.size()];
    for (int i = 0; i < r.size(); i++) {
      cells[i] = r.get(i);
    }
    cells[0] = doc;
    return RowFactory.create(cells);
  }
}
