package org.malaf.render.model;

/** A mention on an actor page: the sentence around it and the link to its paragraph. */
public record MentionView(String href, int paragraph, String beforeHtml, String surface, String afterHtml) {
}
