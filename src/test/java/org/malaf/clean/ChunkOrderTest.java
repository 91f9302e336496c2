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

  @Test
  void findsWhereAReversedLineBeganFromTheSentenceItOpens() {
    // A new paragraph starts with a و-clause; its first line was cut inside الجز|يرة and written in reverse.
    String text = "عاد المزارعون إلى قريتهم بعد موسم الحصاد.\n\n"
        + "يرة الخضراء قبل الفجر، وحمل الصيادون شباكهم إلى الجز\n"
        + "وعادوا مساء اليوم نفسه.\n";
    assertThat(Articles.texts(Articles.clean(text))).containsExactly("عاد المزارعون إلى قريتهم بعد موسم الحصاد.",
        "وحمل الصيادون شباكهم إلى الجزيرة الخضراء قبل الفجر، وعادوا مساء اليوم نفسه.");
  }

  @Test
  void leavesALineThatStartsWithAVerbAndEndsWithRaAlone() {
    String text = "يعمل الفلاحون في الحقول منذ الصباح حتى العصر\nثم يعودون إلى بيوتهم.\n";
    assertThat(Articles.texts(Articles.clean(text)))
        .containsExactly("يعمل الفلاحون في الحقول منذ الصباح حتى العصر ثم يعودون إلى بيوتهم.");
  }

  @Test
  void aParagraphsFirstLineStartsWithTheClauseAfterTheLastSentence() {
    String text = "أعلنت الحكومة أمس عن خطة جديدة لدعم المزارعين في الريف.\n\n"
        + "ير الزراعة إن الخطة تشمل تقديم قروض ميسرة وقال وز\n"
        + "للمزارعين الصغار وتوزيع البذور مجانًا عليهم.\n";
    assertThat(Articles.texts(Articles.clean(text))).containsExactly(
        "أعلنت الحكومة أمس عن خطة جديدة لدعم المزارعين في الريف.",
        "وقال وزير الزراعة إن الخطة تشمل تقديم قروض ميسرة للمزارعين الصغار وتوزيع البذور مجانًا عليهم.");
  }

  @Test
  void putsBackFourChunksCutAroundAShaddaAndBetweenZainAndYa() {
    // "… أمّا العمال … جزيلة من الشركة." cut at أم|ّ|ا and جز|يلة: four chunks written in reverse order.
    String text = "يلة من الشركة. ا العمال فسيحصلون على تعويضات جز \uE285وأعلن المدير أن المصنع سيغلق، أم\n";
    assertThat(Articles.texts(Articles.clean(text)))
        .containsExactly("وأعلن المدير أن المصنع سيغلق، أمّا العمال فسيحصلون على تعويضات جزيلة من الشركة.");
  }
}
