package org.malaf.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ActorKind;
import org.malaf.ingest.ActorRegistry;

class ActorMatcherTest {

  private static final List<Actor> ACTORS = List.of(
      actor("haftar", List.of("خليفة حفتر", "حفتر"), List.of("شارع حفتر في موسكو")),
      actor("moscow", List.of("موسكو")),
      actor("russia", List.of("روسيا")),
      actor("uae", List.of("الإمارات العربية المتحدة", "الإمارات")),
      actor("france", List.of("فرنسا")),
      actor("egypt", List.of("مصر")),
      actor("lavrov", List.of("سيرغي لافروف", "سيرجي لافروف", "لافروف")),
      actor("gaddafi", List.of("معمر القذافي", "القذافي")),
      actor("saif", List.of("سيف الإسلام القذافي")),
      actor("sanalla", List.of("مصطفى صنع الله")),
      actor("latakia", List.of("اللاذقية")),
      actor("kremlin", List.of("الكرملين")),
      actor("telegraph", List.of("Telegraph", "ديلي تلغراف")),
      actor("rbc", List.of("RBC")),
      actor("bayda", List.of("البيضاء"), List.of("الدار البيضاء")));

  private final ActorMatcher matcher = ActorMatcher.build(ActorRegistry.of(ACTORS), new Problems());

  @Test
  void findsNamesBehindEveryProclitic() {
    List<Mention> found = match("قال لحفتر ثم بموسكو ثم والإمارات ثم للإمارات ثم فبموسكو ثم وبحفتر ثم كروسيا ثم وللإمارات");
    assertThat(found).extracting(Mention::surface)
        .containsExactly("لحفتر", "بموسكو", "والإمارات", "للإمارات", "فبموسكو", "وبحفتر", "كروسيا", "وللإمارات");
    assertThat(found).extracting(m -> m.actor().value())
        .containsExactly("haftar", "moscow", "uae", "uae", "moscow", "haftar", "russia", "uae");
  }

  @Test
  void mentionSpanCoversTheWholeWordWithItsClitics() {
    String text = "زار وفد لموسكو أمس";
    Mention mention = match(text).get(0);
    assertThat(mention.start()).isEqualTo(text.indexOf("لموسكو"));
    assertThat(mention.end()).isEqualTo(text.indexOf(" أمس"));
    assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.surface()).isEqualTo("لموسكو");
  }

  @Test
  void namesThatBeginWithACliticLetterStillMatchWithAndWithoutClitics() {
    assertThat(match("فرنسا ولفرنسا ولافروف وللاذقية")).extracting(m -> m.actor().value())
        .containsExactly("france", "france", "lavrov", "latakia");
  }

  @Test
  void matchesEveryListedSpelling() {
    assertThat(match("سيرغي لافروف وسيرجي لافروف ولافروف")).extracting(m -> m.actor().value())
        .containsExactly("lavrov", "lavrov", "lavrov");
  }

  @Test
  void foldsAlefYaAndTaMarbutaVariantsOfTheText() {
    assertThat(match("الامارات وخليفه حفتر ومصطفي صنع الله")).extracting(Mention::surface)
        .containsExactly("الامارات", "وخليفه حفتر", "ومصطفي صنع الله");
  }

  @Test
  void ignoresTashkeelTatweelAndPresentationForms() {
    assertThat(match("حَفْتَر وحفــتر ومـوسـكـو ﺣﻔﺘﺮ")).extracting(m -> m.actor().value())
        .containsExactly("haftar", "haftar", "moscow", "haftar");
  }

  @Test
  void longestAliasWinsOverTheShorterOneInsideIt() {
    assertThat(match("سيف الإسلام القذافي ابن معمر القذافي، والقذافي"))
        .extracting(m -> m.actor().value() + ":" + m.surface())
        .containsExactly("saif:سيف الإسلام القذافي", "gaddafi:معمر القذافي", "gaddafi:والقذافي");
    assertThat(match("من مصر والإمارات العربية المتحدة ودول"))
        .extracting(m -> m.actor().value() + ":" + m.surface())
        .containsExactly("egypt:مصر", "uae:والإمارات العربية المتحدة");
  }

  @Test
  void multiWordAliasTakesCliticsOnItsFirstWordOnly() {
    assertThat(match("لقاء حفتر بسيرجي لافروف")).extracting(Mention::surface)
        .containsExactly("حفتر", "بسيرجي لافروف");
  }

  @Test
  void multiWordAliasDoesNotReachAcrossPunctuation() {
    assertThat(match("الإمارات، العربية المتحدة")).extracting(Mention::surface).containsExactly("الإمارات");
  }

  @Test
  void neverMatchesInsideALongerWord() {
    assertThat(match("وحفترية ومحفتر حفترستان المصري مصراتة موسكوفي")).isEmpty();
  }

  @Test
  void adjectivesAreNotTheCountry() {
    assertThat(match("القوات الروسية والروس ووكالات روسية والروسي")).isEmpty();
  }

  @Test
  void excludePhraseSuppressesOnlyItsOwnActor() {
    assertThat(match("وصل إلى شارع حفتر في موسكو ثم التقى حفتر"))
        .extracting(m -> m.actor().value() + ":" + m.surface())
        .containsExactly("moscow:موسكو", "haftar:حفتر");
    assertThat(match("في الدار البيضاء وفي البيضاء وبالدار البيضاء")).extracting(Mention::surface)
        .containsExactly("البيضاء");
  }

  @Test
  void latinAliasesMatchWholeWordsInAnyCase() {
    assertThat(match("صحيفة Telegraph ثم telegraph ثم TELEGRAPHS ثم RBC's ثم RBCX"))
        .extracting(Mention::surface).containsExactly("Telegraph", "telegraph", "RBC");
  }

  @Test
  void skipsSourceBlocksButCountsThemInBlockNumbers() {
    List<Block> blocks = List.of(
        new Block(BlockType.HEADING, "حفتر في موسكو", 1, 1),
        new Block(BlockType.SOURCE, "https://example.org/حفتر", 2, 2),
        new Block(BlockType.PARAGRAPH, "قال الكرملين إن حفتر", 3, 3));
    assertThat(matcher.match(blocks)).extracting(m -> m.block() + ":" + m.actor().value())
        .containsExactly("0:haftar", "0:moscow", "2:kremlin", "2:haftar");
  }

  @Test
  void mentionsComeInTextOrder() {
    List<Mention> found = match("روسيا ثم حفتر ثم موسكو ثم روسيا");
    List<Integer> starts = new ArrayList<>(found.stream().map(Mention::start).toList());
    assertThat(starts).isSorted().hasSize(4);
  }

  private List<Mention> match(String paragraph) {
    return matcher.match(List.of(new Block(BlockType.PARAGRAPH, paragraph, 1, 1)));
  }

  static Actor actor(String id, List<String> aliases) {
    return actor(id, aliases, List.of());
  }

  static Actor actor(String id, List<String> aliases, List<String> exclude) {
    return new Actor(new ActorId(id), aliases.get(0), ActorKind.PERSON, aliases, exclude, "", List.of(),
        new SourcePosition(Path.of("seeds/actors.yaml"), 1, 5));
  }
}
