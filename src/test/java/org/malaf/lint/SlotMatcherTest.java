package org.malaf.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The slot matcher selects, during a walk, exactly what jsoup's {@code select} selects. */
class SlotMatcherTest {

  private static final String PAGE = """
      <!DOCTYPE html><html lang="ar" dir="rtl"><head><title class="chip">t</title></head>
      <body class="intro"><h1>عنوان</h1>
      <header class="article__header"><div><h1 class="x">مقال</h1></div></header>
      <ul class="LINK-list"><li><a href="a.html">أ</a><a class="chip">ب</a></li></ul>
      <div class="card__title	extra"><p><a>ج</a><span class="chip card__title"><a>د</a></span></p></div>
      <a class="card__title">لا</a><h2 class=" source-group "><h2>ه</h2></h2>
      <span class="chıp">dotless i</span><span class="ſite-title">long s</span><i class="">e</i>
      <nav class="actor-grid"><nav class="actor-grid"><a>و</a></nav></nav><p class="search-result x">ز</p>
      </body></html>
      """;

  @Test
  void selectsWhatJsoupSelectsForTheDataSlots() {
    Element body = Jsoup.parse(PAGE).body();
    List<Element> expected = body.select(String.join(", ", PageLinter.DATA_SLOTS));
    assertThat(walk(new SlotMatcher(PageLinter.DATA_SLOTS), body)).containsExactlyElementsOf(expected).hasSizeGreaterThan(10);
  }

  @Test
  void selectsWhatJsoupSelectsForTagsIdsAndCompoundClasses() {
    List<String> selectors = List.of("p a", "#main .x", "div.card__title span", "li", ".chip.card__title");
    Element body = Jsoup.parse(PAGE.replace("<header ", "<header id=\"main\" ")).body();
    assertThat(walk(new SlotMatcher(selectors), body)).containsExactlyElementsOf(body.select(String.join(", ", selectors)));
  }

  @Test
  void refusesSelectorsItCannotFollowDuringAWalk() {
    for (String selector : List.of(".a > b", ".a .b c", "a:has(b)", "[dir]", ".a + b", "*")) {
      assertThatThrownBy(() -> new SlotMatcher(List.of(selector))).as(selector).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** The walk PageLinter makes: each element gets its parent's bits. */
  private static List<Element> walk(SlotMatcher matcher, Element root) {
    SlotMatcher.Page page = matcher.page(root);
    List<Element> selected = new ArrayList<>();
    visit(page, root, 0, selected);
    return selected;
  }

  private static void visit(SlotMatcher.Page page, Element element, long parentBits, List<Element> selected) {
    if (page.matches(element, parentBits)) {
      selected.add(element);
    }
    long bits = page.ancestorBits(element, parentBits);
    for (Element child : element.children()) {
      visit(page, child, bits, selected);
    }
  }
}
