package org.malaf.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The general grammar evidence for which word may follow which, on words and pairs written for this test. */
class JunctionsTest {

  private final ArticleStats stats = new ArticleStats();

  private double g(String a, String b) {
    return new Junctions(stats).grammar(stats.info(a), stats.info(b));
  }

  @Test
  void aPrepositionIsNotFollowedByAClauseOpeningConjunction() {
    assertThat(g("إلى", "وقال")).isLessThan(g("إلى", "المدرسة"));
    assertThat(g("على", "وسافر")).isLessThan(0);
  }

  @Test
  void aSentenceEndIsFollowedByAnOpenerRatherThanAnAdjective() {
    assertThat(g("الماضي.", "وأعلن")).isGreaterThan(g("الماضي.", "الكبيرة"));
    assertThat(g("أمس.", "هذه")).isGreaterThan(g("أمس.", "الجديدة"));
  }

  @Test
  void aDefiniteNounTakesADefiniteAdjectiveNotAnIndefiniteOne() {
    assertThat(g("المدينة", "الساحلية")).isGreaterThan(g("المدينة", "ساحلية"));
    assertThat(g("المدينة", "ساحلية")).isLessThan(0);
  }

  @Test
  void aNearDemonstrativeTakesADefiniteNoun() {
    assertThat(g("هذه", "الرحلة")).isGreaterThan(g("هذه", "وسافر"));
  }

  @Test
  void punctuationNeverStartsAWordAfterASpace() {
    assertThat(g("الكتاب", "،")).isLessThan(-3);
  }

  @Test
  void aPairSeenElsewhereInTheArticleIsEvidenceButNotForItself() {
    ArticleStats counts = new ArticleStats();
    counts.addLine(List.of("زار", "الطبيب", "القرية", "الجبلية", "أمس"));
    Junctions j = new Junctions(counts);
    WordInfo a = counts.info("القرية");
    WordInfo b = counts.info("الجبلية");
    WordInfo[] line = {counts.info("زار"), counts.info("الطبيب"), a, b, counts.info("أمس")};
    assertThat(j.score(a, b, null, null)).isGreaterThan(j.score(a, b, line, null));
  }
}
