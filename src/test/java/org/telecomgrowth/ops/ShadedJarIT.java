package org.telecomgrowth.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The application jar that mvn package builds: our classes and libraries, relocated; no Spark, Scala or Hadoop. */
class ShadedJarIT {

  static Path appJar() {
    String p = System.getProperty("app.jar");
    assertTrue(p != null && Files.isRegularFile(Path.of(p)), "app.jar not built: " + p);
    return Path.of(p);
  }

  @Test
  void holdsOurClassesAndRelocatedLibrariesButNoSparkScalaOrHadoop() throws Exception {
    try (JarFile jar = new JarFile(appJar().toFile())) {
      List<String> names = jar.stream().map(ZipEntry::getName).toList();
      assertTrue(names.size() > 1000, "only " + names.size() + " entries");
      List<String> forbidden = List.of("org/apache/spark/", "scala/", "org/apache/hadoop/", "org/slf4j/",
          "org/apache/logging/", "com/fasterxml/", "org/junit/", "com/holdenkarau/", "org/apache/derby/",
          "org/apache/hive/", "org/apache/hadoop/hive/",
          // our libraries must be relocated, not at their original packages
          "org/apache/commons/csv/", "org/apache/commons/math3/", "org/apache/commons/io/",
          "org/apache/commons/codec/", "picocli/", "org/jsoup/", "org/jfree/");
      for (String n : names) {
        for (String f : forbidden) {
          assertTrue(!n.startsWith(f), "jar holds " + n);
        }
      }
      for (String needed : List.of("org/telecomgrowth/Pipeline.class",
          "org/telecomgrowth/shaded/commons/csv/CSVFormat.class",
          "org/telecomgrowth/shaded/commons/math3/fitting/leastsquares/LevenbergMarquardtOptimizer.class",
          "org/telecomgrowth/shaded/picocli/CommandLine.class", "org/telecomgrowth/shaded/jsoup/Jsoup.class",
          "org/telecomgrowth/shaded/jfree/chart/JFreeChart.class",
          "org/telecomgrowth/shaded/jfree/svg/SVGGraphics2D.class",
          "extract/metric_ids.tsv", "log4j2.properties", "org/telecomgrowth/build.properties")) {
        assertTrue(names.contains(needed), "jar lacks " + needed);
      }
      assertEquals("org.telecomgrowth.Pipeline", jar.getManifest().getMainAttributes().getValue("Main-Class"));
      Properties build = new Properties();
      try (InputStream in = jar.getInputStream(jar.getEntry("org/telecomgrowth/build.properties"))) {
        build.load(in);
      }
      assertTrue(build.getProperty("version").matches("\\d+\\.\\d+\\.\\d+.*"), build.toString());
      assertTrue(build.getProperty("git.commit").matches("[0-9a-f]{40}|unknown"), build.toString());
    }
  }
}
