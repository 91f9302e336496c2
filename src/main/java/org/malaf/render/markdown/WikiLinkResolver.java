package org.malaf.render.markdown;

import java.util.Optional;

/**
 * Resolves the {@code [[actor:ID]]} and {@code [[article:REF]]} links of Markdown for one page; implemented
 * per page, because hrefs are relative to the page that shows them.
 */
@FunctionalInterface
public interface WikiLinkResolver {

  /** The target of {@code [[kind:ref]]} ({@code kind} is {@code actor} or {@code article}), if it exists. */
  Optional<WikiTarget> resolve(String kind, String ref);

  /** A resolver that knows no target: every link renders as plain text. */
  static WikiLinkResolver none() {
    return (kind, ref) -> Optional.empty();
  }
}
