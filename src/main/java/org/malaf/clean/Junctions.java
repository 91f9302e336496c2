package org.malaf.clean;

import static org.malaf.clean.WordInfo.ADJ_LIKE;
import static org.malaf.clean.WordInfo.AFTER_PREP;
import static org.malaf.clean.WordInfo.CLOSE;
import static org.malaf.clean.WordInfo.COMMA;
import static org.malaf.clean.WordInfo.CONJ;
import static org.malaf.clean.WordInfo.DEF;
import static org.malaf.clean.WordInfo.DEMO_FAR;
import static org.malaf.clean.WordInfo.DEMO_NEAR;
import static org.malaf.clean.WordInfo.LTR;
import static org.malaf.clean.WordInfo.NISBA;
import static org.malaf.clean.WordInfo.OPENER;
import static org.malaf.clean.WordInfo.OPEN_END;
import static org.malaf.clean.WordInfo.OPEN_START;
import static org.malaf.clean.WordInfo.PARTICLE;
import static org.malaf.clean.WordInfo.PREP;
import static org.malaf.clean.WordInfo.PUNCT_END;
import static org.malaf.clean.WordInfo.START_PUNCT;
import static org.malaf.clean.WordInfo.VERB_LIKE;
import static org.malaf.clean.WordInfo.VERB_TENSE;

import java.util.List;

/**
 * How plausible it is that word b follows word a in running text, as a log-odds-like score. A reversed
 * line puts one false pair side by side (its real end before its real start) and hides two real pairs (its
 * start after the previous line, its end before the next): the reading whose pairs are all plausible wins.
 * The evidence is general: punctuation, the grammar that spelling shows (the article, conjunctions,
 * prepositions, particles, demonstratives, adjective agreement) and the pairs the article itself uses.
 */
final class Junctions {

  /** The previous word ends a sentence or a paragraph (the start of a text counts as one). */
  static final WordInfo BOUNDARY = new WordInfo(".", new ArticleStats());

  /** The names of the weights, in order (for the tuner in the tests). */
  static final List<String> WEIGHT_NAMES = List.of("b_open", "b_far", "b_prep", "b_def", "comma_open", "prep_conj",
      "prep_prep", "prep_def", "part_conj", "part_prep", "near_def", "near_other", "far_def", "far_conj", "x_near",
      "conj_mid", "defdef_agree", "defdef", "def_func", "def_nisba", "idafa", "indef_agree", "pair", "stem",
      "pair_content", "defdef_noun");
  /** Weights of the evidence (log-odds-like), measured on synthetic damage; never written, handed out copied. */
  private static final double[] DEFAULT_WEIGHTS = {1.2, 0.8, -0.3, -0.6, 0.4, -3, -1.5, 0.0, -2.5, -0.3, 1.5, -0.8,
      1.0, -1.0, -1.0, -0.3, 1.5, 1.0, 0.3, -1.2, 0.6, 0.3, 2.0, 1.0, 3.5, 0.0};

  private final ArticleStats stats;
  private final double[] w;

  Junctions(ArticleStats stats) {
    this(stats, DEFAULT_WEIGHTS);
  }

  /**
   * Junctions weighed with {@code weights}, one per {@link #WEIGHT_NAMES} (checked by the caller, who keeps
   * the array unchanged: the chunk-order step makes one of these per article).
   */
  Junctions(ArticleStats stats, double[] weights) {
    this.stats = stats;
    this.w = weights;
  }

  /** A copy of the weights the cleaner uses. */
  static double[] defaultWeights() {
    return DEFAULT_WEIGHTS.clone();
  }

  /**
   * The score of b after a. The article's pair counts hold every line's written pairs, including the false
   * pair of a reversed line, so the pairs that stand side by side in the written lines being weighed
   * ({@code raw1}, {@code raw2}: their tokens, either may be null) do not count as evidence for themselves.
   */
  double score(WordInfo a, WordInfo b, WordInfo[] raw1, WordInfo[] raw2) {
    double s = 0;
    int seen = stats.pair(a.id, b.id);
    if (seen > 0) {
      seen -= self(a, b, raw1, raw2, false);
    }
    if (seen > 0) {
      s += a.content() && b.content() ? w[24] : w[22];   // two content words seen together say more
    } else {
      int stems = stats.stemPair(a.stemId, b.stemId);
      if (stems > 0 && stems - self(a, b, raw1, raw2, true) > 0) {
        s += w[23];
      }
    }
    return s + grammar(a, b);
  }


