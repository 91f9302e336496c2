package org.malaf.explore.model;

import org.malaf.render.model.ActorLinkView;

/** Two actors and the number of paragraphs that name both. */
public record NetworkEdgeView(ActorLinkView a, ActorLinkView b, int paragraphs) {
}
