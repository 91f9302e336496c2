package org.malaf.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UrlDecodingTest {

  @Test
  void decodesPercentEncodedArabicPath() {
    UrlDecoding.Decoded d = UrlDecoding.decode("https://ar.wikipedia.org/wiki/%D8%AE%D9%84%D9%8A%D9%81%D8%A9_%D8%AD%D9%81%D8%AA%D8%B1");

    assertThat(d.text()).isEqualTo("https://ar.wikipedia.org/wiki/خليفة_حفتر");
    assertThat(d.truncated()).isFalse();
  }

  @Test
  void keepsPlusAsPlusBecauseItIsNotASpaceInAPath() {
    assertThat(UrlDecoding.decode("https://x.org/a+b?q=%D9%85+1").text()).isEqualTo("https://x.org/a+b?q=م+1");
  }

  @Test
  void keepsReservedAndSpaceEscapesSoTheUrlReadsTheSame() {
    assertThat(UrlDecoding.decode("https://x.org/a%2Fb%3Fc%23d%25e%20f%41").text())
        .isEqualTo("https://x.org/a%2Fb%3Fc%23d%25e%20fA");
  }

  @Test
  void keepsBidiControlsAndControlCharactersEscaped() {
    assertThat(UrlDecoding.decode("https://x.org/%E2%80%AEabc%00%0A").text()).isEqualTo("https://x.org/%E2%80%AEabc%00%0A");
  }

  @Test
  void keepsMalformedEscapesAsWritten() {
    UrlDecoding.Decoded d = UrlDecoding.decode("https://x.org/%ZZ%FF%C3%28%ED%A0%80%C0%AF-%D9%85");

    assertThat(d.text()).isEqualTo("https://x.org/%ZZ%FF%C3%28%ED%A0%80%C0%AF-م");
    assertThat(d.truncated()).isFalse();
  }

  @Test
  void decodesFourByteSequences() {
    assertThat(UrlDecoding.decode("https://x.org/%F0%9F%98%80").text()).isEqualTo("https://x.org/😀");
  }

  @Test
  void detectsUrlCutAfterAReEncodedPercent() {
    UrlDecoding.Decoded d = UrlDecoding.decode("https://x.org/%D8%AA%D8%B1%25");

    assertThat(d.text()).isEqualTo("https://x.org/تر…");
    assertThat(d.truncated()).isTrue();
  }

  @Test
  void detectsUrlCutInsideAReEncodedEscapeAndDropsTheDanglingLeadByte() {
    UrlDecoding.Decoded d = UrlDecoding.decode("https://x.org/%D8%B1%D9%88%D8%B3%D9%8A%D9%8A%D9%258");

    assertThat(d.text()).isEqualTo("https://x.org/روسيي…");
    assertThat(d.truncated()).isTrue();
  }

  @Test
  void detectsUrlCutInsideAnEscape() {
    assertThat(UrlDecoding.decode("https://x.org/%D9%85%D8%A")).isEqualTo(new UrlDecoding.Decoded("https://x.org/م…", true));
    assertThat(UrlDecoding.decode("https://x.org/%D9%85%")).isEqualTo(new UrlDecoding.Decoded("https://x.org/م…", true));
  }

  @Test
  void detectsUrlCutInsideAUtf8Sequence() {
    assertThat(UrlDecoding.decode("https://x.org/%D9%85%D9")).isEqualTo(new UrlDecoding.Decoded("https://x.org/م…", true));
    assertThat(UrlDecoding.decode("https://x.org/%F0%9F%98")).isEqualTo(new UrlDecoding.Decoded("https://x.org/…", true));
  }

  @Test
  void anIncompleteSequenceInsideTheUrlIsMalformedNotTruncated() {
    UrlDecoding.Decoded d = UrlDecoding.decode("https://x.org/%D9-%D9%85");

    assertThat(d).isEqualTo(new UrlDecoding.Decoded("https://x.org/%D9-م", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%", "%%", "%2", "%25", "%%25%", "%E2%80", "https://", "://", "%zz%", "\u0000", "%C0%80%"})
  void neverThrows(String raw) {
    assertThatCode(() -> UrlDecoding.decode(raw)).doesNotThrowAnyException();
    assertThatCode(() -> SourceUrl.parse(raw)).doesNotThrowAnyException();
    assertThatCode(() -> UrlDecoding.hrefSafe(raw)).doesNotThrowAnyException();
  }

  @Test
  void hrefKeepsValidUrlsByteForByte() {
    String url = "https://www.aljazeera.net/news/%D9%87%D8%AC%D9%88%D9%85?a=1&b=%2B";

    assertThat(UrlDecoding.hrefSafe(url)).isEqualTo(url);
  }

  @Test
  void hrefEscapesWhatHtmlForbidsInAUrl() {
    assertThat(UrlDecoding.hrefSafe("https://x.org/a b/%D8%A/م\"<")).isEqualTo("https://x.org/a%20b/%D8%25A/%D9%85%22%3C");
  }
}
