package org.telecomgrowth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: the Spark jobs a run starts do not grow with the number of documents; the manifest counts them. */
class SparkJobBudgetTest extends SparkTestBase {
  /**
   * Jobs a run may start, whatever its number of documents: 37 measured for one document (its one page reads each
   * table in a query of its own) and 33 for forty, after the entity names became a map literal (no broadcast job),
   * small sorted results were sorted on the driver (no range-sampling job) and the report took the count of
   * population gaps from the publisher's record; 40 leaves a small margin.
   */
  private static final int JOB_BUDGET = 40;

  @TempDir
  Path tmp;

  private Path corpus(String name, int copies) throws Exception {
    Path in = Files.createDirectories(tmp.resolve(name));
    String[] docs = {"telecommunications_in_cuba.txt", "myanmar_telecom.md", "eritrea.html"};
    for (int i = 0; i < copies; i++) {
      String doc = docs[i % docs.length];
      try (InputStream s = getClass().getResourceAsStream("/documents/" + doc)) {
        Files.copy(s, in.resolve("copy" + i + "_" + doc));
      }
    }
    return in;
  }

  private JsonNode run(Path in, String out) throws Exception {
    Path dir = tmp.resolve(out);
    int code = Pipeline.run(new String[] {"--input", in.toString(), "--output", dir.toString(), "--catalog",
        "none", "--reference", Path.of("datasets/reference").toAbsolutePath().toString()});
    assertEquals(0, code);
    return new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
  }

  @Test
  void jobsPerRunAreBoundedAndDoNotGrowWithTheDocuments() throws Exception {
    // the pipeline's own session turns adaptive execution off (Pipeline.session); do the same in the shared one
    String aqe = session().conf().get("spark.sql.adaptive.enabled");
    session().conf().set("spark.sql.adaptive.enabled", "false");
    try {
      JsonNode one = run(corpus("one", 1), "out1");
      // More than 32 files: Spark would look up so many paths in a job of its own, with a task per file (40 here;
      // every other stage of this run has at most 2 x local cores or a few file splits).
      java.util.concurrent.atomic.AtomicInteger widest = new java.util.concurrent.atomic.AtomicInteger();
      org.apache.spark.scheduler.SparkListener listener = new org.apache.spark.scheduler.SparkListener() {
        @Override
        public void onStageSubmitted(org.apache.spark.scheduler.SparkListenerStageSubmitted e) {
          widest.accumulateAndGet(e.stageInfo().numTasks(), Math::max);
        }
      };
      session().sparkContext().addSparkListener(listener);
      JsonNode many;
      try {
        many = run(corpus("many", 40), "out40");
        session().sparkContext().listenerBus().waitUntilEmpty();
      } finally {
        session().sparkContext().removeSparkListener(listener);
      }
      org.junit.jupiter.api.Assertions.assertTrue(widest.get() > 0 && widest.get() < 40,
          "a stage with a task per file: " + widest.get() + " tasks");
      long jobsOne = one.path("counts").path("spark_jobs").asLong(-1);
      long jobsMany = many.path("counts").path("spark_jobs").asLong(-1);
      assertEquals(40, many.path("row_counts").path("documents").asLong());
      org.junit.jupiter.api.Assertions.assertTrue(jobsOne > 0 && many.path("counts").path("spark_tasks").asLong() >= jobsMany, many.toString());
      org.junit.jupiter.api.Assertions.assertTrue(jobsOne <= JOB_BUDGET && jobsMany <= JOB_BUDGET, "jobs: " + jobsOne + " and " + jobsMany);
      org.junit.jupiter.api.Assertions.assertTrue(jobsMany <= jobsOne + 2, "jobs grew with documents: " + jobsOne + " -> " + jobsMany);
      assertEquals(40, many.path("inputs_table").path("rows").asLong());
      assertEquals(40, many.path("inputs").size());
    } finally {
      session().conf().set("spark.sql.adaptive.enabled", aqe);
    }
  }
}
