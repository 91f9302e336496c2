package org.malaf.link;

import java.util.List;
import java.util.Objects;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.Sidecar;

/**
 * An annotated article placed in the dossier: the actors it names (most named first), related articles
 * (by shared actors, rarer actors weighing more) and the articles that link to it.
 */
public record LinkedArticle(AnnotatedArticle annotated, List<ActorCount> actors, List<ArticleId> related,
    List<ArticleId> backlinks) {

  public LinkedArticle {
    Objects.requireNonNull(annotated, "annotated");
    actors = List.copyOf(actors);
    related = List.copyOf(related);
    backlinks = List.copyOf(backlinks);
  }

  public ArticleId id() {
    return annotated.id();
  }

  public Sidecar sidecar() {
    return annotated.clean().raw().sidecar();
  }
}
