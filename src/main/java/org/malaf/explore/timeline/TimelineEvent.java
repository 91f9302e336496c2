package org.malaf.explore.timeline;

import java.util.List;
import java.util.Objects;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ArticleId;

/**
 * A dated event on the timeline: the date found, the article and block (0-based) it was found in, the
 * sentence around it with the date's span in that sentence, and the actors named in the same block.
 */
public record TimelineEvent(ArticleId article, int block, FoundDate found, String sentence, int markStart,
    int markEnd, List<ActorId> actors) {

  public TimelineEvent {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(sentence, "sentence");
    if (markStart < 0 || markEnd > sentence.length() || markEnd <= markStart) {
      throw new IllegalArgumentException("mark outside the sentence");
    }
    actors = List.copyOf(actors);
  }

  public TimelineDate date() {
    return found.date();
  }
}
