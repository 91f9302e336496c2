package org.malaf.render.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.malaf.render.bidi.BidiRuns;

/**
 * The last line of defence for HTML made from Markdown: a jsoup {@link Safelist} that keeps formatting,
 * lists, tables, code and links to http(s), mailto, relative paths and #fragments, and drops scripts,
 * event handlers, styles, images and every other URL scheme ({@code javascript:}, {@code data:} …).
 * External links get {@code rel="noopener"}. Immutable and thread-safe.
 */
final class HtmlSanitizer {

  private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");

  /**
   * jsoup judges a relative link by resolving it against a base; this one is never printed
   * ({@code preserveRelativeLinks}) and can't be reached ({@code .invalid} is reserved).
   */
  private static final String BASE = "https://malaf.invalid/page/";

  /** Block elements flattened in inline output, where only phrasing content is valid. */
  private static final String BLOCKS = "p, div, h1, h2, h3, h4, h5, h6, blockquote, ul, ol, li, dl, dt, dd, pre,"
      + " table, caption, thead, tbody, tfoot, tr, th, td";

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Safelist safelist = Safelist.relaxed()
      // images would be requests to other hosts (the site makes none) and need a src/alt the validator accepts
      .removeTags("img")
      .addTags("hr", "del", "s")
      .addAttributes("a", "class")
      .addAttributes("span", "class")
      .addAttributes("code", "class")
      .removeProtocols("a", "href", "ftp")
      .addProtocols("a", "href", "#")
      .preserveRelativeLinks(true);

  /** {@code html} (a body fragment) with everything unsafe removed. */
  String clean(String html) {
    return cleaned(html).body().html();
  }

  /** Like {@link #clean}, then block elements unwrapped (a space between blocks) for a one-line context. */
  String cleanInline(String html) {
    Document doc = cleaned(html);
    doc.body().select("hr, col, colgroup").remove();
    for (Element block : doc.body().select(BLOCKS)) {
      if (block.nextSibling() != null || block.parent() != doc.body()) {
        block.after(new TextNode(" "));
      }
      block.unwrap();
    }
    collapseWhitespace(doc.body());
    return doc.body().html().strip();
  }

  /** Collapses whitespace runs to one space across text nodes, like a browser does, so output stays tidy. */
  private static void collapseWhitespace(Element root) {
    boolean[] afterSpace = {true};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text) {
        String collapsed = WHITESPACE.matcher(text.getWholeText()).replaceAll(" ");
        if (afterSpace[0] && collapsed.startsWith(" ")) {
          collapsed = collapsed.substring(1);
        }
        if (!collapsed.isEmpty()) {
          afterSpace[0] = collapsed.endsWith(" ");
        }
        text.text(collapsed);
      } else if (node instanceof Element e && e.normalName().equals("br")) {
        afterSpace[0] = true;
      }
    }, root);
  }

  private Document cleaned(String html) {
    Document doc = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, BASE));
    doc.outputSettings().prettyPrint(false);
    isolateLtrRuns(doc.body());
    for (Element a : doc.select("a[href]")) {
      if (isExternal(a.attr("href"))) {
        a.attr("rel", "noopener");
      }
    }
    return doc;
  }

  private static boolean isExternal(String href) {
    String h = href.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("http:") || h.startsWith("https:") || h.startsWith("//");
  }

  /**
   * Wraps Latin words and numbers of Arabic notes in {@code <bdi>}: without isolation a Latin name next
   * to punctuation flips the order the reader sees. Text already inside bdi, code or a dir element is left.
   */
  private static void isolateLtrRuns(Element root) {
    List<TextNode> texts = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text && !isolated(text) && inArabicBlock(text)) {
        texts.add(text);
      }
    }, root);
    for (TextNode text : texts) {
      String whole = text.getWholeText();
      List<int[]> runs = BidiRuns.find(whole);
      if (runs.isEmpty()) {
        continue;
      }
      Node last = text;
      int at = 0;
      List<Node> parts = new ArrayList<>();
      for (int[] run : runs) {
        if (run[0] > at) {
          parts.add(new TextNode(whole.substring(at, run[0])));
        }
        parts.add(new Element("bdi").appendText(whole.substring(run[0], run[1])));
        at = run[1];
      }
      if (at < whole.length()) {
        parts.add(new TextNode(whole.substring(at)));
      }
      for (Node part : parts) {
        last.after(part);
        last = part;
      }
      text.remove();
    }
  }

  /** Only Latin inside Arabic text needs isolating; a wholly Latin paragraph lays out on its own. */
  private static boolean inArabicBlock(TextNode text) {
    Element block = (Element) text.parent();
    while (block != null && !block.isBlock() && block.parent() != null) {
      block = block.parent();
    }
    return block != null && ARABIC.matcher(block.text()).find();
  }

  private static boolean isolated(TextNode text) {
    for (Element e = (Element) text.parent(); e != null; e = e.parent()) {
      String name = e.normalName();
      if (name.equals("bdi") || name.equals("code") || name.equals("pre") || e.hasAttr("dir")) {
        return true;
      }
    }
    return false;
  }
}
