package org.malaf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.annotate.ActorMatcher;
import org.malaf.config.YamlReader;
import org.malaf.diag.Problems;
import org.malaf.ingest.SeedScanner;
import org.malaf.ingest.Seeds;

class SyntheticDossierTest {

  @TempDir
  Path tmp;

  @Test
  void sameSeedGivesTheSameBytes() throws IOException {
    Map<String, byte[]> first = files(generate(tmp.resolve("a"), 25, 40, 7));
    Map<String, byte[]> second = files(generate(tmp.resolve("b"), 25, 40, 7));
    assertThat(first.keySet()).hasSize(2 * 25 + 2).isEqualTo(second.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void anotherSeedGivesAnotherDossier() throws IOException {
    Map<String, byte[]> one = files(generate(tmp.resolve("a"), 5, 10, 1));
    Map<String, byte[]> two = files(generate(tmp.resolve("b"), 5, 10, 2));
    assertThat(one.get("actors.yaml")).isNotEqualTo(two.get("actors.yaml"));
  }

  @Test
  void articlesWeighFourToEightKilobytesOnAverage() throws IOException {
    SyntheticDossier.Generated g = new SyntheticDossier(new SyntheticDossier.Spec(40, 50, 3)).writeTo(tmp);
    long total = 0;
    for (String id : g.articleIds()) {
      long size = Files.size(tmp.resolve(id + ".txt"));
      assertThat(size).as(id).isBetween(3_000L, 10_000L);
      total += size;
    }
    assertThat(total / 40).isBetween(4_096L, 8_192L);
  }

  @Test
  void registryCompilesWithoutProblemsAndEveryArticleIsReadable() throws IOException {
    generate(tmp, 10, 300, 5);
    Problems problems = new Problems();
    Seeds seeds = new SeedScanner(new YamlReader()).scan(tmp, problems);
    ActorMatcher.build(seeds.registry(), problems);
    assertThat(problems.sorted()).isEmpty();
    assertThat(seeds.articles()).hasSize(10);
    assertThat(seeds.registry().size()).isEqualTo(300);
    assertThat(seeds.config().glyphs().lookup(0xE008)).isEqualTo("1");
  }

  @Test
  void everyMentionIsFoundInTheUndamagedTextWithItsClitic() {
    List<SyntheticActor> actors = new ActorForge(new java.util.SplittableRandom(9)).forge(200);
    Problems problems = new Problems();
    ActorMatcher matcher = ActorMatcher.build(registry(actors), problems);
    for (int i = 0; i < 30; i++) {
      Draft draft = new ArticleComposer(actors, new java.util.SplittableRandom(i)).compose(5000);
      List<String> found = new ArrayList<>();
      for (Draft.Block b : draft.blocks()) {
        if (b.kind() == Draft.Kind.PARAGRAPH) {
          matcher.match(0, b.text()).forEach(m -> found.add(m.actor().value()));
        }
      }
      assertThat(draft.mentioned()).hasSizeBetween(2, 8);
      assertThat(found).as("article %d", i).containsExactlyInAnyOrderElementsOf(draft.mentioned());
    }
  }

  private static org.malaf.ingest.ActorRegistry registry(List<SyntheticActor> actors) {
    List<org.malaf.ingest.Actor> list = new ArrayList<>();
    for (SyntheticActor a : actors) {
      list.add(new org.malaf.ingest.Actor(new org.malaf.ingest.ActorId(a.id()), a.name(), a.kind(), a.aliases(),
          List.of(), a.description(), List.of(), org.malaf.diag.SourcePosition.of(Path.of("actors.yaml"))));
    }
    return org.malaf.ingest.ActorRegistry.of(list);
  }

  static Path generate(Path dir, int articles, int actors, long seed) throws IOException {
    new SyntheticDossier(new SyntheticDossier.Spec(articles, actors, seed)).writeTo(dir);
    return dir;
  }

  static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        out.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
