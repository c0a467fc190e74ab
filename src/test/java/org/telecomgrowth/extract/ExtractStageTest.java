package org.telecomgrowth.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecomgrowth.Golden;
import org.telecomgrowth.SparkTestBase;
import org.telecomgrowth.model.Tables;

/** The Extract stage on a folder of documents in three formats plus deliberate junk. */
class ExtractStageTest extends SparkTestBase {
  private static final String UNSUPPORTED = "unsupported file type: expected " + DocumentDecoder.EXTENSIONS;

  @TempDir
  Path tmp;

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in/nested"));
    for (String name : List.of("telecommunications_in_cuba.txt", "myanmar_telecom.md", "eritrea.html")) {
      try (InputStream s = getClass().getResourceAsStream("/documents/" + name)) {
        Files.copy(s, (name.endsWith(".md") ? in : in.getParent()).resolve(name));
      }
    }
    Path root = in.getParent();
    Files.write(root.resolve("empty.txt"), new byte[0]);
    Files.write(root.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    Files.write(root.resolve("latin1.txt"), "Caf\u00e9 in 2010".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(root.resolve("blank.md"), "  \n\t\n");
    Files.writeString(root.resolve("notes.pdf"), "%PDF-1.4"); // a PDF header and nothing else
    Files.writeString(root.resolve("slides.pptx"), "not read");
    return root;
  }

  private static String uri(Path p) {
    return "file:" + p.toAbsolutePath();
  }

  @Test
  void everyFileIsADocumentOrARejectAndNothingElse() throws Exception {
    Path root = corpus();
    ExtractOutput out = ExtractStage.run(session(), root.toString(), null);

    StructType rejectSchema = new StructType().add("path", DataTypes.StringType).add("reason", DataTypes.StringType);
    Dataset<Row> expectedRejects = session().createDataFrame(Arrays.asList(
        RowFactory.create(uri(root.resolve("empty.txt")), "empty file"),
        RowFactory.create(uri(root.resolve("binary.txt")), "binary content (NUL byte at offset 4)"),
        RowFactory.create(uri(root.resolve("latin1.txt")),
            "not valid UTF-8 (Input length = 1 near byte 3)"),
        RowFactory.create(uri(root.resolve("blank.md")), "empty file (only white space)"),
        RowFactory.create(uri(root.resolve("notes.pdf")),
            "corrupt: PDF cannot be parsed (IOException: Missing root object specification in trailer.)"),
        RowFactory.create(uri(root.resolve("slides.pptx")), UNSUPPORTED)),
        rejectSchema);
    assertDataFrameNoOrderEquals(expectedRejects, out.rejects());

    StructType docSchema = new StructType()
        .add("doc_id", DataTypes.StringType).add("title", DataTypes.StringType)
        .add("country_iso3", DataTypes.StringType);
    Dataset<Row> expectedDocs = session().createDataFrame(Arrays.asList(
        RowFactory.create("telecommunications_in_cuba", "Telecommunications in Cuba", "CUB"),
        RowFactory.create("myanmar_telecom", "Telecommunications in Myanmar", "MMR"),
        RowFactory.create("eritrea", "Telecommunications in Eritrea", "ERI")), docSchema);
    assertDataFrameNoOrderEquals(expectedDocs, out.documents().select("doc_id", "title", "country_iso3"));
    assertEquals(Tables.OBSERVATION_COLUMNS, List.of(out.observations().columns()));
    assertEquals(Tables.EVENT_COLUMNS, List.of(out.events().columns()));

    Golden.assertMatches("extract_observations", out.observations().drop("char_start", "char_end"),
        List.of("doc_id", "sentence_index", "metric", "value"), tmp);
    Golden.assertMatches("extract_events", out.events().drop("char_start", "char_end"),
        List.of("doc_id", "sentence_index", "period_start", "category"), tmp);
  }

  @Test
  void aFileAboveTheSizeLimitIsRejectedUnread() throws Exception {
    Path root = corpus();
    ExtractOutput out = ExtractStage.run(session(), root.toString(), null, 800);
    StructType rejectSchema = new StructType().add("path", DataTypes.StringType).add("reason", DataTypes.StringType);
    long big = Files.size(root.resolve("telecommunications_in_cuba.txt"));
    Dataset<Row> expected = session().createDataFrame(List.of(RowFactory.create(
        uri(root.resolve("telecommunications_in_cuba.txt")),
        "file too large: " + big + " bytes, limit 800 (--max-document-mb)")), rejectSchema);
    assertDataFrameNoOrderEquals(expected,
        out.rejects().filter(org.apache.spark.sql.functions.col("reason").startsWith("file too large")));
  }

  @Test
  void aCatalogEntryNamesTheDocument() throws Exception {
    Path root = corpus();
    Path catalog = tmp.resolve("catalog.csv");
    Files.writeString(catalog, "doc_id,path,title,country_iso3,source,retrieved\n"
        + "cuba_2020,in/telecommunications_in_cuba.txt,Cuban telecoms,CUB,test,2026-01-01\n");
    ExtractOutput out = ExtractStage.run(session(), root.resolve("telecommunications_in_cuba.txt").toString(),
        catalog.toString());
    StructType docSchema = new StructType()
        .add("doc_id", DataTypes.StringType).add("title", DataTypes.StringType)
        .add("country_iso3", DataTypes.StringType);
    assertDataFrameNoOrderEquals(
        session().createDataFrame(List.of(RowFactory.create("cuba_2020", "Cuban telecoms", "CUB")), docSchema),
        out.documents().select("doc_id", "title", "country_iso3"));
  }
}
