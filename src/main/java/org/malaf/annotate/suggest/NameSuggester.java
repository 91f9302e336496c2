package org.malaf.annotate.suggest;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.malaf.annotate.ActorMatcher;
import org.malaf.annotate.ArabicFolding;
import org.malaf.annotate.FoldedToken;
import org.malaf.annotate.Gaps;
import org.malaf.annotate.Mention;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.clean.CleanArticle;
import org.malaf.diag.SourcePosition;

/**
 * Suggests names for the actor registry: frequent names in the cleaned articles that no alias covers yet,
 * found after titles and roles (الرئيس، اللواء، صحيفة …) and as phrases that recur unchanged. Each comes with
 * its count and a sample sentence, so an editor can decide and copy the spelling into {@code actors.yaml}.
 * Immutable and thread-safe; the output order is deterministic (count, then Arabic collation).
 */
public final class NameSuggester {

  private final ActorMatcher matcher;
  private final Collator collator;

  public NameSuggester(ActorMatcher matcher) {
    this.matcher = matcher;
    Collator arabic = Collator.getInstance(ULocale.forLanguageTag("ar"));
    arabic.freeze();
    this.collator = arabic;
  }

  /** Names occurring at least {@code minCount} times, most frequent first. */
  public List<Suggestion> suggest(List<CleanArticle> articles, int minCount) {
    List<Passage> passages = passages(articles);
    Tally tally = new Tally();
    List<TitleCues.Found> afterTitles = new ArrayList<>();
    for (Passage p : passages) {
      TitleCues.findIn(p, afterTitles);
    }
    for (TitleCues.Found found : afterTitles) {
      for (int to = found.exact() ? found.to() : found.from() + 1; to <= found.to(); to++) {
        if (found.exact() || !TitleCues.isConnector(found.passage().folded(to - 1))) {
          tally.add(RepeatedPhrases.key(found.passage(), found.from(), to), found.cue());
        }
      }
    }
    for (String key : RepeatedPhrases.find(passages, Math.max(1, minCount))) {
      tally.add(key, null);
    }
    tally.count(passages);
    List<Suggestion> out = new ArrayList<>();
    for (Tally.Entry e : tally.atLeast(Math.max(1, minCount))) {
      Passage p = e.firstPassage;
      out.add(new Suggestion(e.name(), e.count, List.copyOf(e.cues), p.article(), p.paragraph(), p.where(),
          Samples.sentenceAround(p.text(), p.words().get(e.firstFrom).start(), p.words().get(e.firstTo - 1).end())));
    }
    out.sort(Comparator.comparingInt(Suggestion::count).reversed()
        .thenComparing(Suggestion::name, collator::compare)
        .thenComparing(Suggestion::name));
    return List.copyOf(out);
  }

  private List<Passage> passages(List<CleanArticle> articles) {
    List<Passage> passages = new ArrayList<>();
    for (CleanArticle article : articles) {
      List<Block> blocks = article.blocks();
      List<Mention> mentions = matcher.match(blocks);
      for (int b = 0; b < blocks.size(); b++) {
        Block block = blocks.get(b);
        if (block.type() == BlockType.SOURCE) {
          continue;
        }
        String text = block.text();
        List<FoldedToken> words = ArabicFolding.tokens(text);
        boolean[] known = new boolean[words.size()];
        for (Mention m : mentions) {
          if (m.block() == b) {
            markKnown(words, m, known);
          }
        }
        SourcePosition where = new SourcePosition(article.raw().file(), block.firstLine(), 0);
        passages.add(new Passage(article.raw().id(), b + 1, where, text, words, Gaps.joined(text, words), known));
      }
    }
    return passages;
  }

  private static void markKnown(List<FoldedToken> words, Mention m, boolean[] known) {
    for (int k = 0; k < words.size(); k++) {
      if (words.get(k).start() < m.end() && words.get(k).end() > m.start()) {
        known[k] = true;
      }
    }
  }
}
