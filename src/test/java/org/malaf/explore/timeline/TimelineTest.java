package org.malaf.explore.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaf.explore.TestDossier;
import org.malaf.ingest.ActorKind;
import org.malaf.link.Dossier;

class TimelineTest {

  private final Dossier dossier = new TestDossier()
      .actor("haftar", "حفتر", ActorKind.PERSON)
      .actor("moscow", "موسكو", ActorKind.PLACE)
      .actor("un", "الأمم المتحدة", ActorKind.ORGANISATION)
      .article("002", "2019-07-05",
          "منذ أن بدأ حفتر هجومه في أبريل/نيسان 2019، حاولت روسيا.",
          "pullquote:ففي 7 من أبريل/نيسان الماضي، منعت روسيا صدور بيان",
          "التصريحات الروسية طغت عليها تحركات صريحة دعمًا لحفتر، ففي 7 من أبريل/نيسان الماضي، منعت روسيا صدور بيان.",
          "وقال إن حملة الحلف عام 2011 في ليبيا أسفرت عن الفوضى.")
      .article("000", "2016-11-28",
          "وصل حفتر إلى موسكو أمس الأحد لإجراء مباحثات.",
          "زار موسكو يوم 27 من يونيو/ حزيران الماضي. وبحث الأزمة. ثم عاد في 27 من حزيران/ يونيو الماضي.",
          "حظر تفرضه الأمم المتحدة منذ عام 2011، في الوقت الذي.")
      .link();

  private final List<TimelineEvent> events = new Timeline().events(dossier);

  @Test
  void eventsRunEarliestFirstAcrossArticles() {
    assertThat(events).extracting(e -> e.date().iso())
        .containsExactly("2011", "2011", "2016-06-27", "2016-11-27", "2019-04", "2019-04-07");
    // same date: the older article's event first
    assertThat(events.get(0).article().value()).isEqualTo("000");
    assertThat(events.get(1).article().value()).isEqualTo("002");
  }

  @Test
  void aDateRepeatedInTheSameParagraphIsOneEventAndPullQuotesAreSkipped() {
    assertThat(events).filteredOn(e -> e.date().iso().equals("2016-06-27")).hasSize(1);
    assertThat(events).filteredOn(e -> e.date().iso().equals("2019-04-07")).singleElement()
        .satisfies(e -> assertThat(e.block()).isEqualTo(2));
  }

  @Test
  void eachEventHasItsSentenceWithTheDateMarkedAndTheParagraphsActors() {
    TimelineEvent june = events.get(2);
    assertThat(june.block()).isEqualTo(1);
    assertThat(june.sentence()).isEqualTo("زار موسكو يوم 27 من يونيو/ حزيران الماضي.");
    assertThat(june.sentence().substring(june.markStart(), june.markEnd())).isEqualTo("27 من يونيو/ حزيران الماضي");
    assertThat(june.actors()).extracting(a -> a.value()).containsExactly("moscow");
    assertThat(events.get(0).actors()).extracting(a -> a.value()).containsExactly("un");
    assertThat(events.get(3).actors()).extracting(a -> a.value()).containsExactly("haftar", "moscow");
  }

  @Test
  void uncertainDatesSayWhy() {
    assertThat(events).extracting(e -> e.date().basis()).containsExactly(DateBasis.STATED, DateBasis.STATED,
        DateBasis.YEAR_INFERRED, DateBasis.RELATIVE, DateBasis.STATED, DateBasis.YEAR_INFERRED);
  }

  @Test
  void isoDatesAreZeroPaddedAsHtmlTimeWantsThem() {
    assertThat(TimelineDate.ofYear(987, DateBasis.RELATIVE).iso()).isEqualTo("0987");
    assertThat(TimelineDate.ofMonth(2019, 4, DateBasis.STATED).iso()).isEqualTo("2019-04");
    assertThat(TimelineDate.ofDay(LocalDate.of(2016, 6, 7), DateBasis.STATED).iso()).isEqualTo("2016-06-07");
    assertThat(TimelineDate.ofYear(12345, DateBasis.STATED).iso()).isEqualTo("12345");
    assertThat(TimelineDate.ofDay(LocalDate.of(-5, 3, 1), DateBasis.STATED).iso())
        .isEqualTo(String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", -5, 3, 1));
  }
}
