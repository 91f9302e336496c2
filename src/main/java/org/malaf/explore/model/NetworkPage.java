package org.malaf.explore.model;

import java.util.List;
import org.malaf.render.model.ActorLinkView;
import org.malaf.render.model.Chrome;

/**
 * Everything {@code network.html} shows: the drawings ({@code svgHtml}, built and escaped in Java: the full
 * one with {@code actorCount} actors and a compact one for phones with {@code compactActorCount}), the
 * strongest links as a list readable without the drawing, and the mentioned actors the drawing leaves out.
 */
public record NetworkPage(Chrome chrome, String svgHtml, int actorCount, int edgeCount, int compactActorCount,
    List<NetworkEdgeView> strongest, List<ActorLinkView> notDrawn) {

  public NetworkPage {
    strongest = List.copyOf(strongest);
    notDrawn = List.copyOf(notDrawn);
  }
}
