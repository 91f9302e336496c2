package org.malaf.link;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.malaf.ingest.ActorId;

/**
 * What one article adds to the dossier's indexes, read from the article alone: the actors it names, each
 * one's mentions with their sentences (in the article's order), how often actors share its paragraphs,
 * and its actors by mention count. Immutable.
 */
record ArticleLinks(SortedSet<ActorId> actors, Map<ActorId, List<MentionContext>> contextsByActor,
    Map<ActorId, Map<ActorId, Integer>> coMentions, List<ActorCount> counts) {
}
