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
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.AnnotationSpec;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.Correction;
import org.malaf.ingest.RawArticle;
import org.malaf.ingest.Sidecar;

class AnnotationAnchorerTest {

  private static final Path SIDECAR = Path.of("seeds/001_test.yaml");

  private static final List<Block> TEXT = List.of(
      new Block(BlockType.HEADING, "روسيا وليبيا", 1, 1),
      new Block(BlockType.PARAGRAPH, "وصل اللواء خليفة حفتر إلى موسكو في زيارة وصفت بالرسمية.", 3, 5),
      new Block(BlockType.PARAGRAPH, "هذه الزيارة لم تكن الأولى لحفتر إلى موسكو يوم 27 من يونيو.", 7, 9),
      new Block(BlockType.SOURCE, "https://x.org/موسكو", 10, 10),
      new Block(BlockType.PARAGRAPH, "وقال حفتر إن موسكو شريك.", 12, 12));

  private final AnnotationAnchorer anchorer = new AnnotationAnchorer();
  private final Problems problems = new Problems();

  @Test
  void anchorsAUniqueQuote() {
    List<Note> notes = anchor(spec("اللواء خليفة حفتر", "", "", 4));

    assertThat(problems.sorted()).isEmpty();
    assertThat(notes).singleElement().satisfies(n -> {
      assertThat(n.number()).isEqualTo(1);
      assertThat(n.block()).isEqualTo(1);
      assertThat(TEXT.get(1).text().substring(n.start(), n.end())).isEqualTo("اللواء خليفة حفتر");
      assertThat(n.noteId()).isEqualTo("note-1");
      assertThat(n.markerId()).isEqualTo("note-ref-1");
      assertThat(n.markerText()).isEqualTo("[ملاحظة 1]");
    });
  }

  @Test
  void aQuoteMatchingNothingIsAnErrorAtTheSidecarPosition() {
    List<Note> notes = anchor(spec("المشير حفتر", "", "", 12));

    assertThat(notes).isEmpty();
    assertThat(messages()).containsExactly("seeds/001_test.yaml:12:5: error: annotation quote «المشير حفتر» matches"
        + " nothing in the cleaned article — copy the quote from `./malaf clean seeds/001_test.txt` or fix it with a"
        + " correction");
  }

  @Test
  void anAmbiguousQuoteIsAnErrorNamingWhereItOccurs() {
    List<Note> notes = anchor(spec("موسكو", "", "", 7));

    assertThat(notes).isEmpty();
    assertThat(messages()).containsExactly("seeds/001_test.yaml:7:5: error: annotation quote «موسكو» matches 3 times"
        + " — add a prefix or suffix to choose one (it occurs at lines 3-5, 7-9, 12 of seeds/001_test.txt)");
  }

  @Test
  void aPrefixChoosesOneOccurrence() {
    List<Note> notes = anchor(spec("موسكو", "لحفتر إلى", "", 7));

    assertThat(problems.sorted()).isEmpty();
    assertThat(notes).singleElement().extracting(Note::block).isEqualTo(2);
  }

  @Test
  void aSuffixChoosesOneOccurrence() {
    List<Note> notes = anchor(spec("موسكو", "", "شريك", 7));

    assertThat(notes).singleElement().extracting(Note::block).isEqualTo(4);
  }

  @Test
  void prefixAndSuffixCompareWithWhitespaceNormalised() {
    List<Note> notes = anchor(spec("موسكو", "  خليفة\n حفتر   إلى ", "\tفي  زيارة", 7));

    assertThat(problems.sorted()).isEmpty();
    assertThat(notes).singleElement().extracting(Note::block).isEqualTo(1);
  }

  @Test
  void aPrefixMayReachBackIntoThePreviousBlock() {
    List<Note> notes = anchor(spec("هذه الزيارة", "وصفت بالرسمية.", "", 7));

    assertThat(problems.sorted()).isEmpty();
    assertThat(notes).singleElement().extracting(Note::block).isEqualTo(2);
  }

  @Test
  void aPrefixThatFitsNoOccurrenceSaysTheQuoteExistsElsewhere() {
    List<Note> notes = anchor(spec("موسكو", "بنغازي", "", 7));

    assertThat(notes).isEmpty();
    assertThat(messages()).singleElement().asString()
        .contains("annotation quote «موسكو» matches nothing in the cleaned article with its prefix/suffix")
        .contains("occurs 3 times (at lines 3-5, 7-9, 12)");
  }

  @Test
  void sourceBlocksAreNotSearched() {
    List<Note> notes = anchor(spec("https://x.org", "", "", 2));

    assertThat(notes).isEmpty();
    assertThat(messages()).singleElement().asString().contains("matches nothing");
  }

