package org.malaf.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.malaf.Pipeline;
import org.malaf.diag.Problems;
import org.malaf.link.Dossier;

class FeedPagesTest {

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
