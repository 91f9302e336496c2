package org.malaf.ingest;

import java.nio.file.Path;
import java.util.List;
import org.malaf.config.DossierConfig;

/** Everything read from the seeds folder: settings, actor registry and articles (sorted by id). */
public record Seeds(Path root, DossierConfig config, ActorRegistry registry, List<RawArticle> articles) {

  public Seeds {
    articles = List.copyOf(articles);
  }
}
