package org.malaf.explore.model;

import java.util.List;
import org.malaf.render.model.ActorLinkView;

/**
 * One dated event: {@code iso} for {@code <time datetime>}, the date as shown, {@code certainty} ("" when
 * the text states the whole date, else "inferred" or "relative") with its Arabic label, the article and the
 * paragraph link, the sentence with the date marked ({@code contextHtml}, built and escaped in Java), and
 * the actors named in that paragraph.
 */
public record TimelineEventView(String iso, String dateText, String certainty, String certaintyLabel,
    String articleTitle, String href, String contextHtml, List<ActorLinkView> actors) {

  public TimelineEventView {
    actors = List.copyOf(actors);
  }
}
