package org.malaf.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
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
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Checks one HTML page: the character rules on its source, then its markup (root attributes, charset,
 * isolation of runs and slots, arrows, fields, inline CSS) in a single walk over the parsed page that
 * carries what each node's ancestors say (skipped content, isolation, the enclosing block, data slots).
 */
final class PageLinter {

  /** A Latin or number run: a Latin letter or ASCII digit, then more of them joined by URL and number punctuation. */
  private static final Pattern RUN = Pattern.compile(
      "[\\p{IsLatin}0-9](?:[\\p{IsLatin}\\p{M}0-9.,:/%+_&'@#\\-]|[ ](?=[\\p{IsLatin}0-9]))*");
  private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
  private static final Pattern ARABIC_LETTER = Pattern.compile("[\\p{IsArabic}&&\\p{L}]");
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
  private static final SlotMatcher SLOTS = new SlotMatcher(DATA_SLOTS);
  private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "td", "th", "dd", "dt", "figcaption", "caption", "section", "article", "header", "footer", "main", "aside", "nav",
      "summary", "details", "ol", "ul", "dl", "table", "pre", "address", "figure", "form", "fieldset", "legend", "body");
  /** Content that is not HTML text: code, raw text, and SVG/MathML, where <bdi> does not exist (a tooltip's {@code <title>}). */
  private static final Set<String> SKIPPED = Set.of("script", "style", "template", "textarea", "noscript", "svg", "math");
  // The selections the rules need, tested on each element as the walk passes it (stateless jsoup evaluators).
  private static final Evaluator HTML = QueryParser.parse("html");
  private static final Evaluator META_CHARSET = QueryParser.parse("meta[charset]");
  private static final Evaluator STYLE_ELEMENT = QueryParser.parse("style");
  private static final Evaluator STYLE_ATTRIBUTE = QueryParser.parse("[style]");
  private static final Evaluator FIELD = QueryParser.parse("input, textarea");
  private static final Evaluator ISOLATING = QueryParser.parse("bdi, [dir]");

  private final String html;
  private final FileFindings out;
  private final Map<Element, Boolean> arabicBlocks = new IdentityHashMap<>();
  // What the walk knows about the element at each depth and its ancestors; a node reads its parent's entry.
  private boolean[] skipped = new boolean[32];
  private boolean[] isolated = new boolean[32];
  private Element[] block = new Element[32];
  private long[] slotBits = new long[32];
  private Document doc;
  private Element body;
  private SlotMatcher.Page slots;
  private boolean inBody;
  private Element root;
  private final List<Element> metas = new ArrayList<>();
  private final List<Element> styleElements = new ArrayList<>();
  private final List<Element> styleAttributes = new ArrayList<>();

  private PageLinter(String html, FileFindings out) {
    this.html = html;
    this.out = out;
  }

  /** Checks the page source {@code html}, adding what it finds to {@code out}. */
  static void lint(String html, FileFindings out) {
    CharacterChecks.check(html, out);
    // Tracking source positions makes jsoup half as slow again, and positions only matter for a finding: the
    // markup is checked without them, and a page with findings is parsed again with them and checked anew.
    FileFindings draft = out.draft();
    new PageLinter(html, draft).markup(false);
    if (!draft.isEmpty()) {
      new PageLinter(html, out).markup(true);
    }
  }

  private void markup(boolean trackPositions) {
    doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(trackPositions));
    body = doc.body();
    slots = SLOTS.page(body);
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          enter(e, depth);
        } else if (node instanceof TextNode text && inBody && !skipped[depth - 1]) {
          text(text, depth - 1);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node == body) {
          inBody = false;
        }
      }
    }, doc);
    root();
    charset();
    for (Element style : styleElements) {
      CssLinter.lintSheet(style.data(), style.sourceRange().endPos(), out);
    }
    for (Element styled : styleAttributes) {
      CssLinter.lintDeclarations(styled.attr("style"), start(styled), out);
    }
  }

  private void enter(Element e, int depth) {
    if (depth == skipped.length) {
      int size = depth * 2;
      skipped = Arrays.copyOf(skipped, size);
      isolated = Arrays.copyOf(isolated, size);
      block = Arrays.copyOf(block, size);
      slotBits = Arrays.copyOf(slotBits, size);
    }
    int up = depth - 1;
    String tag = e.tagName();
    skipped[depth] = SKIPPED.contains(tag) || (up >= 0 && skipped[up]);
    // Only the ancestors below <body> isolate.
    isolated[depth] = !tag.equals("body") && (isolating(e) || (up >= 0 && isolated[up]));
    block[depth] = BLOCKS.contains(tag) ? e : up >= 0 ? block[up] : null;
    if (root == null && HTML.matches(doc, e)) {
      root = e;
    }
    if (META_CHARSET.matches(doc, e)) {
      metas.add(e);
    }
    if (STYLE_ELEMENT.matches(doc, e)) {
      styleElements.add(e);
    }
    if (STYLE_ATTRIBUTE.matches(doc, e)) {
      styleAttributes.add(e);
    }
    if (e == body) {
      inBody = true;
    }
    if (inBody) {
      long parentBits = e == body ? 0 : slotBits[up];
      slotBits[depth] = slots.ancestorBits(e, parentBits);
      if (slots.matches(e, parentBits)) {
        slot(e);
      }
      if (FIELD.matches(body, e)) {
        field(e);
      }
    }
  }

  private void root() {
    String lang = root == null ? "" : root.attr("lang");
    String dir = root == null ? "" : root.attr("dir");
    if (!lang.equalsIgnoreCase("ar") || !dir.equalsIgnoreCase("rtl")) {
      out.add(LintRule.HTML_ROOT, root == null ? -1 : start(root),
          "the page's <html> has lang=\"" + lang + "\" dir=\"" + dir + "\", not lang=\"ar\" dir=\"rtl\"");
    }
  }

  private void charset() {
    boolean utf8 = metas.stream().anyMatch(m -> m.attr("charset").equalsIgnoreCase("utf-8"));
    if (!utf8) {
      Element head = doc.head();
      out.add(LintRule.META_CHARSET, metas.isEmpty() ? start(head) : start(metas.get(0)),
          metas.isEmpty() ? "the page has no <meta charset=\"utf-8\">"
              : "the page declares charset \"" + metas.get(0).attr("charset") + "\", not utf-8");
    }
  }

  /** A text node below {@code <body>}, outside skipped content; {@code up} is its parent's depth. */
  private void text(TextNode node, int up) {
    String text = node.getWholeText();
    int run = TextScan.firstRunStart(text);
    if (run >= 0 && !isolated[up] && inArabicBlock(block[up])) {
      Matcher m = RUN.matcher(text);
      boolean found = m.find(run); // no run starts before the first Latin letter or digit
      while (found) {
        String shown = trimmed(m.group());
        boolean latin = LATIN_LETTER.matcher(shown).find();
        out.add(latin ? LintRule.LTR_RUN : LintRule.NUMBER_RUN, offset(node, m.start()),
            (latin ? "Latin run «" : "number «") + shorten(shown) + "» is not isolated from the Arabic text around it");
        found = m.find();
      }
    }
    int arrow = TextScan.firstArrow(text);
    if (arrow >= 0 && !mirroredOrDirected(node)) {
      out.add(LintRule.ARROW, offset(node, arrow), "the arrow «" + text.charAt(arrow) + "» points the same way in right-to-left text");
    }
  }

  private void slot(Element slot) {
    boolean isolated = isolating(slot) || slot.selectFirst(ISOLATING) != null;
    if (!isolated && !slot.text().isBlank()) {
      String selector = DATA_SLOTS.stream().filter(slot::is).findFirst().orElse(SLOT_QUERY);
      out.add(LintRule.DATA_SLOT, start(slot), "«" + shorten(slot.text()) + "» (" + selector
          + ") is data of unknown direction without <bdi> or dir=\"auto\"");
    }
  }

  private void field(Element field) {
    String type = field.tagName().equals("textarea") ? "text" : field.attr("type").toLowerCase(Locale.ROOT);
    String dir = field.attr("dir").toLowerCase(Locale.ROOT);
    boolean free = type.isEmpty() || type.equals("text") || type.equals("search");
    boolean address = type.equals("email") || type.equals("url") || type.equals("tel");
    if ((free && !dir.equals("auto")) || (address && !dir.equals("auto") && !dir.equals("ltr"))) {
      out.add(LintRule.INPUT_DIR, start(field), "the form field <" + field.tagName()
          + (type.isEmpty() ? "" : " type=\"" + type + "\"") + "> has no dir=\"auto\"");
    }
  }

  private static boolean isolating(Element e) {
    return e.tagName().equals("bdi") || e.hasAttr("dir");
  }

  /** Asked only for the rare text with an arrow, so not carried by the walk: a class test on every element costs more. */
  private static boolean mirroredOrDirected(Node node) {
    for (Element e = node.parent() instanceof Element p ? p : null; e != null && !e.tagName().equals("body"); e = e.parent()) {
      if (e.hasAttr("dir") || e.hasClass(MIRRORED_CLASS)) {
        return true;
      }
    }
    return false;
  }

  private boolean inArabicBlock(Element block) {
    return block != null && arabicBlocks.computeIfAbsent(block, PageLinter::hasArabicLetter);
  }

  /** Whether {@code block.text()} has an Arabic letter, found without building that text (the block may be all of {@code <body>}). */
  private static boolean hasArabicLetter(Element block) {
    Iterator<TextNode> texts = block.nodeStream(TextNode.class).iterator();
    while (texts.hasNext()) {
      String text = texts.next().getWholeText();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isSurrogate(c)) {
          // text() joins the nodes, so a surrogate pair may span two of them: decide on the joined text
          return ARABIC_LETTER.matcher(block.text()).find();
        }
        if (TextScan.isArabicLetter(c)) {
          return true;
        }
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
