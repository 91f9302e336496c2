package org.malaf.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChunkOrderTest {

  @Test
  void joinsChunksCutBetweenZainAndYa() {
    // A paragraph's last line "سافر الصيادون إلى الجزيرة." cut inside الجز|يرة, its chunks written in reverse.
    CleanArticle a = Articles.clean("يرة. سافر الصيادون إلى الجز\n");
    assertThat(Articles.texts(a)).containsExactly("سافر الصيادون إلى الجزيرة.");
    assertThat(a.report()).anyMatch(r -> r.kind() == RepairKind.CHUNK_ORDER && r.at().line() == 1);
  }

  @Test
  void rejoinsChunksAroundAShaddaDrawnApart() {
    CleanArticle a = Articles.clean("د على أهمية المراجعة. \uE285قرأ الطالب الدرس ثم شد\n");
    assertThat(Articles.texts(a)).containsExactly("قرأ الطالب الدرس ثم شدّد على أهمية المراجعة.");
  }

  @Test
  void rejoinsAWordCutBeforeTaMarbuta() {
    CleanArticle a = Articles.clean("ة. زار الوفد المدينة القديم\n");
    assertThat(Articles.texts(a)).containsExactly("زار الوفد المدينة القديمة.");
  }

  @Test
  void leavesAnIntactLineAlone() {
    CleanArticle a = Articles.clean("يريد المزارع أن يبيع محصوله في السوق الكبير.\n");
    assertThat(Articles.texts(a)).containsExactly("يريد المزارع أن يبيع محصوله في السوق الكبير.");
    assertThat(a.report()).noneMatch(r -> r.kind() == RepairKind.CHUNK_ORDER);
  }

  @Test
  void movesANumberCutOffAtTheLineEndBackToTheEnd() {
    String text = "بدأ المشروع عام 1990 في الشمال.\n\n2015 ثم توسع إلى الجنوب عام\nوإلى الغرب بعد ذلك.\n";
    assertThat(Articles.texts(Articles.clean(text)))
        .contains("ثم توسع إلى الجنوب عام 2015 وإلى الغرب بعد ذلك.");
  }
}
