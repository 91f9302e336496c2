package org.malaf.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ActorRegistry;
import org.malaf.ingest.ArticleId;

/**
 * Finds the {@code [[actor:ID]]}, {@code [[article:REF]]} and {@code [[kind:ref|text]]} links of a note's
 * Markdown, so backlinks can be indexed before rendering; an unknown id or a malformed link is an error at
 * the note's position. The syntax lives here ({@link #WIKI_LINK}, {@link #parseAt}) and the Markdown
 * extension in {@code org.malaf.render.markdown} parses with the same method, so what is checked here is
 * exactly what renders as a link.
 *
 * <p>A link escaped as {@code \[[…]]} is text for Markdown and is skipped here too. A link written inside a
 * code span is still checked (Markdown shows it as code): a false alarm there is cheaper than a missed one.
 */
public final class NoteLinkScanner {

  /**
   * {@code [[kind:ref]]} or {@code [[kind:ref|text]]}: kind {@code actor} or {@code article} (lower case),
   * a ref without spaces, '|' or ']', and an optional link text without ']'. Groups: 1 kind, 2 ref, 3 text.
   */
  public static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(actor|article):([^\\]|\\s]+)(?:\\|([^\\]]*))?\\]\\]");

  /** What an editor may have meant as a link: used to report near misses such as {@code [[actor: haftar]]}. */
  private static final Pattern LOOKS_LIKE_LINK = Pattern.compile("\\[\\[\\s*(?i:actor|article)\\s*:");

  /** One parsed link: its kind ({@code actor}/{@code article}), ref, custom text (empty when none) and span. */
  public record WikiLink(String kind, String ref, String text, int start, int end) {

    /** True when the editor gave the link its own text ({@code [[actor:ID|text]]}). */
    public boolean hasText() {
      return !text.isBlank();
    }
  }

  private final ActorRegistry registry;
  private final ArticleDirectory articles;

  public NoteLinkScanner(ActorRegistry registry, ArticleDirectory articles) {
    this.registry = registry;
    this.articles = articles;
  }

  /** The link starting exactly at {@code index} of {@code input}, if one does. */
  public static Optional<WikiLink> parseAt(CharSequence input, int index) {
    if (index + 2 > input.length() || input.charAt(index) != '[' || input.charAt(index + 1) != '[') {
      return Optional.empty();
    }
    Matcher m = WIKI_LINK.matcher(input).region(index, input.length());
    return m.lookingAt() ? Optional.of(toLink(m)) : Optional.empty();
  }

  /** Every link of {@code markdown} in order, skipping escaped ones ({@code \[[…]]}). */
  public static List<WikiLink> findAll(String markdown) {
    List<WikiLink> out = new ArrayList<>();
    Matcher m = WIKI_LINK.matcher(markdown);
    while (m.find()) {
      if (!escaped(markdown, m.start())) {
        out.add(toLink(m));
      }
    }
    return out;
  }

  /**
   * Adds the note's resolved links to {@code linkedArticles}/{@code linkedActors} and reports unknown ids and
   * malformed links at {@code at}.
   */
  public void scan(String markdown, SourcePosition at, Set<ArticleId> linkedArticles, Set<ActorId> linkedActors,
      Problems problems) {
    List<WikiLink> links = findAll(markdown);
    for (WikiLink link : links) {
      if (link.kind().equals("actor")) {
        var actor = registry.find(link.ref());
        if (actor.isPresent()) {
          linkedActors.add(actor.get().id());
        } else {
          problems.error(at, "the note links to an unknown actor '" + link.ref() + "'", "use an id from actors.yaml");
        }
      } else {
        var article = articles.resolve(link.ref());
        if (article.isPresent()) {
          linkedArticles.add(article.get());
        } else {
          problems.error(at, "the note links to an unknown article '" + link.ref() + "'",
              "use an article's id, its number before '_', or its slug");
        }
      }
    }
    reportNearMisses(markdown, links, at, problems);
  }

  private static void reportNearMisses(String markdown, List<WikiLink> links, SourcePosition at, Problems problems) {
    Matcher m = LOOKS_LIKE_LINK.matcher(markdown);
    while (m.find()) {
      int start = m.start();
      boolean parsed = links.stream().anyMatch(l -> l.start() == start);
      if (!parsed && !escaped(markdown, start)) {
        int close = markdown.indexOf("]]", start);
        String shown = close < 0 ? markdown.substring(start, Math.min(markdown.length(), start + 40))
            : markdown.substring(start, close + 2);
        problems.error(at, "the note has a malformed link '" + shown + "'",
            "write [[actor:ID]], [[article:REF]] or [[actor:ID|text]]: lower-case kind, no spaces around ':' or in the id");
      }
    }
  }

  private static WikiLink toLink(Matcher m) {
    String text = m.group(3) == null ? "" : m.group(3).strip();
    return new WikiLink(m.group(1), m.group(2), text, m.start(), m.end());
  }

  /** True when an odd number of backslashes precede {@code index}, as Markdown reads an escape. */
  private static boolean escaped(CharSequence s, int index) {
    int n = 0;
    for (int i = index - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }
}
