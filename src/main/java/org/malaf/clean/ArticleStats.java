package org.malaf.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word and word-pair counts of one article (and optionally of a whole dossier), the evidence for where a
 * reversed line really started: a pair seen elsewhere is a real pair, not a cut.
 */
final class ArticleStats {

  private final Map<String, Integer> words = new HashMap<>();
  private final Map<String, Integer> pairs = new HashMap<>();
  private final Map<String, Integer> stemPairs = new HashMap<>();
  private final ArticleStats background;

  ArticleStats(ArticleStats background) {
    this.background = background;
  }

  /** Counts the tokens of one line; the first and last token are skipped as words since cut fragments sit there. */
  void addLine(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && i < tokens.size() - 1) {
        words.merge(Words.core(tokens.get(i)), 1, Integer::sum);
      }
      if (i > 0) {
        pairs.merge(key(tokens.get(i - 1), tokens.get(i)), 1, Integer::sum);
        stemPairs.merge(stem(tokens.get(i - 1)) + ' ' + stem(tokens.get(i)), 1, Integer::sum);
      }
    }
  }

  int word(String token) {
    String c = Words.core(token);
    if (c.isEmpty()) {
      return 0;
    }
    return words.getOrDefault(c, 0) + (background == null ? 0 : background.word(token));
  }

  int pair(String a, String b) {
    return pairs.getOrDefault(key(a, b), 0) + (background == null ? 0 : background.pair(a, b));
  }

  /** Pairs of stems: "الخارجية الروسي" is evidence for "الخارجية الروسية". */
  int stemPair(String a, String b) {
    return stemPairs.getOrDefault(stem(a) + ' ' + stem(b), 0) + (background == null ? 0 : background.stemPair(a, b));
  }

  /** The word without the article, a leading conjunction or preposition, and common endings (a rough stem). */
  static String stem(String token) {
    String z = cls(token);
    for (String p : new String[] {"وال", "بال", "فال", "كال", "لل", "ال"}) {
      if (z.startsWith(p) && z.length() - p.length() >= 3) {
        z = z.substring(p.length());
        break;
      }
    }
    if (z.length() >= 5 && "وفبل".indexOf(z.charAt(0)) >= 0 && !z.startsWith("ال")) {
      z = z.substring(1);
    }
    for (String e : new String[] {"ية", "ات", "ين", "ون", "ها", "ة", "ي"}) {
      if (z.endsWith(e) && z.length() - e.length() >= 3) {
        return z.substring(0, z.length() - e.length());
      }
    }
    return z;
  }

  private static String key(String a, String b) {
    return cls(a) + ' ' + cls(b);
  }

  /** Numbers count as one word class, so "in 1990" is evidence for "in 2011". */
  private static String cls(String token) {
    return Words.isLtr(token) && token.chars().anyMatch(Character::isDigit) ? "<n>" : Words.core(token);
  }

  /** True when the token looks like conjunction و/ف + a word, which starts a clause. */
  boolean isConjunction(String token) {
    String c = Words.core(token);
    if (c.length() < 4 || (c.charAt(0) != 'و' && c.charAt(0) != 'ف')) {
      return false;
    }
    String rest = c.substring(1);
    return rest.startsWith("ال") || "أإيتنبلك".indexOf(rest.charAt(0)) >= 0 || word(rest) > 0;
  }
}
