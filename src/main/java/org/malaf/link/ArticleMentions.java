package org.malaf.link;

import java.util.List;
import org.malaf.ingest.ArticleId;

/** Every mention of one actor in one article, in text order. */
public record ArticleMentions(ArticleId article, List<MentionContext> mentions) {

  public ArticleMentions {
    mentions = List.copyOf(mentions);
  }
}
