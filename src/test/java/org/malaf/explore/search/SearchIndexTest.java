package org.malaf.explore.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

  private static SearchDocument doc(String title, String... blocks) {
    List<SearchDocument.Block> list = new ArrayList<>();
    for (int i = 0; i < blocks.length; i++) {
      list.add(new SearchDocument.Block(i + 1, blocks[i]));
    }
    return new SearchDocument(title, "articles/" + title.hashCode() + ".html", "", list);
  }

  private final List<SearchDocument> docs = List.of(
      doc("حفتر في موسكو", "وصل حفتر إلى موسكو. قال سيرغي لافروف إن روسيا تدعم الحوار.", "دعمًا لحفتر، منعت روسيا البيان."),
      doc("الموانئ النفطية", "سيطر الجيش على المواني النفطية، وعلى موانئ طبرق ودرنة في ليبيا.", "أسلحة من مصر والإمارات."),
      doc("تقرير", "لا شيء هنا عن أحد."));

  @Test
  void aWordIsFoundUnderItsReadingsWithoutProclitics() {
    SearchIndex index = SearchIndex.build(docs);
    assertThat(PostingCodec.decode(index.postings("حفتر"))).extracting(PostingCodec.Posting::article).containsExactly(0);
    assertThat(index.postings("لحفتر")).isNotNull();
    assertThat(index.postings("الامارات")).as("والإمارات read without و").isNotNull();
    assertThat(index.postings("مواني")).as("موانئ and موانى meet").isNotNull();
  }

  @Test
  void aReadingIsKeptOnlyWhenTheDossierUsesItAsAWord() {
    SearchIndex index = SearchIndex.build(docs);
    assertThat(index.postings("لافروف")).isNotNull();
    assertThat(index.postings("افروف")).as("ل is part of لافروف, not a preposition").isNull();
    assertThat(index.postings("يبيا")).as("nor of ليبيا").isNull();
  }

  @Test
  void countsAddUpAndTitleWordsWeighMore() {
    SearchIndex index = SearchIndex.build(docs);
    List<PostingCodec.Posting> moscow = PostingCodec.decode(index.postings("موسكو"));
    assertThat(moscow).containsExactly(new PostingCodec.Posting(0, 1 + SearchIndex.TITLE_WEIGHT));
    // حفتر: once in the title, once as a word, once in لحفتر
    assertThat(PostingCodec.decode(index.postings("حفتر"))).containsExactly(new PostingCodec.Posting(0, SearchIndex.TITLE_WEIGHT + 2));
  }

  @Test
  void shardsHoldEveryTermOnceInRangesTheBrowserCanFind() {
    List<SearchDocument> many = new ArrayList<>();
    Random random = new Random(7);
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    for (int d = 0; d < 200; d++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 80; w++) {
        int length = 2 + random.nextInt(6);
        for (int k = 0; k < length; k++) {
          text.append(letters.charAt(random.nextInt(letters.length())));
        }
        text.append(' ');
      }
      many.add(doc("مقال " + d, text.toString()));
    }
    SearchIndex index = SearchIndex.build(many, 4096);
    assertThat(index.plan().size()).isGreaterThan(10);
    TreeSet<String> seen = new TreeSet<>();
    for (int s = 0; s < index.plan().size(); s++) {
      String js = new String(index.shardScript(s), StandardCharsets.UTF_8);
      assertThat(js).startsWith("(self.malafSearch||(self.malafSearch={}))[\"s" + s + "\"]=JSON.parse('{");
      assertThat(js.length()).isLessThan(4096 + 200);
      for (String term : terms(js)) {
        assertThat(seen.add(term)).as("term %s in one shard only", term).isTrue();
        assertThat(index.plan().shardOf(SearchFolding.sortKey(term))).isEqualTo(s);
      }
    }
  }

  @Test
  void aWordsCliticFormsShareAShard() {
    assertThat(SearchFolding.shardKey("لحفتر")).isEqualTo("حفتر");
    assertThat(SearchFolding.shardKey("وللامارات")).isEqualTo("امارات");
    assertThat(SearchFolding.shardKey("اللافروف")).isEqualTo(SearchFolding.shardKey("لافروف"));
    assertThat(SearchFolding.shardKey("بل")).isEqualTo("بل");
    assertThat(SearchFolding.termOf(SearchFolding.sortKey("لحفتر"))).isEqualTo("لحفتر");
  }

  @Test
  void textFilesHoldEachBlocksAnchorAndSentences() {
    SearchIndex index = SearchIndex.build(docs);
    String js = new String(index.textScript(0), StandardCharsets.UTF_8);
    assertThat(js).contains("[1,\"وصل حفتر إلى موسكو.\",\"قال سيرغي لافروف إن روسيا تدعم الحوار.\"]")
        .contains("\"t\":\"حفتر في موسكو\"");
  }

  @Test
  void twoBuildsWriteTheSameBytes() {
    SearchIndex a = SearchIndex.build(docs);
    SearchIndex b = SearchIndex.build(docs);
    assertThat(a.metaScript()).isEqualTo(b.metaScript());
    for (int s = 0; s < a.plan().size(); s++) {
      assertThat(a.shardScript(s)).isEqualTo(b.shardScript(s));
    }
  }

  /** The keys of a shard's JSON object; terms hold no quotes, so a simple scan is enough here. */
  private static List<String> terms(String js) {
    List<String> terms = new ArrayList<>();
    String body = js.substring(js.indexOf("JSON.parse('{") + 13, js.lastIndexOf('}'));
    for (String entry : body.split(",")) {
      terms.add(entry.substring(1, entry.indexOf("\":")));
    }
    return terms;
  }
}
