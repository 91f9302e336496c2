package org.malaf.render.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Optional;
import java.util.Set;

/**
 * The renderer half of {@link MalafLinkExtension}: a resolved link becomes {@code <a class="wikilink
 * wikilink-KIND">}, with the target's name unless the editor gave a text; an unresolvable one becomes
 * {@code <span class="wikilink wikilink-missing">} with the editor's text or the ref (the build has
 * already reported it). Inside a Markdown link it renders as text, since HTML can't nest links.
 */
final class WikiLinkNodeRenderer implements NodeRenderer {

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(WikiLinkNode.class, this::render));
  }

  private void render(WikiLinkNode node, NodeRendererContext context, HtmlWriter html) {
    WikiLinkResolver resolver = MalafLinkExtension.RESOLVER.get(context.getDocument());
    Optional<WikiTarget> target = resolver.resolve(node.kind(), node.ref());
    if (target.isPresent() && node.getAncestorOfType(Link.class, LinkRef.class) != null) {
      // a link inside a Markdown link: HTML can't nest <a>, so keep the text of the outer link
      html.text(node.text().isEmpty() ? target.get().label() : node.text());
    } else if (target.isPresent()) {
      String text = node.text().isEmpty() ? target.get().label() : node.text();
      html.attr("href", target.get().href()).attr("class", "wikilink wikilink-" + node.kind()).withAttr().tag("a");
      html.text(text);
      html.tag("/a");
    } else {
      html.attr("class", "wikilink wikilink-missing").withAttr().tag("span");
      html.text(node.text().isEmpty() ? node.ref() : node.text());
      html.tag("/span");
    }
  }

  /** Creates the renderer; it has no options. */
  static final class Factory implements NodeRendererFactory {

    @Override
    public NodeRenderer apply(DataHolder options) {
      return new WikiLinkNodeRenderer();
    }
  }
}
