package org.malaf.render.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A parsed {@code [[kind:ref]]} or {@code [[kind:ref|text]]} link in the Markdown AST; a leaf. */
final class WikiLinkNode extends Node {

  private final String kind;
  private final String ref;
  private final String text;

  WikiLinkNode(BasedSequence chars, String kind, String ref, String text) {
    super(chars);
    this.kind = kind;
    this.ref = ref;
    this.text = text;
  }

  String kind() {
    return kind;
  }

  String ref() {
    return ref;
  }

  /** The editor's link text, empty when the target's name should be shown. */
  String text() {
    return text;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
