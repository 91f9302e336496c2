package org.malaf.render.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;
import java.util.Set;
import org.malaf.annotate.NoteLinkScanner;
import org.malaf.annotate.NoteLinkScanner.WikiLink;

/**
 * The parser half of {@link MalafLinkExtension}: at a {@code [[} it reads one link with
 * {@link NoteLinkScanner#parseAt}, the same syntax the build checked, and otherwise leaves the bracket to
 * the core link parser.
 */
final class WikiLinkInlineParser implements InlineParserExtension {

  WikiLinkInlineParser(LightInlineParser inlineParser) {
    // stateless: nothing to keep per document
  }

  @Override
  public boolean parse(LightInlineParser inlineParser) {
    BasedSequence input = inlineParser.getInput();
    int index = inlineParser.getIndex();
    Optional<WikiLink> link = NoteLinkScanner.parseAt(input, index);
    if (link.isEmpty()) {
      return false;
    }
    WikiLink l = link.get();
    inlineParser.flushTextNode();
    inlineParser.getBlock().appendChild(
        new WikiLinkNode(input.subSequence(l.start(), l.end()), l.kind(), l.ref(), l.text()));
    inlineParser.setIndex(l.end());
    return true;
  }

  @Override
  public void finalizeDocument(InlineParser inlineParser) {
    // nothing collected
  }

  @Override
  public void finalizeBlock(InlineParser inlineParser) {
    // nothing collected
  }

  /** Registers the parser for the '[' character. */
  static final class Factory implements InlineParserExtensionFactory {

    @Override
    public CharSequence getCharacters() {
      return "[";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new WikiLinkInlineParser(inlineParser);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }
}
