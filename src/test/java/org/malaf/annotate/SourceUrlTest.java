package org.malaf.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceUrlTest {

  @Test
  void labelsWellKnownPublishersByName() {
    assertThat(SourceUrl.parse("https://www.aljazeera.net/news/1").label()).isEqualTo("الجزيرة نت");
    assertThat(SourceUrl.parse("https://arabic.rt.com/x").label()).isEqualTo("RT عربي");
    assertThat(SourceUrl.parse("https://www.rt.com/x").label()).isEqualTo("RT");
    assertThat(SourceUrl.parse("https://en.qantara.de/content/x").label()).isEqualTo("Qantara.de");
  }

  @Test
  void labelsOtherSourcesByDomainWithoutWww() {
    SourceUrl url = SourceUrl.parse("https://WWW.Example.org:8443/a?b#c");

    assertThat(url.host()).isEqualTo("example.org");
    assertThat(url.label()).isEqualTo("example.org");
  }

  @Test
  void showsInternationalisedDomainsInUnicode() {
    assertThat(SourceUrl.parse("https://xn--4gbrim.xn--wgbh1c/p").host()).isEqualTo("موقع.مصر");
  }

  @Test
  void aDossierCanAddPublishers() {
    Publishers publishers = Publishers.defaults().with(Map.of("TimesOfMiddleEast.com", "Times of Middle East"));

    assertThat(SourceUrl.parse("https://timesofmiddleeast.com/x", publishers).label()).isEqualTo("Times of Middle East");
  }

  @Test
  void keepsTheRawUrlByteForByte() {
    String raw = "https://www.aljazeera.net/news/%D9%87%D8%AC%25";

    assertThat(SourceUrl.parse(raw).raw()).isEqualTo(raw);
  }

  @Test
  void linksOnlyToWebUrls() {
    assertThat(SourceUrl.parse("javascript:alert(1)").href()).isEmpty();
    assertThat(SourceUrl.parse("data:text/html,x").href()).isEmpty();
    assertThat(SourceUrl.parse("https://x.org/%D8%A").href()).isEqualTo("https://x.org/%D8%25A");
  }

  @Test
  void readsEverySourceOfSeed002() throws IOException {
    List<String> urls = lines("/fixtures/sources/seed-002/input.txt");
    List<String> expected = lines("/fixtures/sources/seed-002/expected.tsv").stream()
        .filter(l -> !l.startsWith("#")).toList();

    assertThat(urls).hasSameSizeAs(expected).hasSize(7);
    for (int i = 0; i < urls.size(); i++) {
      SourceUrl url = SourceUrl.parse(urls.get(i));
      assertThat(String.join("\t", url.label(), url.host(), Boolean.toString(url.truncated()), url.readable()))
          .as(urls.get(i)).isEqualTo(expected.get(i));
      assertThat(url.href()).isEqualTo(urls.get(i));
    }
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = SourceUrlTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }
}
