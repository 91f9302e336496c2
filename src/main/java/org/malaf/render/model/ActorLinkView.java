package org.malaf.render.model;

/** A link to an actor page with the actor's kind and a count of mentions. */
public record ActorLinkView(String id, String name, String href, String kind, int count) {
}
