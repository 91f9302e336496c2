package org.malaf.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.clean.CleanArticle;
import org.malaf.config.GlyphMap;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.RawArticle;
import org.malaf.ingest.Sidecar;

class SourceExtractorTest {

  private static final String A = "https://www.aljazeera.net/news/%D9%87%D8%AC%D9%88%D9%85";
  private static final String B = "https://www.bloomberg.com/news/articles/x";
  private static final String C = "https://timesofmiddleeast.com/y";

  private final SourceExtractor extractor = new SourceExtractor();

  @Test
  void numbersSourcesInOrderOfFirstCitationWithTheMarkerOnThePrecedingParagraph() {
    List<Footnote> notes = extractor.extract(article(
        p("الفقرة الأولى."), src(A), src(B),
        p("الفقرة الثانية."), p("الفقرة الثالثة."), src(C)));

    assertThat(notes).extracting(Footnote::number, Footnote::url, Footnote::citingBlocks).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, A, List.of(0)),
        org.assertj.core.groups.Tuple.tuple(2, B, List.of(0)),
        org.assertj.core.groups.Tuple.tuple(3, C, List.of(4)));
    assertThat(notes.get(0).label()).isEqualTo("الجزيرة نت");
    assertThat(notes.get(0).readableUrl()).isEqualTo("https://www.aljazeera.net/news/هجوم");
  }

  @Test
  void sameUrlCitedByTwoParagraphsGetsOneNumberAndTwoBackReferences() {
    List<Footnote> notes = extractor.extract(article(
        p("أولى."), src(A), p("ثانية."), src(B), p("ثالثة."), src(A)));

    assertThat(notes).hasSize(2);
    Footnote a = notes.get(0);
    assertThat(a.number()).isEqualTo(1);
    assertThat(a.citingBlocks()).containsExactly(0, 4);
    assertThat(a.backrefs()).containsExactly(
        new Footnote.Backref(0, "cite-ref-1-1", "أ"),
        new Footnote.Backref(4, "cite-ref-1-2", "ب"));
    assertThat(a.noteId()).isEqualTo("cite-note-1");
  }

  @Test
  void theSameUrlTwiceAfterOneParagraphIsOneBackReference() {
    List<Footnote> notes = extractor.extract(article(p("نص."), src(A), src(A)));

    assertThat(notes).singleElement().satisfies(n -> assertThat(n.citingBlocks()).containsExactly(0));
  }

  @Test
  void skipsDisplayElementsBetweenTheParagraphAndItsSources() {
    List<Footnote> notes = extractor.extract(article(
        p("النص المستشهد به."), block(BlockType.PULLQUOTE, "اقتباس"), block(BlockType.CAPTION, "تعليق صورة"), src(A)));

    assertThat(notes.get(0).citingBlocks()).containsExactly(0);
  }

  @Test
  void sourcesBeforeAnyParagraphAreListedWithoutMarker() {
    List<Footnote> notes = extractor.extract(article(block(BlockType.HEADING, "عنوان"), src(A), p("نص.")));

    assertThat(notes).singleElement().satisfies(n -> {
      assertThat(n.number()).isEqualTo(1);
      assertThat(n.citingBlocks()).isEmpty();
    });
  }

  @Test
  void listsTruncatedUrlsAsTruncated() {
    List<Footnote> notes = extractor.extract(article(p("نص."), src("https://x.org/%D8%AA%D8%B1%25")));

    assertThat(notes.get(0).truncated()).isTrue();
    assertThat(notes.get(0).readableUrl()).isEqualTo("https://x.org/تر…");
    assertThat(notes.get(0).url()).isEqualTo("https://x.org/%D8%AA%D8%B1%25");
  }

  @Test
  void markersAtABlockComeInNumberOrderWithIdsThatRoundTrip() {
    List<Footnote> notes = extractor.extract(article(p("أولى."), src(A), p("ثانية."), src(B), src(A)));

    List<Footnote.Marker> markers = Footnote.markersAt(notes, 2);

    assertThat(markers).containsExactly(
        new Footnote.Marker(1, "cite-ref-1-2", "#cite-note-1", "[1]"),
        new Footnote.Marker(2, "cite-ref-2-1", "#cite-note-2", "[2]"));
    assertThat(notes.get(0).backrefs().get(1).markerId()).isEqualTo(markers.get(0).id());
    assertThat(Footnote.markersAt(notes, 1)).isEmpty();
  }

  @Test
  void backReferenceLabelsFollowAbjadOrderThenDigits() {
    assertThat(List.of(1, 2, 3, 4, 5, 28, 29)).extracting(Footnote::backrefLabel)
        .containsExactly("أ", "ب", "ج", "د", "هـ", "غ", "29");
  }

  @Test
  void seed002CitesSevenSourcesFromThreeParagraphs() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(p("فقرة ١."));
    blocks.add(src("https://en.qantara.de/content/russian-involvement-in-libya-backing-haftar-to-the-hilt"));
    blocks.add(src("https://www.aljazeera.net/news/politics/2019/5/14/%D9%87%D8%AC%D9%88%D9%85-%D8%AA%D8%B1%25"));
    blocks.add(p("فقرة ٢."));
    blocks.add(src("https://www.noonpost.com/content/27980"));
    blocks.add(src("https://timesofmiddleeast.com/whats-russias-approach-in-libya/"));
    blocks.add(src("https://arabic.sputniknews.com/russia/201904291040775640-%D9%88%D8%B2%D9%8A%D8%B1-%25"));
    blocks.add(block(BlockType.CAPTION, "لم يتمكن حفتر"));
    blocks.add(p("فقرة ٣."));
    blocks.add(src("https://arabic.rt.com/middle_east/975147-%D8%B1%D9%88%D8%B3%D9%8A%D9%8A%D9%258"));
    blocks.add(src("https://www.bloomberg.com/news/articles/2019-07-05/libya-arrests-two-russians"));

    List<Footnote> notes = extractor.extract(article(blocks.toArray(Block[]::new)));

    assertThat(notes).extracting(Footnote::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(notes).extracting(Footnote::label).containsExactly(
        "Qantara.de", "الجزيرة نت", "نون بوست", "timesofmiddleeast.com", "سبوتنيك عربي", "RT عربي", "Bloomberg");
    assertThat(notes).extracting(Footnote::truncated).containsExactly(false, true, false, false, true, true, false);
    assertThat(notes).extracting(n -> n.citingBlocks().get(0)).containsExactly(0, 0, 3, 3, 3, 8, 8);
  }

  static Block p(String text) {
    return block(BlockType.PARAGRAPH, text);
  }

  static Block src(String url) {
    return block(BlockType.SOURCE, url);
  }

  static Block block(BlockType type, String text) {
    return new Block(type, text, 1, 1);
  }

  static CleanArticle article(Block... blocks) {
    Sidecar sidecar = new Sidecar(Path.of("seeds/001_test.yaml"), "test", "مقال", null, null, null, null,
        GlyphMap.EMPTY, List.of(), List.of());
    RawArticle raw = new RawArticle(new ArticleId("001_test"), Path.of("seeds/001_test.txt"), "UTF-8", "", sidecar,
        GlyphMap.EMPTY);
    return new CleanArticle(raw, List.of(blocks), List.of());
  }
}