  @Test
  void aQuoteSpanningTwoBlocksMatchesNothing() {
    List<Note> notes = anchor(spec("بالرسمية. هذه الزيارة", "", "", 2));

    assertThat(notes).isEmpty();
    assertThat(messages()).singleElement().asString().contains("matches nothing");
  }

  @Test
  void aQuoteWithKashidaFailsButNamesTheNearMatch() {
    List<Note> notes = anchor(spec("الزيـــارة لم تكن", "", "", 2));

    assertThat(notes).isEmpty();
    assertThat(messages()).singleElement().asString().endsWith("(it nearly matches at lines 7-9, apart from spaces or kashida)");
  }

  @Test
  void notesAreNumberedInTextOrderNotDeclarationOrder() {
    List<Note> notes = anchor(
        spec("شريك", "", "", 2),
        spec("اللواء", "", "", 6),
        spec("يوم 27", "", "", 10));

    assertThat(notes).extracting(Note::number, Note::quote).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "اللواء"),
        org.assertj.core.groups.Tuple.tuple(2, "يوم 27"),
        org.assertj.core.groups.Tuple.tuple(3, "شريك"));
  }

  @Test
  void overlappingQuotesAreAnError() {
    List<Note> notes = anchor(spec("خليفة حفتر إلى", "", "", 2), spec("إلى موسكو في", "", "", 6));

    assertThat(notes).extracting(Note::quote).containsExactly("خليفة حفتر إلى");
    assertThat(messages()).singleElement().asString()
        .startsWith("seeds/001_test.yaml:6:5: error: annotation quote «إلى موسكو في» overlaps the annotation «خليفة حفتر إلى»"
            + " declared at seeds/001_test.yaml:2:5");
  }

  @Test
  void nestedQuotesAreAnErrorToo() {
    List<Note> notes = anchor(spec("اللواء خليفة حفتر", "", "", 2), spec("خليفة", "", "", 6));

    assertThat(notes).hasSize(1);
    assertThat(messages()).singleElement().asString().contains("overlaps");
  }

  @Test
  void adjacentQuotesDoNotOverlap() {
    List<Note> notes = anchor(spec("خليفة حفتر", "", "", 2), spec(" إلى موسكو في", "", "", 6));

    assertThat(problems.sorted()).isEmpty();
    assertThat(notes).hasSize(2);
  }

  @Test
  void anEmptyQuoteIsAnError() {
    assertThat(anchor(spec("  ", "", "", 2))).isEmpty();
    assertThat(messages()).singleElement().asString().contains("annotation quote is empty");
  }

  @Test
  void anchorsOnTheTextAfterTheEditorsCorrection() {
    // the author's raw text says ليببا; the editor's correction made the cleaned block say ليبيا
    List<Block> corrected = List.of(new Block(BlockType.PARAGRAPH, "تدخل روسيا في ليبيا يتسع.", 1, 1));
    Correction fix = new Correction("ليببا", "ليبيا", new SourcePosition(SIDECAR, 4, 5));
    CleanArticle article = article("تدخل روسيا في ليببا يتسع.\n", corrected, List.of(fix),
        List.of(spec("في ليبيا", "", "", 9), spec("في ليببا", "", "", 11)));

    List<Note> notes = anchorer.anchor(article, problems);

    assertThat(notes).singleElement().extracting(Note::quote).isEqualTo("في ليبيا");
    assertThat(messages()).singleElement().asString().startsWith("seeds/001_test.yaml:11:5: error: annotation quote «في ليببا»");
  }

  @Test
  void longQuotesAreShortenedInMessages() {
    assertThat(AnnotationAnchorer.shown("أ".repeat(50))).isEqualTo("«" + "أ".repeat(40) + "…»");
  }

  private List<Note> anchor(AnnotationSpec... specs) {
    return anchorer.anchor(article("", TEXT, List.of(), List.of(specs)), problems);
  }

  private List<String> messages() {
    return problems.sorted().stream().map(Problem::format).toList();
  }

  private static AnnotationSpec spec(String quote, String prefix, String suffix, int line) {
    return new AnnotationSpec(quote, prefix, suffix, "ملاحظة", new SourcePosition(SIDECAR, line, 5));
  }

  private static CleanArticle article(String rawText, List<Block> blocks, List<Correction> corrections,
      List<AnnotationSpec> specs) {
    Sidecar sidecar = new Sidecar(SIDECAR, "test", "مقال", null, null, null, null, GlyphMap.EMPTY,
        corrections, new ArrayList<>(specs));
    RawArticle raw = new RawArticle(new ArticleId("001_test"), Path.of("seeds/001_test.txt"), "UTF-8", rawText,
        sidecar, GlyphMap.EMPTY);
    return new CleanArticle(raw, blocks, List.of());
  }
}
