package org.telecomgrowth.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The dependency rules, checked against the pom and the Maven repository the build resolves from: every
 * direct dependency is at the newest patch release of its line (same version but the last number), unless the pom
 * says why it is pinned (a comment saying "pinned" with the reason, before or inside the dependency); every managed
 * version (dependencyManagement) and every provided dependency other than Spark, which override what Spark brings,
 * carries a written reason. Needs the repository (as the build does; {@code -Dmaven.repo.url} for a mirror): when a
 * new patch release appears upstream, this test fails until the pom is updated, which is the rule.
 */
class DependencyPolicyIT {

  private static final String REPO = System.getProperty("maven.repo.url", "https://repo.maven.apache.org/maven2");

  private record Dep(String group, String artifact, String version, String scope, String comment, boolean managed) {
    String name() {
      return group + ":" + artifact;
    }
  }

  @Test
  void directDependenciesAreAtTheNewestPatchOrSayWhyNot() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    List<String> stale = new ArrayList<>();
    List<Dep> deps = dependencies();
    Assertions.assertTrue(deps.size() >= 10, "read the pom's dependencies: " + deps);
    for (Dep d : deps) {
      String url = REPO + "/" + d.group().replace('.', '/') + "/" + d.artifact() + "/maven-metadata.xml";
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
          .build(), HttpResponse.BodyHandlers.ofString());
      Assertions.assertEquals(200, r.statusCode(), url);
      String newest = newestPatch(d.version(), r.body());
      if (!newest.equals(d.version()) && !d.comment().toLowerCase(java.util.Locale.ROOT).contains("pinned")) {
        stale.add(d.name() + " " + d.version() + " (newest patch " + newest + ")");
      }
    }
    Assertions.assertEquals(List.of(), stale,
        "update these to the newest patch release, or write in the pom why each is pinned");
  }

  @Test
  void everyOverrideOfSparksVersionsSaysWhy() throws Exception {
    List<String> silent = new ArrayList<>();
    for (Dep d : dependencies()) {
      boolean overrides = d.managed() || ("provided".equals(d.scope()) && !d.group().equals("org.apache.spark"));
      if (overrides && d.comment().strip().split("\\s+").length < 6) {
        silent.add(d.name());
      }
    }
    Assertions.assertEquals(List.of(), silent, "managed or provided versions without a written reason");
  }

  /** The newest release with the same version but its last number (no milestones or candidates). */
  static String newestPatch(String version, String metadata) {
    Matcher v = Pattern.compile("^(.*?)(\\d+)$").matcher(version);
    Assertions.assertTrue(v.matches(), version);
    Pattern line = Pattern.compile("<version>" + Pattern.quote(v.group(1)) + "(\\d+)</version>");
    long best = Long.parseLong(v.group(2));
    Matcher m = line.matcher(metadata);
    while (m.find()) {
      best = Math.max(best, Long.parseLong(m.group(1)));
    }
    return v.group(1) + best;
  }

  private static List<Dep> dependencies() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    Element project = pom.getDocumentElement();
    Map<String, String> props = new HashMap<>();
    NodeList propertyNodes = child(project, "properties").getChildNodes();
    for (int i = 0; i < propertyNodes.getLength(); i++) {
      if (propertyNodes.item(i) instanceof Element e) {
        props.put(e.getTagName(), e.getTextContent().strip());
      }
    }
    List<Dep> deps = new ArrayList<>();
    NodeList all = pom.getElementsByTagName("dependency");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      Node list = e.getParentNode();
      Node owner = list.getParentNode();
      boolean managed = owner instanceof Element o && o.getTagName().equals("dependencyManagement");
      if (!(owner == project || managed) || text(e, "version") == null) {
        continue; // a plugin's dependency, or an exclusion
      }
      deps.add(new Dep(resolve(text(e, "groupId"), props), resolve(text(e, "artifactId"), props),
          resolve(text(e, "version"), props), text(e, "scope"), comment(e), managed));
    }
    return deps;
  }

  /** The comment right before the element (only white space between) and any comment inside it. */
  private static String comment(Element e) {
    StringBuilder b = new StringBuilder();
    Node n = e.getPreviousSibling();
    while (n != null && n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()) {
      n = n.getPreviousSibling();
    }
    if (n instanceof Comment c) {
      b.append(c.getData()).append(' ');
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Comment cc) {
        b.append(cc.getData()).append(' ');
      }
    }
    return b.toString();
  }

  private static Element child(Element parent, String tag) {
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && e.getTagName().equals(tag)) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String tag) {
    Element c = child(parent, tag);
    return c == null ? null : c.getTextContent().strip();
  }

  private static String resolve(String s, Map<String, String> props) {
    Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String value = props.get(m.group(1));
      Assertions.assertNotNull(value, "property " + m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    return m.appendTail(b).toString();
  }
}
