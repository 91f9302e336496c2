package org.malaf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaf.diag.Problem;

/** The page rules, each on a small page. */
class RtlLinterTest {

  private static final Path FILE = Path.of("site/x.html");
  private final RtlLinter linter = new RtlLinter();

  private static String page(String body) {
    return "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head><meta charset=\"utf-8\"><title>t</title></head>\n<body>\n"
        + body + "\n</body>\n</html>\n";
  }

  private List<String> lint(String html) {
    return linter.lintPage(FILE, html).stream().map(Problem::format).toList();
  }

  @Test
  void acceptsAnArabicPageWithIsolatedRuns() {
    assertThat(lint(page("<p>قالت وكالة <bdi>Reuters</bdi> إن <span dir=\"ltr\">Wagner Group</span> وصلت يوم <bdi>27</bdi>.</p>")))
        .isEmpty();
  }

  @Test
  void reportsARootWithoutArabicRightToLeft() {
    String html = page("<p>نص</p>").replace("<html lang=\"ar\" dir=\"rtl\">", "<html lang=\"en\">");
    assertThat(lint(html)).containsExactly("site/x.html:2:1: error: the page's <html> has lang=\"en\" dir=\"\", "
        + "not lang=\"ar\" dir=\"rtl\" [html-root] — " + LintRule.HTML_ROOT.fix());
  }

  @Test
  void reportsAMissingUtf8Charset() {
    String html = page("<p>نص</p>").replace("<meta charset=\"utf-8\">", "");
    assertThat(lint(html)).singleElement().asString().contains("error: the page has no <meta charset=\"utf-8\"> [meta-charset]");
  }

  @Test
  void reportsALatinRunInArabicTextAtItsLineAndColumn() {
    assertThat(lint(page("<p>قالت وكالة Reuters إن الزيارة رسمية.</p>")))
        .containsExactly("site/x.html:5:15: error: Latin run «Reuters» is not isolated from the Arabic text around it "
            + "[ltr-run] — " + LintRule.LTR_RUN.fix());
  }

  @Test
  void countsColumnsInCodePointsAndCountsRepeatsInOneLine() {
    assertThat(lint(page("<p>وكالة Reuters و<b>BBC</b> و<i>AFP</i></p>")))
        .singleElement().asString()
        .startsWith("site/x.html:5:10: error: Latin run «Reuters» is not isolated from the Arabic text around it "
            + "(and 2 more in this file) [ltr-run]");
  }

  @Test
  void acceptsLatinTextOutsideArabicBlocks() {
    assertThat(lint(page("<p>نص عربي</p><ul><li><a href=\"https://example.org\">https://example.org/a</a></li></ul>"))).isEmpty();
  }

  @Test
  void warnsAboutANumberOutsideBdi() {
    assertThat(lint(page("<p>وصل يوم 27 من يونيو</p>"))).singleElement().asString()
        .startsWith("site/x.html:5:12: warning: number «27» is not isolated from the Arabic text around it [number-run]");
  }

  @Test
  void reportsEmbeddingControlsAnywhere() {
    assertThat(lint(page("<p title=\"\u202Bx\">نص \u202Eمقلوب</p>"))).singleElement().asString()
        .startsWith("site/x.html:5:11: error: deprecated bidi embedding control U+202B (and 1 more in this file) [bidi-control]");
  }

  @Test
  void reportsPresentationForms() {
    assertThat(lint(page("<p>\uFEE3\uFEEE\uFEB3\uFEDC\uFEEE</p>"))).singleElement().asString()
        .startsWith("site/x.html:5:4: error: Arabic presentation form U+FEE3 «\uFEE3» (and 4 more in this file) [presentation-form]");
  }

  @Test
  void reportsKashidaInsideAWordButNotAtItsEdge() {
    assertThat(lint(page("<p>الـ<bdi>27</bdi> و ـه</p>"))).isEmpty();
    assertThat(lint(page("<p>الـــدعم</p>"))).singleElement().asString()
        .startsWith("site/x.html:5:6: error: kashida (U+0640) inside the word «الـــدعم» (and 2 more in this file) [tatweel]");
  }

  @Test
  void keepsZeroWidthJoinerAndNonJoiner() {
    assertThat(lint(page("<p>مي\u200Cخواهم و\u200Dه</p>"))).isEmpty();
  }

  @Test
  void reportsANumberThatMixesDigitFamilies() {
    assertThat(lint(page("<p>عام <bdi>20١٦</bdi> و<bdi>٢٠١٦</bdi> و<bdi>1,٥00</bdi></p>")))
        .singleElement().asString()
        .startsWith("site/x.html:5:13: error: the number «20١٦» mixes digit families (and 1 more in this file) [digit-mix]");
  }

  @Test
  void warnsAboutArrowsUnlessMirroredOrDirected() {
    assertThat(lint(page("<p>التالي →</p>"))).singleElement().asString()
        .startsWith("site/x.html:5:11: warning: the arrow «→» points the same way in right-to-left text [arrow]");
    assertThat(lint(page("<p>التالي <span class=\"mirrored\">→</span> <span dir=\"ltr\">←</span></p>"))).isEmpty();
  }

  @Test
  void requiresDirAutoOnTextFields() {
    assertThat(lint(page("<form><input type=\"search\" dir=\"auto\"><input type=\"email\" dir=\"ltr\">"
        + "<input type=\"checkbox\"></form>"))).isEmpty();
    assertThat(lint(page("<form><input name=\"q\"><textarea dir=\"auto\"></textarea></form>"))).singleElement().asString()
        .startsWith("site/x.html:5:7: error: the form field <input> has no dir=\"auto\" [input-dir]");
  }

  @Test
  void warnsAboutADataSlotWithoutBdi() {
    assertThat(lint(page("<h3 class=\"card__title\"><a href=\"a.html\">عنوان</a></h3>"))).singleElement().asString()
        .startsWith("site/x.html:5:25: warning: «عنوان» (.card__title a) is data of unknown direction without <bdi> or dir=\"auto\" [data-slot]");
    assertThat(lint(page("<h3 class=\"card__title\"><a href=\"a.html\"><bdi>عنوان</bdi></a></h3>"))).isEmpty();
  }

  @Test
  void checksInlineStylesAndStyleElements() {
    assertThat(lint(page("<p style=\"direction: ltr\">نص</p>"))).singleElement().asString()
        .startsWith("site/x.html:5:1: error: CSS sets the direction («direction: ltr») [css-direction]");
    String styled = page("<p>نص</p>").replace("<title>t</title>", "<style>\np { margin-left: 1em; }\n</style>");
    assertThat(lint(styled)).singleElement().asString()
        .startsWith("site/x.html:4:5: error: physical left/right in CSS («margin-left: 1em») [css-physical]");
  }

  @Test
  void ignoresScriptsTextareasAndSvgTooltips() {
    assertThat(lint(page("<p>نص <script>var a = 'Latin 1';</script></p>"))).isEmpty();
    assertThat(lint(page("<p>شبكة</p><svg><line><title>موسكو — Wagner: 5 فقرات</title></line></svg>"))).isEmpty();
  }

  @Test
  void lintsWholeRenderedPagesNamedWhereTheyWillBeWritten() {
    var page = new org.malaf.render.RenderedPage(org.malaf.render.SitePath.of("articles/a.html"),
        page("<p>وكالة Reuters</p>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(linter.lint(Path.of("site"), List.of(page), null)).singleElement()
        .extracting(p -> p.where().toString()).isEqualTo("site/articles/a.html:5:10");
  }
}
