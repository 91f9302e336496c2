package org.malaf.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdTest {

  @Test
  void acceptsAsciiLettersDigitsHyphensAndUnderscoresAfterALetterOrDigit() {
    assertThat(ArticleId.isValid("000_ec8d3b60c03d02b9")).isTrue();
    assertThat(ArticleId.isValid("Wagner-in-Libya_2")).isTrue();
    assertThat(ArticleId.isValid("a".repeat(100))).isTrue();
    assertThat(ArticleId.isValid("con1")).as("only the device names themselves are reserved").isTrue();
  }

  @Test
  void refusesWhatCouldNameAnotherPathOrAWindowsDevice() {
    assertThat(ArticleId.isValid("")).isFalse();
    assertThat(ArticleId.isValid("_hidden")).isFalse();
    assertThat(ArticleId.isValid("-rf")).isFalse();
    assertThat(ArticleId.isValid("../etc")).isFalse();
    assertThat(ArticleId.isValid("a/b")).isFalse();
    assertThat(ArticleId.isValid("a b")).isFalse();
    assertThat(ArticleId.isValid("مقال")).isFalse();
    assertThat(ArticleId.isValid("a".repeat(101))).isFalse();
    assertThat(ArticleId.isValid("CON")).isFalse();
    assertThat(ArticleId.isValid("lpt9")).isFalse();
    assertThatThrownBy(() -> new ArticleId("Nul")).isInstanceOf(IllegalArgumentException.class);
  }
}
