package org.malaf.explore.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.malaf.explore.TestDossier;
import org.malaf.ingest.ActorKind;
import org.malaf.render.SiteContext;

class PreviewsTest {

  @Test
  void bucketIsFnv1aOfThePathAsPopoverJsComputesIt() {
    // FNV-1a 32-bit test vectors (ASCII, so UTF-16 units are the bytes)
    assertThat(Previews.bucket("a", Integer.MAX_VALUE)).isEqualTo((int) (0xe40c292cL % Integer.MAX_VALUE));
    assertThat(Previews.bucket("foobar", Integer.MAX_VALUE)).isEqualTo((int) (0xbf9cf968L % Integer.MAX_VALUE));
  }

  @Test
  void previewsAreSplitIntoBucketsByPath() {
    Map<String, Previews.Preview> all = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      all.put("actors/a" + i + ".html", new Previews.Preview("actor", "اسم " + i, "", ""));
    }
    Previews previews = new Previews(all);
    assertThat(previews.bucketCount()).isEqualTo(3);
    int total = 0;
    for (int b = 0; b < 3; b++) {
      String js = new String(previews.bucketScript(b), StandardCharsets.UTF_8);
      assertThat(js).startsWith("(self.malafPreviews||(self.malafPreviews={}))[\"b" + b + "\"]=JSON.parse('{");
      total += js.split("\"kind\"").length - 1;
    }
    assertThat(total).isEqualTo(1000);
    assertThat(new String(previews.metaScript(), StandardCharsets.UTF_8)).contains("{\"v\":1,\"buckets\":3}");
  }

  @Test
  void summariesGiveKindCountAndFirstSentence() {
    var dossier = new TestDossier().actor("haftar", "حفتر", ActorKind.PERSON)
        .article("a", "2019-07-05", "heading:عنوان فرعي", "وصل حفتر إلى موسكو. ثم عاد.", "حفتر مرة أخرى.").link();
    Map<String, Previews.Preview> previews = Summaries.of(new SiteContext(dossier));
    assertThat(previews.get("actors/haftar.html"))
        .isEqualTo(new Previews.Preview("actor", "حفتر", "شخص · الإشارات: 2", "وصل حفتر إلى موسكو."));
    Previews.Preview article = previews.get("articles/article-a.html");
    assertThat(article.kind()).isEqualTo("article");
    assertThat(article.text()).isEqualTo("وصل حفتر إلى موسكو.");
    assertThat(article.meta()).contains("2019");
  }

  @Test
  void markdownIsReducedToItsWords() {
    assertThat(Summaries.plain("**قائد** [[actor:x|الجيش]] في [ليبيا](https://example.org).", null))
        .isEqualTo("قائد الجيش في ليبيا.");
  }
}
