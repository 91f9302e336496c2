package org.malaf.annotate.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaf.annotate.ActorMatcher;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.clean.CleanArticle;
import org.malaf.config.GlyphMap;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ActorKind;
import org.malaf.ingest.ActorRegistry;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.RawArticle;
import org.malaf.ingest.Sidecar;

class NameSuggesterTest {

  private static final List<CleanArticle> ARTICLES = List.of(
      article("a1",
          "قال الرئيس الروسي فلاديمير بوتين إن موسكو تدعم الحل السياسي.",
          "والتقى بوتين بالمشير خليفة حفتر في الكرملين، وقالت صحيفة “نوفايا غازيتا” إن اللقاء كان سريًا."),
      article("a2",
          "وأكد فلاديمير بوتين أن روسيا لن تتدخل. ونقلت صحيفة “نوفايا غازيتا” عن مصدر أن المشير خليفة حفتر طلب السلاح.",
          "في الوقت نفسه، قال المتحدث باسم الكرملين إن مجلس الأمن الدولي سيجتمع. وأضاف أن مجلس الأمن الدولي منقسم."));

  @Test
  void suggestsNamesAfterTitlesAndRecurringPhrasesButNotRegisteredOnes() {
    List<Suggestion> found = suggester(actor("moscow", "موسكو"), actor("russia", "روسيا"),
        actor("haftar", "خليفة حفتر", "حفتر")).suggest(ARTICLES, 2);

    assertThat(found).extracting(s -> s.count() + " " + s.name() + " " + s.cues())
        .containsExactly(
            "2 الكرملين [المتحدث باسم]",
            "2 فلاديمير بوتين [الرئيس]",
            "2 مجلس الأمن الدولي []",
            "2 نوفايا غازيتا [صحيفة]");
  }

  @Test
  void givesTheFirstOccurrenceWithItsSentence() {
    Suggestion putin = suggester().suggest(ARTICLES, 2).stream()
        .filter(s -> s.name().equals("فلاديمير بوتين")).findFirst().orElseThrow();

    assertThat(putin.article()).isEqualTo(new ArticleId("a1"));
    assertThat(putin.paragraph()).isEqualTo(1);
    assertThat(putin.where()).isEqualTo(new SourcePosition(Path.of("seeds/a1.txt"), 1, 0));
    assertThat(putin.sample()).isEqualTo("قال الرئيس الروسي فلاديمير بوتين إن موسكو تدعم الحل السياسي.");
  }

  @Test
  void aNameOverlappingARegisteredAliasIsNotSuggested() {
    List<Suggestion> found = suggester(actor("putin", "بوتين"), actor("kremlin", "الكرملين")).suggest(ARTICLES, 2);

    assertThat(found).extracting(Suggestion::name).doesNotContain("فلاديمير بوتين", "الكرملين")
        .contains("نوفايا غازيتا");
  }

  @Test
  void countsOccurrencesWithProcliticsAndShowsTheNameWithout() {
    List<CleanArticle> articles = List.of(article("a1",
        "قال الرئيس فلاديمير بوتين كلمته.", "ووصل لفلاديمير بوتين خطاب، ثم رد وفلاديمير بوتين صامت."));

    assertThat(suggester().suggest(articles, 2)).extracting(s -> s.count() + " " + s.name())
        .containsExactly("3 فلاديمير بوتين");
  }

  @Test
  void aCommonWordAfterOneTitleIsNotAName() {
    List<CleanArticle> articles = List.of(article("a1",
        "أقامت روسيا قاعدة عسكرية في سوريا، ولها مصالح عسكرية كثيرة.", "وتتابع الصحف التحليلات العسكرية."));

    assertThat(suggester().suggest(articles, 2)).extracting(Suggestion::name).doesNotContain("عسكرية");
  }

  @Test
  void aParagraphPastedTwiceDoesNotMakeItsPhrasesNames() {
    String twice = "طغت التصريحات الغامضة على تحركات دبلوماسية صريحة";
    List<CleanArticle> articles = List.of(article("a1", twice, twice));

    assertThat(suggester().suggest(articles, 2)).isEmpty();
  }

  @Test
  void raisingTheMinimumLeavesOutRarerNames() {
    assertThat(suggester().suggest(ARTICLES, 3)).isEmpty();
  }

  private static NameSuggester suggester(Actor... actors) {
    return new NameSuggester(ActorMatcher.build(ActorRegistry.of(List.of(actors)), new Problems()));
  }

  private static Actor actor(String id, String... aliases) {
    return new Actor(new ActorId(id), aliases[0], ActorKind.PERSON, List.of(aliases), List.of(), "", List.of(),
        new SourcePosition(Path.of("seeds/actors.yaml"), 1, 5));
  }

  private static CleanArticle article(String id, String... paragraphs) {
    Path file = Path.of("seeds/" + id + ".txt");
    Sidecar sidecar = new Sidecar(Path.of("seeds/" + id + ".yaml"), id, id, null, "", "", "", GlyphMap.EMPTY,
        List.of(), List.of());
    RawArticle raw = new RawArticle(new ArticleId(id), file, "UTF-8", String.join("\n\n", paragraphs), sidecar,
        GlyphMap.EMPTY);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      blocks.add(new Block(BlockType.PARAGRAPH, paragraphs[i], 2 * i + 1, 2 * i + 1));
    }
    return new CleanArticle(raw, blocks, List.of());
  }
}
