package org.malaf.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.malaf.Pipeline;
import org.malaf.config.DossierConfig;
import org.malaf.config.GlyphMap;
import org.malaf.config.YamlReader;
import org.malaf.diag.Problems;
import org.malaf.link.Dossier;

class FeedPagesTest {

  private static final DossierConfig NO_URL = new DossierConfig("ملف", "", "ar", "", GlyphMap.EMPTY);

  private static String baseUrl(DossierConfig config, String flag, Problems problems) {
    return FeedPages.baseUrl(config, flag, Path.of("seeds"), new YamlReader(), problems);
  }

  @Test
  void theFlagWinsAndAFinalSlashIsAdded() {
    Problems problems = new Problems();
    DossierConfig config = new DossierConfig("ملف", "", "ar", "https://a.example/", GlyphMap.EMPTY);
    assertThat(baseUrl(config, "https://b.example/dossier", problems)).isEqualTo("https://b.example/dossier/");
    assertThat(baseUrl(config, null, problems)).isEqualTo("https://a.example/");
    assertThat(baseUrl(NO_URL, null, problems)).isEmpty();
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void aUrlThatIsNotHttpIsAnErrorNamingTheFlag() {
    for (String bad : new String[] {"ftp://x.example/", "javascript:alert(1)", "example.org/dossier/",
        "https://x.example/?q=1", "https:///nohost/"}) {
      Problems problems = new Problems();
      assertThat(baseUrl(NO_URL, bad, problems)).as(bad).isEmpty();
      assertThat(problems.sorted()).as(bad).singleElement()
          .satisfies(p -> assertThat(p.format()).startsWith("--base-url: error: the base URL '" + bad + "'"));
    }
  }

  @Test
  void escapesTextForXmlAndDropsWhatXmlCannotCarry() {
    assertThat(FeedPages.escape("«حفتر» & <Wagner> \"x\" 'y'\u0001")).isEqualTo(
        "«حفتر» &amp; &lt;Wagner&gt; &quot;x&quot; &apos;y&apos;");
  }

  @Test
  void theFeedAndSitemapUseArticleDatesAndAbsoluteUrlsOnly() {
    Dossier dossier = new Pipeline().analyse(Path.of("seeds"), "https://example.org/d/", new Problems(),
        new LinkedHashMap<>()).dossier();
    String feed = FeedPages.feed(dossier, dossier.config().baseUrl());
    String sitemap = FeedPages.sitemap(dossier, dossier.config().baseUrl());
    assertThat(feed).contains("<updated>2019-07-05T00:00:00Z</updated>")
        .contains("<id>https://example.org/d/articles/")
        .contains("xml:lang=\"ar\"");
    assertThat(sitemap).contains("<loc>https://example.org/d/index.html</loc><lastmod>2019-07-05</lastmod>")
        .contains("<loc>https://example.org/d/actors/haftar.html</loc>");
    assertThat(FeedPages.feed(dossier, dossier.config().baseUrl())).isEqualTo(feed);
    assertThat(feed.indexOf("<published>2019-07-05")).isLessThan(feed.indexOf("<published>2016-"));
  }
}
