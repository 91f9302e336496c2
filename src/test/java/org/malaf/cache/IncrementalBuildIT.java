package org.malaf.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.Pipeline;
import org.malaf.diag.Problems;
import org.malaf.write.FileTrees;
import org.malaf.write.SiteWriter;

/**
 * The cache only saves work: on a copy of the bundled seeds, an incremental build after edits writes
 * exactly the bytes of a clean full build, re-rendering only the pages the edits touch, and damaged
 * cache entries are rebuilt instead of trusted.
 */
class IncrementalBuildIT {

  @TempDir
  Path tmp;

  private Path project;

  @BeforeEach
  void copySeeds() throws IOException {
    project = tmp.resolve("project");
    for (String folder : List.of("seeds", "templates", "static")) {
      FileTrees.copy(Path.of(folder), project.resolve(folder));
    }
  }

  private Pipeline.Options options(String out) {
    return new Pipeline.Options(project.resolve("seeds"), project.resolve(out), project.resolve("templates"),
        project.resolve("static"), null);
  }

  private Pipeline.BuildResult build(BuildCache cache, String out) {
    return new Pipeline(cache, Pipeline.Progress.NONE).build(options(out), new Problems());
  }

  @Test
  void anIncrementalBuildAfterEditsEqualsACleanFullBuild() throws IOException {
    Path cacheFolder = tmp.resolve("cache");
    Pipeline.BuildResult first = build(BuildCache.open(cacheFolder, true), "site");
    assertThat(first.rerendered()).isEqualTo(first.pages());

    editActorDescription("MARKER-ACTOR");
    editFirstArticleTitle("MARKER-TITLE");
    // A new cache object over the same folder: what the next `malaf build` process sees.
    Pipeline.BuildResult second = build(BuildCache.open(cacheFolder, true), "site");
    assertThat(second.rerendered()).isPositive().isLessThan(second.pages() / 2);
    assertThat(second.damagedCacheEntries()).isZero();

    build(BuildCache.off(), "full");
    assertThat(tree(project.resolve("site"))).isEqualTo(tree(project.resolve("full")));
    assertThat(Files.readString(project.resolve("site/actors/haftar.html"))).contains("MARKER-ACTOR");

    Pipeline.BuildResult third = build(BuildCache.open(cacheFolder, true), "site");
    assertThat(third.rerendered()).isZero();
  }

  @Test
  void anInPlaceUpdateLeavesTheSameBytesAsAFullBuild() throws IOException {
    BuildCache cache = BuildCache.inMemory();
    Pipeline pipeline = new Pipeline(cache, Pipeline.Progress.NONE);
    Pipeline.BuildResult first = pipeline.build(options("site"), new Problems(), null);
    editActorDescription("MARKER-IN-PLACE");
    Files.writeString(project.resolve("static/css/extra.css"), "body{}\n");
    Pipeline.BuildResult second = pipeline.build(options("site"), new Problems(), first.output());
    assertThat(second.output().changedSince(first.output()))
        .contains("actors/haftar.html", "static/css/extra.css")
        .doesNotContain("index.html");
    Files.delete(project.resolve("static/css/extra.css"));
    Pipeline.BuildResult third = pipeline.build(options("site"), new Problems(), second.output());
    assertThat(third.output().changedSince(second.output())).containsExactly("static/css/extra.css");

    build(BuildCache.off(), "full");
    assertThat(tree(project.resolve("site"))).isEqualTo(tree(project.resolve("full")));
  }

