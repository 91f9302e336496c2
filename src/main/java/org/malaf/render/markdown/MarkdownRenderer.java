package org.malaf.render.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;

/**
 * Turns the Markdown of notes and descriptions into safe HTML with malaf's wiki links; build it once per
 * build and share it across threads (the flexmark parser and renderer are immutable once built).
 *
 * <p>Safety is two layers: flexmark escapes raw HTML ({@code <script>} shows as text, so a note can quote
 * markup), then {@link HtmlSanitizer} removes what Markdown itself can produce that must not run
 * ({@code [x](javascript:…)}, {@code data:} links, images).
 */
public final class MarkdownRenderer {

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  public MarkdownRenderer() {
    DataHolder options = new MutableDataSet()
        .set(Parser.EXTENSIONS, List.<Extension>of(MalafLinkExtension.create()))
        .set(HtmlRenderer.ESCAPE_HTML, true)
        .toImmutable();
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /** Block HTML ({@code <p>}, lists …) for {@code markdown}, links resolved by {@code resolver}; "" for blank. */
  public String toHtml(String markdown, WikiLinkResolver resolver) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return sanitizer.clean(render(markdown, resolver));
  }

  /**
   * Phrasing HTML for a one-line context (a title, a list item's label): no wrapping {@code <p>}; if the
   * Markdown has several blocks they are joined with a space.
   */
  public String toInlineHtml(String markdown, WikiLinkResolver resolver) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return sanitizer.cleanInline(render(markdown, resolver));
  }

  private String render(String markdown, WikiLinkResolver resolver) {
    Document document = parser.parse(markdown);
    document.set(MalafLinkExtension.RESOLVER, resolver == null ? WikiLinkResolver.none() : resolver);
    return renderer.render(document);
  }
}
