package org.malaf.lint;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/** Checks one HTML page's markup: root attributes, charset, isolation of runs and slots, arrows, fields, inline CSS. */
final class PageLinter {

  /** A Latin or number run: a Latin letter or ASCII digit, then more of them joined by URL and number punctuation. */
  private static final Pattern RUN = Pattern.compile(
      "[\\p{IsLatin}0-9](?:[\\p{IsLatin}\\p{M}0-9.,:/%+_&'@#\\-]|[ ](?=[\\p{IsLatin}0-9]))*");
  private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
  private static final Pattern ARABIC_LETTER = Pattern.compile("[\\p{IsArabic}&&\\p{L}]");
  /** Arrows that point left or right; ↑ and ↓ read the same in both directions and are not listed. */
  private static final Pattern ARROW = Pattern.compile("[\u2190\u2192\u21D0\u21D2\u27F5\u27F6]");
  /** The class that documents an arrow as mirrored on purpose (CSS turns it, or it is meant literally). */
  static final String MIRRORED_CLASS = "mirrored";
  /**
   * Where the templates put data of unknown direction (titles, names, publishers, quotes): each must be
   * a {@code <bdi>}, carry {@code dir}, or hold a {@code <bdi>} or {@code dir} element around the value.
   */
  static final List<String> DATA_SLOTS = List.of(".site-title", ".intro h1", ".article__header h1",
      ".actor__header h1", ".card__title a", ".chip", ".actor-counts a", ".actor-grid a", ".link-list a",
      ".references__label", ".source-group h2", ".note-quote a", ".search-result");
  private static final String SLOT_QUERY = String.join(", ", DATA_SLOTS);
  private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "td", "th", "dd", "dt", "figcaption", "caption", "section", "article", "header", "footer", "main", "aside", "nav",
      "summary", "details", "ol", "ul", "dl", "table", "pre", "address", "figure", "form", "fieldset", "legend", "body");
  /** Content that is not HTML text: code, raw text, and SVG/MathML, where <bdi> does not exist (a tooltip's {@code <title>}). */
  private static final Set<String> SKIPPED = Set.of("script", "style", "template", "textarea", "noscript", "svg", "math");

  private final String html;
  private final FileFindings out;
  private final Map<Element, Boolean> arabicBlocks = new IdentityHashMap<>();

  PageLinter(String html, FileFindings out) {
    this.html = html;
    this.out = out;
  }

  void lint() {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(html, "", parser);
    root(doc);
    charset(doc);
    CharacterChecks.check(html, out);
    for (Element style : doc.select("style")) {
      CssLinter.lintSheet(style.data(), style.sourceRange().endPos(), out);
    }
    for (Element styled : doc.select("[style]")) {
      CssLinter.lintDeclarations(styled.attr("style"), start(styled), out);
    }
    if (doc.body() != null) {
      texts(doc.body());
      slots(doc.body());
      fields(doc.body());
    }
  }

  private void root(Document doc) {
    Element root = doc.selectFirst("html");
    String lang = root == null ? "" : root.attr("lang");
    String dir = root == null ? "" : root.attr("dir");
    if (!lang.equalsIgnoreCase("ar") || !dir.equalsIgnoreCase("rtl")) {
      out.add(LintRule.HTML_ROOT, root == null ? -1 : start(root),
          "the page's <html> has lang=\"" + lang + "\" dir=\"" + dir + "\", not lang=\"ar\" dir=\"rtl\"");
    }
  }

  private void charset(Document doc) {
    Elements metas = doc.select("meta[charset]");
    boolean utf8 = metas.stream().anyMatch(m -> m.attr("charset").equalsIgnoreCase("utf-8"));
    if (!utf8) {
      Element head = doc.head();
      out.add(LintRule.META_CHARSET, metas.isEmpty() ? start(head) : start(metas.first()),
          metas.isEmpty() ? "the page has no <meta charset=\"utf-8\">"
              : "the page declares charset \"" + metas.first().attr("charset") + "\", not utf-8");
    }
  }

  private void texts(Element body) {
    body.traverse((node, depth) -> {
      if (node instanceof TextNode text && !skipped(text)) {
        runs(text);
        arrows(text);
      }
    });
  }

  private void runs(TextNode node) {
    String text = node.getWholeText();
    Matcher m = RUN.matcher(text);
    if (!m.find() || isolated(node) || !inArabicBlock(node)) {
      return;
    }
    do {
      String run = trimmed(m.group());
      boolean latin = LATIN_LETTER.matcher(run).find();
      out.add(latin ? LintRule.LTR_RUN : LintRule.NUMBER_RUN, offset(node, m.start()),
          (latin ? "Latin run «" : "number «") + shorten(run) + "» is not isolated from the Arabic text around it");
    } while (m.find());
  }

  private void arrows(TextNode node) {
    Matcher m = ARROW.matcher(node.getWholeText());
    if (m.find() && !mirroredOrDirected(node)) {
      out.add(LintRule.ARROW, offset(node, m.start()), "the arrow «" + m.group() + "» points the same way in right-to-left text");
    }
  }

  private void slots(Element body) {
    // One query for all slots (a page has many elements, few slots); the selector is named only for a finding.
    for (Element slot : body.select(SLOT_QUERY)) {
      boolean isolated = isolating(slot) || !slot.select("bdi, [dir]").isEmpty();
      if (!isolated && !slot.text().isBlank()) {
        String selector = DATA_SLOTS.stream().filter(slot::is).findFirst().orElse(SLOT_QUERY);
        out.add(LintRule.DATA_SLOT, start(slot), "«" + shorten(slot.text()) + "» (" + selector
            + ") is data of unknown direction without <bdi> or dir=\"auto\"");
      }
    }
  }

  private void fields(Element body) {
    for (Element field : body.select("input, textarea")) {
      String type = field.tagName().equals("textarea") ? "text" : field.attr("type").toLowerCase(Locale.ROOT);
      String dir = field.attr("dir").toLowerCase(Locale.ROOT);
      boolean free = type.isEmpty() || type.equals("text") || type.equals("search");
      boolean address = type.equals("email") || type.equals("url") || type.equals("tel");
      if ((free && !dir.equals("auto")) || (address && !dir.equals("auto") && !dir.equals("ltr"))) {
        out.add(LintRule.INPUT_DIR, start(field), "the form field <" + field.tagName()
            + (type.isEmpty() ? "" : " type=\"" + type + "\"") + "> has no dir=\"auto\"");
      }
    }
  }

  /** True when an element between the text and {@code <body>} isolates it: {@code <bdi>} or a dir attribute. */
  private static boolean isolated(Node node) {
    for (Element e = node.parent() instanceof Element p ? p : null; e != null && !e.tagName().equals("body"); e = e.parent()) {
      if (isolating(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isolating(Element e) {
    return e.tagName().equals("bdi") || e.hasAttr("dir");
  }

  private static boolean mirroredOrDirected(Node node) {
    for (Element e = node.parent() instanceof Element p ? p : null; e != null && !e.tagName().equals("body"); e = e.parent()) {
      if (e.hasAttr("dir") || e.hasClass(MIRRORED_CLASS)) {
        return true;
      }
    }
    return false;
  }

  private boolean inArabicBlock(Node node) {
    Element block = node.parent() instanceof Element p ? p : null;
    while (block != null && !BLOCKS.contains(block.tagName())) {
      block = block.parent();
    }
    if (block == null) {
      return false;
    }
    return arabicBlocks.computeIfAbsent(block, b -> ARABIC_LETTER.matcher(b.text()).find());
  }

  private static boolean skipped(Node node) {
    for (Node n = node.parent(); n != null; n = n.parent()) {
      if (n instanceof Element e && SKIPPED.contains(e.tagName())) {
        return true;
      }
    }
    return false;
  }

  private static int start(Element e) {
    return e != null && e.sourceRange().isTracked() ? e.sourceRange().startPos() : -1;
  }

  /** The source offset of a character of a text node; the node's start when entities make the two differ. */
  private int offset(TextNode node, int index) {
    if (!node.sourceRange().isTracked()) {
      return -1;
    }
    int start = node.sourceRange().startPos();
    String text = node.getWholeText();
    boolean verbatim = html.startsWith(text, start);
    return verbatim ? start + index : start;
  }

  private static String trimmed(String run) {
    int end = run.length();
    while (end > 1 && ".,:-'".indexOf(run.charAt(end - 1)) >= 0) {
      end--;
    }
    return run.substring(0, end);
  }

  private static String shorten(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return one.length() <= 40 ? one : one.substring(0, 39) + "…";
  }
}
