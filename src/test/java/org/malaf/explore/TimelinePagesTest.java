package org.malaf.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaf.explore.model.TimelineEventView;
import org.malaf.explore.model.TimelinePage;
import org.malaf.ingest.ActorKind;
import org.malaf.render.SiteContext;

class TimelinePagesTest {

  private static SiteContext site(int years, int perYear) {
    List<String> blocks = new ArrayList<>();
    for (int y = 0; y < years; y++) {
      for (int k = 0; k < perYear; k++) {
        blocks.add("زار حفتر موسكو في " + (1 + k % 28) + " " + (k % 2 == 0 ? "يناير" : "كانون الثاني") + " " + (1990 + y)
            + "، وقال كلامًا كثيرًا عن Reuters والجيش.");
      }
    }
    return new SiteContext(new TestDossier().actor("haftar", "حفتر", ActorKind.PERSON)
        .actor("moscow", "موسكو", ActorKind.PLACE)
        .article("a", "2020-01-01", blocks.toArray(String[]::new)).link());
  }

  @Test
  void aSmallTimelineIsOnePageWithEveryEventLinkedToItsParagraph() {
    TimelinePageBuilder builder = new TimelinePageBuilder(site(3, 2));
    assertThat(builder.pageCount()).isEqualTo(1);
    TimelinePage page = builder.build(1);
    assertThat(page.years()).extracting(y -> y.year()).containsExactly("1990", "1991", "1992");
    TimelineEventView first = page.years().get(0).events().get(0);
    assertThat(first.iso()).isEqualTo("1990-01-01");
    assertThat(first.dateText()).isEqualTo("1 يناير 1990");
    assertThat(first.href()).isEqualTo("articles/article-a.html#p-1");
    assertThat(first.actors()).extracting(a -> a.id()).containsExactly("haftar", "moscow");
    assertThat(first.contextHtml()).contains("<mark><bdi>1</bdi> يناير <bdi>1990</bdi></mark>")
        .contains("<bdi>Reuters</bdi>");
    assertThat(page.previousHref()).isEmpty();
    assertThat(page.nextHref()).isEmpty();
  }

  @Test
  void aLargeTimelineContinuesOnNumberedPagesWithAYearIndexOnEach() {
    TimelinePageBuilder builder = new TimelinePageBuilder(site(4, 100));
    assertThat(builder.pageCount()).isEqualTo(2);
    assertThat(ExplorePaths.TIMELINE_PAGES.path(2).value()).isEqualTo("timeline/2.html");
    TimelinePage second = builder.build(2);
    assertThat(second.years().stream().mapToInt(y -> y.events().size()).sum()).isEqualTo(100);
    assertThat(second.previousHref()).isEqualTo("../timeline.html");
    assertThat(second.nextHref()).isEmpty();
    assertThat(second.yearIndex()).extracting(l -> l.href())
        .containsExactly("../timeline.html#y-1990", "../timeline.html#y-1991", "../timeline.html#y-1992", "2.html#y-1993");
    assertThat(second.years().get(0).events().get(0).href()).startsWith("../articles/");
    assertThat(builder.build(1).nextHref()).isEqualTo("timeline/2.html");
  }
}