  private static int self(WordInfo a, WordInfo b, WordInfo[] raw1, WordInfo[] raw2, boolean stem) {
    int n = count(a, b, raw1, stem);
    return raw2 == null || raw2 == raw1 ? n : n + count(a, b, raw2, stem);
  }

  private static int count(WordInfo a, WordInfo b, WordInfo[] raw, boolean stem) {
    if (raw == null) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i + 1 < raw.length; i++) {
      if (stem ? raw[i].stemId == a.stemId && raw[i + 1].stemId == b.stemId
          : raw[i].id == a.id && raw[i + 1].id == b.id) {
        n++;
      }
    }
    return n;
  }

  /** The grammar part of {@link #score}, without the article's counts. */
  double grammar(WordInfo a, WordInfo b) {
    double s = 0;
    if (b.has(START_PUNCT)) {
      s -= 5;
    }
    if (a.has(OPEN_END)) {
      s -= 4;
    }
    if (a.sentenceEnd() || (a.has(CLOSE) && a.has(WordInfo.TERMINAL))) {
      // A new sentence: opened by a conjunction, a demonstrative, a sentence adverb, a quote.
      if (b.has(CONJ) || b.has(OPENER) || b.has(DEMO_NEAR)) {
        s += w[0];
      } else if (b.has(DEMO_FAR) || b.has(OPEN_START)) {
        s += w[1];
      } else if (b.has(PREP)) {
        s += w[2];
      } else if (b.has(DEF)) {
        s += w[3];
      }
      return s;
    }
    if (a.has(COMMA)) {
      if (b.has(CONJ) || b.has(OPENER)) {
        s += w[4];
      }
      return s;
    }
    if (a.has(PUNCT_END)) {
      return s;
    }
    if (a.has(PREP)) {
      if (b.has(CONJ)) {
        s += w[5];
      } else if (b.has(PREP) && !b.has(AFTER_PREP)) {
        s += w[6];
      } else if (b.has(VERB_TENSE)) {
        s -= 2;
      } else if (b.has(DEF) || b.has(DEMO_NEAR) || b.has(DEMO_FAR)) {
        s += w[7];
      }
      return s;
    }
    if (a.has(VERB_TENSE)) {
      if (b.has(CONJ)) {
        s -= 3;
      } else if (b.has(DEF) || b.has(PREP) || b.has(PARTICLE)) {
        s -= 1.5;
      }
      return s;
    }
    if (a.has(PARTICLE)) {
      if (b.has(CONJ)) {
        s += w[8];
      } else if (b.has(PREP)) {
        s += w[9];
      }
      return s;
    }
    if (a.has(DEMO_NEAR)) {
      if (b.has(DEF)) {
        s += w[10];
      } else if (b.has(CONJ)) {
        s -= 2;
      } else {
        s += w[11];
      }
      return s;
    }
    if (a.has(DEMO_FAR)) {
      if (b.has(DEF)) {
        s += w[12];
      } else if (b.has(CONJ)) {
        s += w[13];
      }
      return s;
    }
    if (b.has(DEMO_NEAR) && !a.has(DEF)) {
      return s + w[14];   // a demonstrative after a definite noun may point back (الزيارة هذه), else it opens a phrase
    }
    if (b.has(CONJ)) {
      return s + w[15];   // coordination inside a sentence happens, but less than a clause opening after punctuation
    }
    if (a.has(DEF)) {
      if (b.has(DEF)) {
        boolean adjective = b.has(ADJ_LIKE);
        s += adjective && agree(a.ending, b.ending) ? w[16] : (adjective ? w[17] : w[25]);
      } else if (b.has(PREP) || b.has(PARTICLE)) {
        s += w[18];
      } else if (b.content() && !b.has(OPEN_START) && b.has(NISBA) && !b.has(VERB_LIKE)) {
        s += w[19];   // a definite noun followed by an indefinite adjective (a nisba): a phrase break
      }
      return s;
    }
    if (a.content() && !a.has(LTR)) {
      if (b.has(DEF)) {
        s += w[20];   // a construct: وزير الخارجية
      } else if (b.content() && b.ending != WordInfo.END_NONE && agree(a.ending, b.ending) && a.ending != WordInfo.END_NONE) {
        s += w[21];
      }
    }
    return s;
  }

  /** Whether an adjective with ending b can follow a noun with ending a. */
  static boolean agree(int a, int b) {
    if (a == b) {
      return true;
    }
    return (a == WordInfo.END_AT && b == WordInfo.END_T) || (a == WordInfo.END_NONE && b == WordInfo.END_Y)
        || (a == WordInfo.END_NONE && b == WordInfo.END_NONE);
  }
}
