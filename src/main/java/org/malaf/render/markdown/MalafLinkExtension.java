package org.malaf.render.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * The flexmark extension for malaf's {@code [[actor:ID]]}, {@code [[article:REF]]} and
 * {@code [[kind:ref|text]]} links: one class registering the inline parser and the node renderer, as
 * flexmark's own extensions do. The resolver for the page being rendered travels in the document's data
 * ({@link #RESOLVER}), so the built parser and renderer stay immutable and shared across threads.
 */
public final class MalafLinkExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

  /** The page's resolver, set on each parsed document; by default nothing resolves. */
  public static final DataKey<WikiLinkResolver> RESOLVER =
      new DataKey<>("MALAF_WIKI_LINK_RESOLVER", WikiLinkResolver.none());

  private MalafLinkExtension() {
  }

  /** The extension, for {@code Parser.EXTENSIONS}. */
  public static MalafLinkExtension create() {
    return new MalafLinkExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    // no options
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
    // no options
  }

  @Override
  public void extend(Parser.Builder parser) {
    parser.customInlineParserExtensionFactory(new WikiLinkInlineParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder renderer, String rendererType) {
    if (renderer.isRendererType("HTML")) {
      renderer.nodeRendererFactory(new WikiLinkNodeRenderer.Factory());
    }
  }
}
