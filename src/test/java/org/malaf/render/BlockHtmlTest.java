package org.malaf.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockHtmlTest {

  @Test
  void escapesUserTextSoItNeverBecomesMarkup() {
    assertThat(new BlockHtml("قال <script>alert(1)</script> & مضى").render())
        .doesNotContain("<script>")
        .contains("&lt;");
  }

  @Test
  void isolatesLatinAndNumberRunsInBdi() {
    String html = new BlockHtml("ذكرت صحيفة Daily Telegraph في عام 2019، أن").render();
    assertThat(html).contains("<bdi>Daily Telegraph</bdi>").contains("<bdi>2019</bdi>");
  }

  @Test
  void keepsTagsWellNestedWhenANoteAndAMentionOverlap() {
    String text = "زار حفتر موسكو أمس";
    BlockHtml b = new BlockHtml(text)
        .span(0, 8, 1, "<mark>", "</mark>")            // «زار حفتر»
        .span(4, 14, 2, "<a href=\"x\">", "</a>");     // «حفتر موسكو»
    String html = b.render();
    assertThat(html).isEqualTo("<mark>زار <a href=\"x\">حفتر</a></mark><a href=\"x\"> موسكو</a> أمس");
  }

  @Test
  void placesMarkersAfterTheSpansEndingThere() {
    String html = new BlockHtml("نص الفقرة").span(0, 2, 1, "<mark>", "</mark>").marker(2, "<sup>1</sup>")
        .marker(9, "<sup>2</sup>").render();
    assertThat(html).isEqualTo("<mark>نص</mark><sup>1</sup> الفقرة<sup>2</sup>");
  }
}
