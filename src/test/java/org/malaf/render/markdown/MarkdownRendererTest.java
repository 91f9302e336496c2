package org.malaf.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

  private static final WikiLinkResolver LINKS = MalafLinkSpecTest.RESOLVER;

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>",
      "نص <script>alert(1)</script> نص",
      "<img src=x onerror=alert(1)>",
      "<div onmouseover=\"alert(1)\">x</div>",
      "<a href=\"javascript:alert(1)\" onclick=\"x()\">c</a>",
      "</textarea><script>alert(1)</script>",
      "</title></style><svg onload=alert(1)>",
      "<iframe src=\"https://evil.example/\"></iframe>",
      "<style>body{display:none}</style>",
      "<!-- --><script>alert(1)</script><!-- -->",
      "[x](javascript:alert(1))",
      "[x](JaVaScRiPt:alert(1))",
      "[x](java&#09;script:alert(1))",
      "[x](&#106;avascript:alert(1))",
      "[x]( javascript:alert(1))",
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "[x](vbscript:msgbox(1))",
      "<javascript:alert(1)>",
      "[x][r]\n\n[r]: javascript:alert(1)",
      "![x](javascript:alert(1))",
      "![x](https://evil.example/pixel.png)",
      "[x](https://a.org \"t\\\" onmouseover=\\\"alert(1)\")",
      "[[actor:haftar|<script>alert(1)</script>]]",
      "```html\n<script>alert(1)</script>\n```",
  })
  void hostileMarkdownComesOutInert(String markdown) {
    assertInert(renderer.toHtml(markdown, LINKS));
    assertInert(renderer.toInlineHtml(markdown, LINKS));
  }

  @Test
  void rawHtmlIsShownAsTextNotDropped() {
    assertThat(renderer.toHtml("قال: <script>alert(1)</script>", LINKS))
        .isEqualTo("<p>قال: &lt;<bdi>script</bdi>&gt;<bdi>alert</bdi>(<bdi>1</bdi>)&lt;/<bdi>script</bdi>&gt;</p>\n");
  }

  @Test
  void aTextareaBreakoutStaysText() {
    assertThat(renderer.toHtml("</textarea><b>x</b>", LINKS)).isEqualTo("<p>&lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;</p>\n");
  }

  @Test
  void javascriptLinksLoseTheirHref() {
    assertThat(renderer.toHtml("[x](JaVaScRiPt:alert(1)) و[y](data:text/html,x)", LINKS))
        .doesNotContain("href").contains("><bdi>x</bdi></a>").contains("><bdi>y</bdi></a>");
  }

  @Test
  void externalLinksGetNoopener() {
    assertThat(renderer.toHtml("[الأمم المتحدة](https://www.un.org/ar/)", LINKS))
        .isEqualTo("<p><a href=\"https://www.un.org/ar/\" rel=\"noopener\">الأمم المتحدة</a></p>\n");
  }

  @Test
  void relativeAndFragmentLinksAreKeptAsWritten() {
    assertThat(renderer.toHtml("[أ](../actors/haftar.html) [ب](#note-2) [ج](002.html#p-3)", LINKS))
        .isEqualTo("<p><a href=\"../actors/haftar.html\">أ</a> <a href=\"#note-2\">ب</a>"
            + " <a href=\"002.html#p-3\">ج</a></p>\n");
  }

  @Test
  void imagesAreDroppedBecauseTheSiteMakesNoExternalRequests() {
    assertThat(renderer.toHtml("قبل ![صورة](https://evil.example/x.png) بعد", LINKS)).doesNotContain("<img").contains("قبل");
  }

  @Test
  void keepsOrdinaryFormatting() {
    assertThat(renderer.toHtml("**عريض** و*مائل* و`code`\n\n- أ\n- ب\n\n> اقتباس\n\n---", LINKS))
        .isEqualTo("<p><strong>عريض</strong> و<em>مائل</em> و<code>code</code></p>\n<ul>\n<li>أ</li>\n<li>ب</li>\n</ul>\n"
            + "<blockquote>\n<p>اقتباس</p>\n</blockquote>\n<hr>\n");
  }

  @Test
  void inlineHtmlHasNoWrappingParagraph() {
    assertThat(renderer.toInlineHtml("زار **[[actor:haftar]]** موسكو", LINKS))
        .isEqualTo("زار <strong><a href=\"../actors/haftar.html\" class=\"wikilink wikilink-actor\">خليفة حفتر</a></strong> موسكو");
  }

  @Test
  void inlineHtmlJoinsSeveralBlocksWithASpace() {
    assertThat(renderer.toInlineHtml("# عنوان\n\nفقرة أولى.\n\n- بند\n- آخر\n\n> اقتباس", LINKS))
        .isEqualTo("عنوان فقرة أولى. بند آخر اقتباس");
  }

  @Test
  void blankMarkdownIsEmpty() {
    assertThat(renderer.toHtml("  \n", LINKS)).isEmpty();
    assertThat(renderer.toInlineHtml(null, LINKS)).isEmpty();
  }

  @Test
  void withoutAResolverEveryWikiLinkIsPlainText() {
    assertThat(renderer.toHtml("[[actor:haftar]]", null))
        .isEqualTo("<p><span class=\"wikilink wikilink-missing\">haftar</span></p>\n");
  }

  @Test
  void oneRendererServesManyThreadsEachWithItsOwnResolver() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String href = "page-" + i + ".html";
        WikiLinkResolver perPage = (kind, ref) -> Optional.of(new WikiTarget(href, ref));
        results.add(pool.submit(() -> renderer.toHtml("انظر [[actor:x]] **هنا**", perPage)));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo("<p>انظر <a href=\"page-" + i
            + ".html\" class=\"wikilink wikilink-actor\"><bdi>x</bdi></a> <strong>هنا</strong></p>\n");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** No active element, no event handler or style, and no link or source other than http(s)/mailto/relative/#. */
  private static void assertInert(String html) {
    for (Element e : Jsoup.parseBodyFragment(html).body().select("*")) {
      assertThat(e.normalName()).as(html).isNotIn("script", "style", "iframe", "object", "embed", "img", "svg", "math",
          "form", "input", "textarea", "link", "meta", "base", "title");
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(html).doesNotStartWith("on").isNotIn("style", "srcdoc", "src", "formaction");
        if (a.getKey().equals("href")) {
          String href = a.getValue().strip().toLowerCase(Locale.ROOT);
          assertThat(href).as(html).matches("(https?:|mailto:|#|\\.\\./|[a-z0-9_-]+\\.html|//).*");
        }
      }
    }
  }
}
