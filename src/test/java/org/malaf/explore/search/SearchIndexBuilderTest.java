package org.malaf.explore.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchIndexBuilderTest {

  /** Words with and without proclitics and the article, so readings link terms across articles. */
  private static final List<String> STEMS = List.of("حفتر", "موسكو", "روسيا", "ليبيا", "الجيش", "طرابلس", "النفط",
      "الموانئ", "مصر", "الإمارات", "الحوار", "لافروف", "بنغازي", "المرتزقة", "فاغنر", "الاتفاق");
  private static final List<String> CLITICS = List.of("", "", "", "و", "ل", "ب", "وال", "لل", "ف");

  private final Random random = new Random(11);
  private int fresh;

  private String text(int words, boolean withNewWord) {
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words; w++) {
      out.append(CLITICS.get(random.nextInt(CLITICS.size()))).append(STEMS.get(random.nextInt(STEMS.size())))
          .append(' ');
    }
    if (withNewWord) {
      out.append("كلمة").append(Integer.toString(fresh++, 10).chars()
          .mapToObj(c -> String.valueOf((char) ('ا' + c - '0'))).reduce("", String::concat));
    }
    return out.toString();
  }

  private SearchDocument doc(int i, String text) {
    return new SearchDocument("مقال " + STEMS.get(i % STEMS.size()), "articles/a" + i + ".html", "",
        List.of(new SearchDocument.Block(1, text)));
  }

  private static List<String> files(SearchIndex index) {
    List<String> out = new ArrayList<>();
    out.add(new String(index.metaScript(), java.nio.charset.StandardCharsets.UTF_8));
    for (int s = 0; s < index.plan().size(); s++) {
      out.add(new String(index.shardScript(s), java.nio.charset.StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void editsOfAFewArticlesGiveTheSameIndexAsBuildingAfresh() {
    List<SearchDocument> docs = new ArrayList<>();
    List<WordCounts> words = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      docs.add(doc(i, text(30 + random.nextInt(60), i % 7 == 0)));
      words.add(WordCounts.of(docs.get(i)));
    }
    SearchIndex.Builder builder = new SearchIndex.Builder();
    builder.build(docs, words);
    for (int round = 0; round < 150; round++) {
      int edited = 1 + random.nextInt(3);
      for (int e = 0; e < edited; e++) {
        int d = random.nextInt(docs.size());
        // Most edits reuse the dossier's words; some bring a new word or drop an article's only words.
        String text = random.nextInt(5) == 0 ? text(2, false) : text(20 + random.nextInt(80), random.nextInt(6) == 0);
        docs.set(d, doc(d, text));
        words.set(d, WordCounts.of(docs.get(d)));
      }
      SearchIndex updated = builder.build(docs, words);
      assertThat(files(updated)).as("round %d", round).isEqualTo(files(SearchIndex.build(docs, List.copyOf(words))));
    }
    assertThat(builder.updates()).as("builds that updated the postings").isGreaterThan(50).isLessThan(150);
  }

  @Test
  void moreChangedArticlesThanWorthUpdatingAreIndexedAfresh() {
    List<SearchDocument> docs = new ArrayList<>();
    List<WordCounts> words = new ArrayList<>();
    for (int i = 0; i < SearchIndex.Builder.MAX_UPDATED + 10; i++) {
      docs.add(doc(i, text(40, false)));
      words.add(WordCounts.of(docs.get(i)));
    }
    SearchIndex.Builder builder = new SearchIndex.Builder();
    builder.build(docs, words);
    List<WordCounts> recounted = docs.stream().map(WordCounts::of).toList(); // equal, but all new objects
    assertThat(files(builder.build(docs, recounted))).isEqualTo(files(SearchIndex.build(docs, recounted)));
    assertThat(builder.updates()).isZero();
  }
}
