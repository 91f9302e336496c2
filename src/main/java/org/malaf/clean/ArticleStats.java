package org.malaf.clean;

import java.util.Arrays;
import java.util.List;

/**
 * Word and word-pair counts of one article, the evidence for where a reversed line really started: a pair
 * seen elsewhere is a real pair, not a cut. Words get small integer ids so that the many look-ups made
 * while weighing readings build no strings; each distinct token is described once by a {@link WordInfo}.
 * It also keeps the article's table of distinct tokens, which {@link Tok#split} fills as it reads the lines.
 */
final class ArticleStats {

  private final StringIds ids;
  private final StringIds stemIds;
  private int[] interior;
  private final PairCounts pairs;
  private final PairCounts stemPairs;
  /** Each distinct token of the article (by its id in {@code texts}): its ids once counted, its description once asked for. */
  private final StringIds texts;
  private Token[] tokens;

  ArticleStats() {
    this(0);
  }

  /** Counts sized for an article of about this many characters, which saves growing the tables step by step. */
  ArticleStats(int chars) {
    int words = chars / 6;
    int distinct = words / 2;   // a news article repeats about every other word
    ids = new StringIds(distinct);
    stemIds = new StringIds(distinct);
    texts = new StringIds(distinct);
    tokens = new Token[Math.max(64, distinct)];
    interior = new int[Math.max(64, distinct)];
    pairs = new PairCounts(words);
    stemPairs = new PairCounts(words);
  }

  /** What is known of one distinct token; the core and class are worked out once. */
  static final class Token {
    final String text;
    final String core;
    final String cls;
    /** The token holds only diacritics ({@link Tok#isMark(String)}). */
    final boolean mark;
    /** Ids in the counts (class, stem, core; -1 for no core), set when the token is first counted. */
    boolean counted;
    int clsId;
    int stemId;
    int coreId;
    WordInfo info;

    Token(String text) {
      this.text = text;
      this.core = Words.core(text);
      this.cls = clsOf(text, core);
      this.mark = Tok.isMark(text);
    }
  }

  /** Counts the tokens of one line; the first and last token are skipped as words since cut fragments sit there. */
  void addLine(List<String> tokens) {
    addLine(tokens, true);
  }

  /**
   * As above; {@code withPairs} false counts the words only: a line that may be reversed holds one false pair,
   * which must not become evidence for itself.
   */
  void addLine(List<String> tokens, boolean withPairs) {
    Token[] line = new Token[tokens.size()];
    for (int i = 0; i < line.length; i++) {
      line[i] = token(tokens.get(i));
    }
    count(line, withPairs);
  }

  /**
   * Counts the tokens of one line with their pairs, as {@link #addLine}; each keeps its {@link Token} for
   * {@link #info(Token)}.
   */
  void addTokens(List<Tok> toks) {
    Token[] line = new Token[toks.size()];
    for (int i = 0; i < line.length; i++) {
      line[i] = toks.get(i).token();
    }
    count(line, true);
  }

  private void count(Token[] line, boolean withPairs) {
    int prevId = -1;
    int prevStem = -1;
    for (int i = 0; i < line.length; i++) {
      Token ids = counted(line[i]);
      int id = ids.clsId;
      int st = ids.stemId;
      if (i > 0 && i < line.length - 1 && ids.coreId >= 0) {
        int c = ids.coreId;
        if (c >= interior.length) {
          interior = Arrays.copyOf(interior, Math.max(c + 1, interior.length * 2));
        }
        interior[c]++;
      }
      if (i > 0 && withPairs) {
        pairs.add(prevId, id);
        stemPairs.add(prevStem, st);
      }
      prevId = id;
      prevStem = st;
    }
  }

  /** The token that {@code chars[from, to)} holds: one object per distinct token, made without a copy when seen before. */
  Token token(char[] chars, int from, int to) {
    return tokenOf(texts.add(chars, from, to));
  }

  private Token token(String token) {
    return tokenOf(texts.add(token));
  }

  private Token tokenOf(int id) {
    if (id == tokens.length) {
      tokens = Arrays.copyOf(tokens, id * 2);
    }
    Token t = tokens[id];
    if (t == null) {
      t = new Token(texts.get(id));
      tokens[id] = t;
    }
    return t;
  }

  /** Class id, stem id and core id (-1 when the token has no core) of a token, worked out once per distinct token. */
  private Token counted(Token t) {
    if (!t.counted) {
      t.clsId = id(t.cls, true);
      t.stemId = stemId(stemOfClass(t.cls), true);
      t.coreId = t.core.isEmpty() ? -1 : id(t.core, true);
      t.counted = true;
    }
    return t;
  }

  /**
   * The description of a token, made once per distinct token of the article (so it reflects the counts made
   * before its first call, which in the clean stage means all of them).
   */
  WordInfo info(String token) {
    return info(token(token));
  }

  /** {@link #info(String)} of a token {@link Tok#split} made (counted once {@link #addTokens} had its line). */
  WordInfo info(Token t) {
    if (t.info == null) {
      t.info = t.counted
          ? new WordInfo(t.text, t.core, t.clsId, t.coreId, t.stemId, this)
          : new WordInfo(t.text, t.core, id(t.cls, false), t.core.isEmpty() ? -1 : id(t.core, false),
              stemId(stemOfClass(t.cls), false), this);
    }
    return t.info;
  }

  int id(String cls, boolean add) {
    return add ? ids.add(cls) : ids.find(cls);
  }

  int stemId(String stem, boolean add) {
    return add ? stemIds.add(stem) : stemIds.find(stem);
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
    return pairs.get(a, b);
  }

  /** Pairs of stems: "الخارجية الروسي" is evidence for "الخارجية الروسية". */
  int stemPair(int a, int b) {
    return stemPairs.get(a, b);
  }

  private static final String[] STEM_PREFIXES = {"وال", "بال", "فال", "كال", "لل", "ال"};
  private static final String[] STEM_ENDINGS = {"ية", "ات", "ين", "ون", "ها", "ة", "ي"};

  /** The word without the article, a leading conjunction or preposition, and common endings (a rough stem). */
  static String stem(String token) {
    return stemOfClass(cls(token));
  }

  /** {@link #stem} of a token whose class ({@link #cls}) is known. */
  static String stemOfClass(String cls) {
    String z = cls;
    for (int i = 0; i < STEM_PREFIXES.length && z.length() >= 5; i++) {   // every prefix leaves 3 letters
      String p = STEM_PREFIXES[i];
      if (z.startsWith(p) && z.length() - p.length() >= 3) {
        z = z.substring(p.length());
        break;
      }
    }
    if (z.length() >= 5 && "وفبل".indexOf(z.charAt(0)) >= 0 && !z.startsWith("ال")) {
      z = z.substring(1);
    }
    if (z.length() < 4 || "ةتناي".indexOf(z.charAt(z.length() - 1)) < 0) {
      return z;   // too short for an ending, or not ending like one
    }
    for (String e : STEM_ENDINGS) {
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
    return Words.isLtr(token) && hasDigit(token) ? "<n>" : core;
  }

  private static boolean hasDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
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
