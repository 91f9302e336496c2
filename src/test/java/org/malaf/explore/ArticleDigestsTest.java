package org.malaf.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.ingest.ActorKind;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;
import org.malaf.link.Linker;
import org.malaf.render.PageJob;
import org.malaf.render.SiteContext;

class ArticleDigestsTest {

  private static TestDossier actors() {
    return new TestDossier().actor("haftar", "حفتر", ActorKind.PERSON).actor("moscow", "موسكو", ActorKind.PLACE);
  }

  private final Dossier first = actors()
      .article("a", "2019-07-05", "وصل حفتر إلى موسكو في 7 من أبريل/نيسان الماضي.", "ثم عاد.")
      .article("b", "2016-11-28", "زار موسكو أمس الأحد.")
      .article("c", "2017-01-02", "لا تاريخ هنا عن حفتر.")
      .link();

  /** The dossier after an edit of article b: a and c are the very objects the build cache hands back. */
  private final Dossier edited = relink(first, actors()
      .article("b", "2016-11-28", "زار موسكو أمس الأحد، وعاد إليها عام 2015 مع حفتر.")
      .link().article(new org.malaf.ingest.ArticleId("b")).orElseThrow().annotated());

  private static Dossier relink(Dossier dossier, AnnotatedArticle replacement) {
    List<AnnotatedArticle> articles = new ArrayList<>();
    for (LinkedArticle a : dossier.articles()) {
      articles.add(a.id().equals(replacement.id()) ? replacement : a.annotated());
    }
    return new Linker().link(dossier.config(), dossier.registry(), articles);
  }

  /** What a build writes for the explore pages: each data file's bytes, each page's model. */
  private static Map<String, String> output(ExplorePages pages, Dossier dossier) {
    Map<String, String> out = new TreeMap<>();
    for (PageJob job : pages.jobs(new SiteContext(dossier))) {
      out.put(job.path().value(), job.isTemplate() ? job.model().get().toString()
          : new String(job.raw().get(), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void aRebuildAfterAnEditWritesWhatAFreshBuildWrites() {
    ExplorePages serving = new ExplorePages();
    Map<String, String> before = output(serving, first);
    Map<String, String> after = output(serving, edited);
    assertThat(after).isEqualTo(output(new ExplorePages(), edited)).isNotEqualTo(before);
    assertThat(after.get("timeline.html")).contains("2015");
  }

  @Test
  void onlyTheEditedArticleIsDigestedAgain() {
    ArticleDigests digests = new ArticleDigests();
    List<ArticleDigest> once = digests.of(new SiteContext(first));
    List<ArticleDigest> again = digests.of(new SiteContext(edited));
    for (int i = 0; i < first.articles().size(); i++) {
      boolean same = first.articles().get(i).annotated() == edited.articles().get(i).annotated();
      assertThat(again.get(i) == once.get(i)).as("article %s", first.articles().get(i).id()).isEqualTo(same);
    }
    assertThat(again).filteredOn(d -> !once.contains(d)).hasSize(1);
  }
}
