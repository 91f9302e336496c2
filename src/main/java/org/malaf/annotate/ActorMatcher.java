package org.malaf.annotate;

import java.util.ArrayList;
import java.util.List;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.diag.Problems;
import org.malaf.ingest.ActorRegistry;

/**
 * Finds every mention of a registered actor in an article's blocks, however it is written: with proclitics
 * (لحفتر، بموسكو، وللإمارات), with diacritics or tatweel, with alef, ya and ta marbuta variants, in any listed
 * spelling, Latin names in any case.
 *
 * <p>Aliases and text are folded the same way ({@link ArabicFolding}) and compared word by word, so a name
 * never matches inside a longer word (حفتر is not found in وحفترية). Proclitics come off only when what is left
 * is a known alias, and only listed aliases match: the adjective الروسية is not روسيا. Where aliases overlap,
 * the longest wins (الإمارات العربية المتحدة over الإمارات), and an actor's {@code exclude} phrases suppress
 * that actor's matches inside them. All aliases are compiled once into one trie, so each block is read once,
 * whatever the number of actors. Immutable and thread-safe.
 */
public final class ActorMatcher {

  private final AliasTrie trie;

  private ActorMatcher(AliasTrie trie) {
    this.trie = trie;
  }

  /** Compiles the registry, reporting alias problems (shared, empty, common-word aliases) to {@code problems}. */
  public static ActorMatcher build(ActorRegistry registry, Problems problems) {
    return new ActorMatcher(RegistryChecks.compile(registry, problems));
  }

  /** The mentions in {@code blocks}, by block then position; source blocks (URLs) are skipped. */
  public List<Mention> match(List<Block> blocks) {
    List<Mention> mentions = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (block.type() != BlockType.SOURCE) {
        matchText(b, block.text(), mentions);
      }
    }
    return mentions;
  }

  /** The mentions in one text, reported as block {@code blockIndex}; the text of a block, a note or a title. */
  public List<Mention> match(int blockIndex, String text) {
    List<Mention> mentions = new ArrayList<>();
    matchText(blockIndex, text, mentions);
    return mentions;
  }

  private void matchText(int block, String text, List<Mention> out) {
    List<FoldedToken> words = ArabicFolding.tokens(text);
    boolean[] joined = Gaps.joined(text, words);
    List<AliasTrie.Hit> hits = new ArrayList<>();
    List<AliasTrie.Hit> excludes = new ArrayList<>();
    int free = 0;
    for (int i = 0; i < words.size(); i++) {
      hits.clear();
      trie.hitsAt(words, joined, i, hits);
      for (AliasTrie.Hit hit : hits) {
        if (!hit.excludedBy().isEmpty()) {
          excludes.add(hit);
        }
      }
      if (i >= free) {
        AliasTrie.Hit best = best(hits, excludes);
        if (best != null) {
          int start = words.get(i).start();
          int end = words.get(best.end() - 1).end();
          out.add(new Mention(best.actor(), block, start, end, text.substring(start, end)));
          free = best.end();
        }
      }
      // An exclude phrase ending here cannot contain a match that starts at the next word or later.
      int next = i + 1;
      excludes.removeIf(e -> e.end() <= next);
    }
  }

  /** The longest alias found here that no exclude phrase of its actor contains; fewer clitics break ties. */
  private static AliasTrie.Hit best(List<AliasTrie.Hit> hits, List<AliasTrie.Hit> excludes) {
    AliasTrie.Hit best = null;
    for (AliasTrie.Hit hit : hits) {
      if (hit.actor() == null || isExcluded(hit, excludes)) {
        continue;
      }
      if (best == null || hit.end() > best.end() || (hit.end() == best.end() && hit.reading() < best.reading())) {
        best = hit;
      }
    }
    return best;
  }

  private static boolean isExcluded(AliasTrie.Hit hit, List<AliasTrie.Hit> excludes) {
    for (AliasTrie.Hit ex : excludes) {
      if (ex.start() <= hit.start() && ex.end() >= hit.end() && ex.excludedBy().contains(hit.actor())) {
        return true;
      }
    }
    return false;
  }
}
