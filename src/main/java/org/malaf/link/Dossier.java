package org.malaf.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.malaf.config.DossierConfig;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ActorRegistry;
import org.malaf.ingest.ArticleId;

/**
 * The fully linked dossier that render turns into pages: articles newest first, one profile per
 * registered actor, and the sources grouped by publisher.
 */
public record Dossier(DossierConfig config, ActorRegistry registry, List<LinkedArticle> articles,
    Map<ArticleId, LinkedArticle> articlesById, Map<ActorId, ActorProfile> actors, List<SourceGroup> sources) {

  public Dossier {
    articles = List.copyOf(articles);
    articlesById = Map.copyOf(articlesById);
    actors = Map.copyOf(actors);
    sources = List.copyOf(sources);
  }

  public Optional<LinkedArticle> article(ArticleId id) {
    return Optional.ofNullable(articlesById.get(id));
  }

  public ActorProfile profile(ActorId id) {
    return actors.get(id);
  }
}
