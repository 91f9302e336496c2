package org.malaf.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.config.YamlReader;
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;
import org.malaf.ingest.ActorRegistry;
import org.malaf.ingest.RegistryLoader;

class ActorMatcherRegistryTest {

  private final Problems problems = new Problems();

  @Test
  void aliasSharedByTwoActorsIsAnErrorNamingBothAtTheSecondActor() {
    ActorMatcher matcher = build("""
        actors:
          - id: gaddafi
            name: معمر القذافي
            kind: person
            aliases: [القذافي]
          - id: saif
            name: سيف الإسلام القذافي
            kind: person
            aliases: [القذّافي]
        """);
    assertThat(lines()).containsExactly(
        "seeds/actors.yaml:6:5: error: alias «القذّافي» of actor 'saif' is also an alias of actor 'gaddafi'"
            + " (line 2; «القذافي» and «القذّافي» are the same once diacritics and letter variants"
            + " are folded) — keep the alias on one actor only, and give the other a longer alias such as the full name");
    // The first actor keeps the alias, so the build is still predictable while the error is fixed.
    assertThat(matcher.match(paragraph("قال القذافي"))).extracting(m -> m.actor().value()).containsExactly("gaddafi");
  }

  @Test
  void aliasThatFoldsToNothingIsAnError() {
    build("""
        actors:
          - id: haftar
            name: حفتر
            kind: person
            aliases: ["ـــ"]
        """);
    assertThat(lines()).containsExactly("seeds/actors.yaml:2:5: error: alias «ـــ» of actor 'haftar' has no letters"
        + " or digits left to match — write the name in letters, or remove the alias");
  }

  @Test
  void aliasSpelledLikeAFunctionWordIsAWarning() {
    build("""
        actors:
          - id: ali
            name: علي زيدان
            kind: person
            aliases: [علي, ع]
        """);
    assertThat(problems.sorted()).allMatch(p -> !p.isError());
    assertThat(lines()).containsExactlyInAnyOrder(
        "seeds/actors.yaml:2:5: warning: alias «علي» of actor 'ali' is spelled like the common word «علي» once folded,"
            + " and would match almost everywhere — use a longer alias such as the full name, or remove it",
        "seeds/actors.yaml:2:5: warning: alias «ع» of actor 'ali' is a single letter and would match almost everywhere"
            + " — use a longer alias, or remove it");
  }

  @Test
  void excludePhraseWithoutAnyAliasOfItsActorIsAWarning() {
    build("""
        actors:
          - id: bayda
            name: البيضاء
            kind: place
            exclude: [الدار البيضاء, الراية السوداء]
        """);
    assertThat(lines()).containsExactly("seeds/actors.yaml:2:5: warning: exclude phrase «الراية السوداء» of actor"
        + " 'bayda' contains none of its aliases, so it excludes nothing — write the whole phrase around one of the"
        + " aliases, e.g. «شارع حفتر» to keep «حفتر» out of a street name");
  }

  @Test
  void cleanRegistryHasNoProblemsEvenWhenOneActorRepeatsASpelling() {
    build("""
        actors:
          - id: mustafa
            name: مصطفى صنع الله
            kind: person
            aliases: [مصطفي صنع الله, سانالا]
          - id: uae
            name: الإمارات العربية المتحدة
            kind: country
            aliases: [الإمارات]
        """);
    assertThat(problems.sorted()).isEmpty();
  }

  private ActorMatcher build(String yaml) {
    Path file = Path.of("seeds/actors.yaml");
    ActorRegistry registry = new RegistryLoader(new YamlReader()).fromYaml(new YamlReader().parse(file, yaml), problems);
    return ActorMatcher.build(registry, problems);
  }

  private List<String> lines() {
    return problems.sorted().stream().map(Problem::format).toList();
  }

  private static List<Block> paragraph(String text) {
    return List.of(new Block(BlockType.PARAGRAPH, text, 1, 1));
  }
}
