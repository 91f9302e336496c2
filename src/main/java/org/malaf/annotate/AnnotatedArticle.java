package org.malaf.annotate;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.malaf.clean.CleanArticle;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ArticleId;

/**
 * The output of annotate: a cleaned article with its actor mentions (in text order), footnoted sources,
 * anchored editor notes, and the articles and actors its notes link to.
 */
public record AnnotatedArticle(
    CleanArticle clean,
    List<Mention> mentions,
    List<Footnote> footnotes,
    List<Note> notes,
    Set<ArticleId> linkedArticles,
    Set<ActorId> linkedActors) {

  public AnnotatedArticle {
    Objects.requireNonNull(clean, "clean");
    mentions = List.copyOf(mentions);
    footnotes = List.copyOf(footnotes);
    notes = List.copyOf(notes);
    linkedArticles = java.util.Collections.unmodifiableSet(new TreeSet<>(linkedArticles));
    linkedActors = java.util.Collections.unmodifiableSet(new TreeSet<>(linkedActors));
  }

  public ArticleId id() {
    return clean.raw().id();
  }
}
