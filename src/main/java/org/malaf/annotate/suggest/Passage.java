package org.malaf.annotate.suggest;

import java.util.List;
import org.malaf.annotate.FoldedToken;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.ArticleId;

/**
 * One block prepared for scanning: its words, which neighbours only spaces separate ({@code joined}) and
 * which words already belong to a registered actor's mention ({@code known}). Arrays are never written
 * after construction.
 */
record Passage(ArticleId article, int paragraph, SourcePosition where, String text, List<FoldedToken> words,
    boolean[] joined, boolean[] known) {

  int size() {
    return words.size();
  }

  String folded(int i) {
    return words.get(i).folded();
  }

  /** True when the words {@code [from, to)} follow each other with spaces only and none is known. */
  boolean isFreeRun(int from, int to) {
    for (int k = from; k < to; k++) {
      if (known[k] || (k + 1 < to && !joined[k])) {
        return false;
      }
    }
    return true;
  }

  /** The text between word {@code k} and word {@code k + 1}. */
  String gapAfter(int k) {
    return text.substring(words.get(k).end(), words.get(k + 1).start());
  }

  /** The original text of the words {@code [from, to)}. */
  String surface(int from, int to) {
    return text.substring(words.get(from).start(), words.get(to - 1).end());
  }
}
