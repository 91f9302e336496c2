package org.malaf.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a built site in the browser from {@code index.html} through {@code file://}, following every link to
 * another page of the site, and measures each page as it is laid out (see {@code it/page-probe.js}).
 */
final class SiteCrawl {

  /** One link as the page wrote it and as the browser resolved it. */
  record Link(String element, String raw, String resolved) {
  }

  /** What the browser measured on one page, plus the errors it logged while loading it. */
  record Page(Path file, int innerWidth, int clientWidth, int scrollWidth, String htmlDirection,
      String bodyDirection, List<String> ltrWithoutMarkup, List<String> leftAligned, int rtlTextBlocks,
      List<String> sticksOut, boolean fontCheck, int arabicFacesLoaded, List<String> failedFaces,
      List<Link> links, Set<String> ids, List<String> consoleErrors) {
  }

  private static final String PROBE = readProbe();

  private final Path root;
  private final Map<Path, Page> pages = new LinkedHashMap<>();

  private SiteCrawl(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Crawls the site under {@code root} starting at its {@code index.html}. */
  static SiteCrawl of(Chromium chromium, Path root) {
    SiteCrawl crawl = new SiteCrawl(root);
    Deque<Path> queue = new ArrayDeque<>(List.of(crawl.root.resolve("index.html")));
    Set<Path> seen = new LinkedHashSet<>(queue);
    chromium.takeLog(); // whatever an earlier page logged is not this site's business
    while (!queue.isEmpty()) {
      Page page = measure(chromium, queue.removeFirst());
      crawl.pages.put(page.file(), page);
      for (Link link : page.links()) {
        Path target = crawl.localFile(link);
        if (target != null && target.toString().endsWith(".html") && target.startsWith(crawl.root)
            && Files.isRegularFile(target) && seen.add(target)) {
          queue.addLast(target);
        }
      }
    }
    return crawl;
  }

  /** Opens one file and measures it (also used on fixtures outside any site). */
  static Page measure(Chromium chromium, Path file) {
    chromium.open(file);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) chromium.script(PROBE);
    List<Link> links = new ArrayList<>();
    for (Object o : (List<?>) m.get("links")) {
      List<?> l = (List<?>) o;
      links.add(new Link((String) l.get(0), (String) l.get(1), (String) l.get(2)));
    }
    return new Page(file.toAbsolutePath().normalize(), num(m, "innerWidth"), num(m, "clientWidth"),
        num(m, "scrollWidth"), (String) m.get("htmlDirection"), (String) m.get("bodyDirection"),
        strings(m, "ltrWithoutMarkup"), strings(m, "leftAligned"), num(m, "rtlTextBlocks"), strings(m, "sticksOut"),
        Boolean.TRUE.equals(m.get("fontCheck")), num(m, "arabicFacesLoaded"), strings(m, "failedFaces"),
        List.copyOf(links), new LinkedHashSet<>(strings(m, "ids")), Chromium.errors(chromium.takeLog()));
  }

  Map<Path, Page> pages() {
    return pages;
  }

  Path root() {
    return root;
  }

  String relative(Path file) {
    return root.relativize(file).toString();
  }

  /**
   * Every link that does not resolve: a {@code file:} link to a missing file or outside the site, a fragment with
   * no element of that id in the target page, or a scheme other than http(s), mailto and tel.
   */
  List<String> brokenLinks() {
    List<String> broken = new ArrayList<>();
    for (Page page : pages.values()) {
      for (Link link : page.links()) {
        String problem = problem(page, link);
        if (problem != null) {
          broken.add(relative(page.file()) + ": <" + link.element() + "> \"" + link.raw() + "\" " + problem);
        }
      }
    }
    return broken;
  }

  private String problem(Page page, Link link) {
    URI uri;
    try {
      uri = URI.create(link.resolved());
    } catch (IllegalArgumentException e) {
      return "is not a valid URL";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    switch (scheme) {
      case "http", "https", "mailto", "tel":
        return null;
      case "file":
        break;
      default:
        return "uses the scheme \"" + scheme + ":\"";
    }
    Path target = localFile(link);
    if (!target.startsWith(root)) {
      return "points outside the site (" + target + ")";
    }
    if (!Files.isRegularFile(target)) {
      return "points at a missing file " + relative(target);
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
      Page other = pages.get(target);
      if (other != null && !other.ids().contains(fragment)) {
        return "points at #" + fragment + ", which " + relative(target) + " does not have";
      }
    }
    return null;
  }

  /** The file a {@code file:} link points at, without its fragment; null for other schemes. */
  private Path localFile(Link link) {
    if (!link.resolved().startsWith("file:")) {
      return null;
    }
    String withoutFragment = link.resolved().replaceFirst("[?#].*$", "");
    return Path.of(URI.create(withoutFragment)).toAbsolutePath().normalize();
  }

  private static int num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).intValue();
  }

  private static List<String> strings(Map<String, Object> m, String key) {
    return ((List<?>) m.get(key)).stream().map(String::valueOf).toList();
  }

  private static String readProbe() {
    try (InputStream in = SiteCrawl.class.getResourceAsStream("/it/page-probe.js")) {
      if (in == null) {
        throw new IllegalStateException("it/page-probe.js is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
