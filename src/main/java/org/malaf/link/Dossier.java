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
 * registered actor, and the sources grouped by publisher. {@code positions} gives each article's index in
 * {@code articles}; the linker makes it once and keeps it while an edit leaves every id in its place.
 */
public record Dossier(DossierConfig config, ActorRegistry registry, List<LinkedArticle> articles,
    Map<ArticleId, Integer> positions, Map<ActorId, ActorProfile> actors, List<SourceGroup> sources) {

  public Dossier {
    articles = List.copyOf(articles);
    positions = Map.copyOf(positions); // the same map when it is an immutable one already
    if (positions.size() != articles.size()) {
      throw new IllegalArgumentException("positions name " + positions.size() + " of " + articles.size() + " articles");
    }
    actors = Map.copyOf(actors);
    sources = List.copyOf(sources);
  }

  public Optional<LinkedArticle> article(ArticleId id) {
    Integer at = positions.get(id);
    return at == null ? Optional.empty() : Optional.of(articles.get(at));
  }

  public ActorProfile profile(ActorId id) {
    return actors.get(id);
  }
}
