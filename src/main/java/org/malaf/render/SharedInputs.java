package org.malaf.render;

import java.time.LocalDate;
import java.util.List;
import org.malaf.config.DossierConfig;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ArticleId;

/**
 * What a page reads of the dossier beyond its own inputs, through {@link SiteContext}: the configuration
 * (titles, base URL), the registry (actor names, kinds and paths for links and chips) and, for links to
 * other articles, each article's id, slug, title and date in the dossier's order.
 */
public record SharedInputs(DossierConfig config, List<Actor> actors, List<ArticleSummary> articles) {

  /** The parts of an article that pages linking to it show or resolve. */
  public record ArticleSummary(ArticleId id, String slug, String title, LocalDate date) {
  }

  public SharedInputs {
    actors = List.copyOf(actors);
    articles = List.copyOf(articles);
  }
}
