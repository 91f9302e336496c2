package org.malaf.annotate.suggest;

import java.util.List;
import java.util.Objects;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.ArticleId;

/**
 * A name that occurs in the articles but is in no actor's aliases: how it is usually written, how often it
 * occurs (with any proclitic), the titles it was found after ({@code cues}, empty when it was found as a
 * repeated phrase) and where it first occurs, with the sentence around it.
 */
public record Suggestion(String name, int count, List<String> cues, ArticleId article, int paragraph,
    SourcePosition where, String sample) {

  public Suggestion {
    Objects.requireNonNull(name, "name");
    cues = List.copyOf(cues);
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(sample, "sample");
    if (count < 1 || paragraph < 1) {
      throw new IllegalArgumentException("bad suggestion " + count + " ¶" + paragraph);
    }
  }
}
