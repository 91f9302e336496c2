package org.malaf.clean;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word and word-pair counts of one article, the evidence for where a reversed line really started: a pair
 * seen elsewhere is a real pair, not a cut. Words get small integer ids so that the many look-ups made
 * while weighing readings build no strings; each distinct token is described once by a {@link WordInfo}.
 */
final class ArticleStats {

  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, Integer> stemIds = new HashMap<>();
  private int[] interior = new int[64];
  private final Map<Long, Integer> pairs = new HashMap<>();
  private final Map<Long, Integer> stemPairs = new HashMap<>();
  private final Map<String, WordInfo> infos = new HashMap<>();
  private final Map<String, int[]> tokenIds = new HashMap<>();

  /** Counts the tokens of one line; the first and last token are skipped as words since cut fragments sit there. */
  void addLine(List<String> tokens) {
    addLine(tokens, true);
  }

  /**
   * As above; {@code withPairs} false counts the words only: a line that may be reversed holds one false pair,
   * which must not become evidence for itself.
   */
  void addLine(List<String> tokens, boolean withPairs) {
    int prevId = -1;
    int prevStem = -1;
    for (int i = 0; i < tokens.size(); i++) {
      int[] ids = tokenIds(tokens.get(i));
      int id = ids[0];
      int st = ids[1];
      if (i > 0 && i < tokens.size() - 1 && ids[2] >= 0) {
        int c = ids[2];
        if (c >= interior.length) {
          interior = Arrays.copyOf(interior, Math.max(c + 1, interior.length * 2));
        }
        interior[c]++;
      }
      if (i > 0 && withPairs) {
        pairs.merge(key(prevId, id), 1, Integer::sum);
        stemPairs.merge(key(prevStem, st), 1, Integer::sum);
      }
      prevId = id;
      prevStem = st;
    }
  }

  /** Class id, stem id and core id (-1 when the token has no core) of a token, worked out once per distinct token. */
  private int[] tokenIds(String token) {
    int[] ids = tokenIds.get(token);
    if (ids == null) {
      String core = Words.core(token);
      String cls = clsOf(token, core);
      ids = new int[] {id(cls, true), stemId(stemOfClass(cls), true), core.isEmpty() ? -1 : id(core, true)};
      tokenIds.put(token, ids);
    }
    return ids;
  }

  /** The description of a token, made once per distinct token of the article. */
  WordInfo info(String token) {
    WordInfo w = infos.get(token);
    if (w == null) {
      w = new WordInfo(token, this);
      infos.put(token, w);
    }
    return w;
  }

  int id(String cls, boolean add) {
    Integer i = ids.get(cls);
    if (i == null) {
      if (!add) {
        return -1;
      }
      i = ids.size();
      ids.put(cls, i);
    }
    return i;
  }

  int stemId(String stem, boolean add) {
    Integer i = stemIds.get(stem);
    if (i == null) {
      if (!add) {
        return -1;
      }
      i = stemIds.size();
      stemIds.put(stem, i);
    }
    return i;
  }

  /** How often the word (its core) stands inside a line, not at a line's edge. */
  int word(String token) {
    String c = Words.core(token);
    if (c.isEmpty()) {
      return 0;
    }
    int i = id(c, false);
    return i < 0 || i >= interior.length ? 0 : interior[i];
  }

  int interiorCount(int coreId) {
    return coreId < 0 || coreId >= interior.length ? 0 : interior[coreId];
  }

  int pair(String a, String b) {
    return pair(id(cls(a), false), id(cls(b), false));
  }

  int pair(int a, int b) {
    return a < 0 || b < 0 ? 0 : pairs.getOrDefault(key(a, b), 0);
  }

  /** Pairs of stems: "الخارجية الروسي" is evidence for "الخارجية الروسية". */
  int stemPair(int a, int b) {
    return a < 0 || b < 0 ? 0 : stemPairs.getOrDefault(key(a, b), 0);
  }

  private static long key(int a, int b) {
    // Mixed so that the map's hash (high ^ low bits) spreads: a bijection, so keys stay distinct.
    return (((long) a << 32) | (b & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
  }

  /** The word without the article, a leading conjunction or preposition, and common endings (a rough stem). */
  static String stem(String token) {
    return stemOfClass(cls(token));
  }

  /** {@link #stem} of a token whose class ({@link #cls}) is known. */
  static String stemOfClass(String cls) {
    String z = cls;
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

  /** Numbers count as one word class, so "in 1990" is evidence for "in 2011". */
  static String cls(String token) {
    return clsOf(token, Words.core(token));
  }

  /** {@link #cls} of a token whose core is known. */
  static String clsOf(String token, String core) {
    return Words.isLtr(token) && token.chars().anyMatch(Character::isDigit) ? "<n>" : core;
  }

  /** Common words whose و is a root letter, not the conjunction (general Arabic). */
  private static final String[] WAW_ROOTS = {"وزير", "وزار", "وزراء", "وسائل", "وسيل", "وكال", "وصل", "وصول", "وضع",
      "وقت", "وجود", "وجه", "وفد", "وطن", "واحد", "ولاي", "وفق", "وحد", "وراء", "وقف", "وعد", "ورق", "وقع", "واقع",
      "ولد", "وسط", "وثيق", "وثائق", "وصف", "وظيف", "ولاء", "ورد", "وصي", "وسع", "وفاة", "وفي", "ومض", "وهم", "وعي",
      "وزن", "وجب", "واجب", "ورث", "وكيل", "ولي", "وادي", "وباء", "وئام", "وارد", "واسع", "واضح"};

  /** True when the token looks like conjunction و/ف + a word, which starts a clause. */
  boolean isConjunction(String token) {
    return isConjunctionCore(Words.core(token));
  }

  /** {@link #isConjunction} of a token's core. */
  boolean isConjunctionCore(String c) {
    if (c.length() < 3 || (c.charAt(0) != 'و' && c.charAt(0) != 'ف')) {
      return false;
    }
    String rest = c.substring(1);
    if (rest.startsWith("ال") || "أإيتن".indexOf(rest.charAt(0)) >= 0 || word(rest) > 0 || id(rest, false) >= 0) {
      return true;
    }
    if (c.charAt(0) == 'ف' || c.length() < 4) {
      return false;
    }
    for (String root : WAW_ROOTS) {
      if (c.startsWith(root)) {
        return false;
      }
    }
    return true;   // most words that start with و in running text are the conjunction and a word
  }
}