  @Test
  void aSessionsRebuildsSkipOnlyPagesWhoseInputsDidNotChange() throws IOException {
    Pipeline pipeline = new Pipeline(BuildCache.inMemory(), Pipeline.Progress.NONE);
    Pipeline.BuildResult last = pipeline.build(options("site"), new Problems(), null);
    // Each edit reaches pages through another route: a title shown on the other article's page (related
    // articles, backlinks) and on actor pages; a registry name shown in chips; an article's own text; what
    // the timeline, network and sources pages gather from every article.
    List<Runnable> edits = List.of(
        () -> editFirstArticleTitle("MARKER-SESSION-TITLE"),
        () -> editActorName("خليفة حفتر", "خليفة حفتر MARKER-NAME"),
        () -> appendToFirstArticle("\nوقال حفتر MARKER-TEXT إن الزيارة انتهت.\n"),
        // A date (timeline), two actors in one paragraph (network), a new source (sources page, dossier.json).
        () -> appendToFirstArticle("\nوفي 3 مارس 2017 التقى حفتر سيرغي لافروف في موسكو MARKER-DATE.\n\n"
            + "https://example.org/marker-source\n"));
    for (Runnable edit : edits) {
      Map<String, String> before = tree(project.resolve("seeds"));
      edit.run();
      // Told, as serve is by its watcher, which seed files changed.
      Set<Path> changed = changedFiles(before, tree(project.resolve("seeds")));
      assertThat(changed).hasSize(1);
      Pipeline.BuildResult next = pipeline.build(options("site"), new Problems(), last.output(), Optional.of(changed));
      assertThat(next.rerendered()).isPositive();
      build(BuildCache.off(), "full");
      assertThat(tree(project.resolve("site"))).isEqualTo(tree(project.resolve("full")));
      last = next;
    }
    assertThat(pipeline.build(options("site"), new Problems(), last.output()).rerendered()).isZero();
  }

  @Test
  void damagedEntriesAreRebuiltNotTrusted() throws IOException {
    Path cacheFolder = tmp.resolve("cache");
    build(BuildCache.open(cacheFolder, true), "site");
    List<Path> entries = entryFiles(cacheFolder);
    assertThat(entries).isNotEmpty();
    int n = 0;
    for (Path entry : entries) {
      byte[] bytes = Files.readAllBytes(entry);
      switch (n++ % 3) {
        case 0 -> bytes[bytes.length - 1] ^= 0x20;                          // one bit of the payload
        case 1 -> bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);  // truncated
        default -> bytes = "garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }
      Files.write(entry, bytes);
    }
    Pipeline.BuildResult rebuilt = build(BuildCache.open(cacheFolder, true), "site");
    assertThat(rebuilt.damagedCacheEntries()).isPositive();
    build(BuildCache.off(), "full");
    assertThat(tree(project.resolve("site"))).isEqualTo(tree(project.resolve("full")));

    Pipeline.BuildResult healed = build(BuildCache.open(cacheFolder, true), "site");
    assertThat(healed.damagedCacheEntries()).isZero();
    assertThat(healed.rerendered()).isZero();
  }

  private void editActorDescription(String marker) throws IOException {
    Path actors = project.resolve("seeds/actors.yaml");
    String yaml = Files.readString(actors);
    assertThat(yaml).contains("عسكري ليبي");
    Files.writeString(actors, yaml.replaceFirst("عسكري ليبي", "عسكري ليبي " + marker));
  }

  private void editActorName(String name, String replacement) {
    try {
      Path actors = project.resolve("seeds/actors.yaml");
      String yaml = Files.readString(actors);
      assertThat(yaml).contains("name: " + name);
      Files.writeString(actors, yaml.replace("name: " + name, "name: " + replacement));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void appendToFirstArticle(String text) {
    try (Stream<Path> files = Files.list(project.resolve("seeds"))) {
      Path article = files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().findFirst()
          .orElseThrow();
      Files.writeString(article, Files.readString(article) + text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void editFirstArticleTitle(String marker) {
    try {
      editTitle(marker);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void editTitle(String marker) throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("seeds"))) {
      Path sidecar = files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.yaml")).sorted().findFirst()
          .orElseThrow();
      String yaml = Files.readString(sidecar);
      assertThat(yaml).contains("title: \"");
      Files.writeString(sidecar, yaml.replaceFirst("(?m)^title: \"", "title: \"" + marker + " "));
    }
  }

  private static List<Path> entryFiles(Path cacheFolder) throws IOException {
    try (Stream<Path> walk = Files.walk(cacheFolder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Every file of a folder by relative path, as text of its bytes' hash, for a readable diff. */
  private Set<Path> changedFiles(Map<String, String> before, Map<String, String> after) {
    Set<Path> changed = new TreeSet<>();
    after.forEach((file, sha) -> {
      if (!sha.equals(before.get(file))) {
        changed.add(project.resolve("seeds").resolve(file).toAbsolutePath());
      }
    });
    return changed;
  }

  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), SiteWriter.sha256(Files.readAllBytes(p)));
      }
    }
    return files;
  }
}
