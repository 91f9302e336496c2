package org.malaf.clean;

import java.util.Set;

/**
 * What the chunk-order evidence needs to know about one token, computed once per distinct token of an
 * article: its core and ids in the article's counts, its punctuation, and its grammatical class as far as
 * general Arabic spelling shows it (article, conjunction, preposition, particle, demonstrative, ending).
 */
final class WordInfo {

  static final int TERMINAL = 1;        // ends a sentence: . ! ? ؟ … maybe then a closing quote
  static final int COMMA = 1 << 1;      // ends with ، , ؛
  static final int COLON = 1 << 2;      // ends with :
  static final int CLOSE = 1 << 3;      // ends with a closing quote or bracket
  static final int OPEN_END = 1 << 4;   // ends with an opening quote or bracket
  static final int START_PUNCT = 1 << 5; // starts with punctuation that belongs after a word
  static final int OPEN_START = 1 << 6; // starts with an opening quote or bracket
  static final int LTR = 1 << 7;        // digits or Latin
  static final int DEF = 1 << 8;        // carries the article ال (maybe after و ف ب ك ل)
  static final int CONJ = 1 << 9;       // و/ف + a word: opens a clause or a coordinated phrase
  static final int PREP = 1 << 10;      // preposition or adverb that needs a noun after it
  static final int PARTICLE = 1 << 11;  // particle or relative that needs a clause or noun after it
  static final int DEMO_NEAR = 1 << 12; // هذا هذه هؤلاء: a definite noun follows
  static final int DEMO_FAR = 1 << 13;  // ذلك تلك: often a definite noun follows
  static final int OPENER = 1 << 14;    // a word that typically opens a sentence
  static final int VERB_TENSE = 1 << 15; // لم لن قد سوف: a verb follows
  static final int FUNCTION = 1 << 16;  // any closed-class word
  // What Junctions.grammar asks of a word's spelling, worked out once per word instead of once per pair weighed.
  static final int ADJ_LIKE = 1 << 17;  // DEF, and spelt like an adjective after the article (adjectiveLike)
  static final int VERB_LIKE = 1 << 18; // NISBA, and spelt like an imperfect verb (verbLike)
  static final int NISBA = 1 << 19;     // ends in ي or ية
  static final int AFTER_PREP = 1 << 20; // قبل بعد خلال بين دون: a preposition that may follow another (من قبل)
  static final int VERB_TAIL = 1 << 21; // spelt like an imperfect verb rather than a cut word's tail (verbLikeTail)
  static final int PUNCT_END = TERMINAL | COMMA | COLON | CLOSE;

  /** Endings that adjectives agree in. */
  static final int END_NONE = 0;
  static final int END_T = 1;    // ة (feminine singular, also ية)
  static final int END_Y = 2;    // ي (masculine nisba)
  static final int END_IN = 3;   // ين (dual or plural, oblique)
  static final int END_UN = 4;   // ون
  static final int END_AT = 5;   // ات
  static final int END_AN = 6;   // ان

  /** Prepositions and adverbs of place/time that take a noun (general Arabic). */
  static final Set<String> PREPOSITIONS = Set.of("في", "من", "على", "عن", "إلى", "الى", "مع", "بين", "حتى", "منذ",
      "خلال", "ضد", "حول", "نحو", "لدى", "عند", "عبر", "دون", "بعد", "قبل", "أمام", "ضمن", "إزاء", "بشأن", "وفي",
      "ومن", "وعلى", "وعن", "وإلى", "ومع", "وبين", "ومنذ", "وخلال", "وبعد", "وقبل", "فمن", "ففي", "لدي", "تجاه", "بحسب",
      "وبحسب", "حسب", "بسبب", "رغم", "برغم", "عقب", "إثر", "لصالح", "داخل", "خارج", "فوق", "تحت", "وراء", "بدون");
  /** Prepositions that may follow another preposition: من قبل، من بعد، من خلال، من بين، من دون. */
  static final Set<String> AFTER_PREPOSITION = Set.of("قبل", "بعد", "خلال", "بين", "دون");
  /** Particles that need a clause or a noun after them. */
  static final Set<String> PARTICLES = Set.of("أن", "إن", "لأن", "بأن", "وأن", "وإن", "التي", "الذي", "الذين",
      "اللذين", "اللتين", "اللواتي", "كل", "بعض", "أي", "غير", "إنه", "أنه", "أنها", "إنها", "كي", "لكي", "ما", "مما",
      "عما", "بما", "كما", "لما", "إذا", "إذ", "لو", "لكن", "ولكن", "بل", "أو", "أم", "ثم", "سواء", "والتي", "والذي");
  static final Set<String> TENSE = Set.of("لم", "لن", "قد", "سوف", "ولم", "ولن", "وقد", "فقد", "لقد", "ولقد");
  static final Set<String> NEAR = Set.of("هذا", "هذه", "هؤلاء", "وهذا", "وهذه", "بهذا", "بهذه", "لهذا", "لهذه",
      "فهذا", "فهذه", "هاتين", "هذين");
  static final Set<String> FAR = Set.of("ذلك", "تلك", "أولئك", "وذلك", "وتلك", "بذلك", "بتلك", "لذلك", "لتلك");
  /** Words that typically open a sentence in modern written Arabic. */
  static final Set<String> OPENERS = Set.of("حيث", "كما", "لكن", "ولكن", "إذ", "بينما", "ثم", "وقد", "فقد", "كان",
      "وكان", "قال", "وقال", "أما", "وأما", "إلا", "لذلك", "لذا", "يذكر", "ويذكر", "يشار", "ويشار", "يأتي", "ويأتي",
      "وأضاف", "وأكد", "وأوضح", "وأشار", "وتابع", "وبحسب", "وفق", "ووفق", "ووفقا", "ووفقًا", "وفي", "ومن", "ومنذ",
      "ففي", "هذا", "هذه", "وهذا", "وهذه", "وكانت", "كانت", "إن", "وإن", "فإن",
      "لقد", "ولقد", "وبعد", "وقبل", "بدوره", "بدورها", "وعلى", "فبعد", "لكنه", "لكنها",
      "وبينما", "وتأتي", "وتشير", "ويرى", "يرى", "وأوضحت", "وأكدت", "وأضافت", "وقالت", "قالت", "أكد", "أكدت",
      "أشار", "أشارت");

  /** The flags that the closed-class lists above give each of their words, in one map. */
  private static final java.util.Map<String, Integer> CLOSED = closed();

  private static java.util.Map<String, Integer> closed() {
    java.util.Map<String, Integer> m = new java.util.HashMap<>();
    PREPOSITIONS.forEach(w -> m.merge(w, PREP | FUNCTION, (x, y) -> x | y));
    PARTICLES.forEach(w -> m.merge(w, PARTICLE | FUNCTION, (x, y) -> x | y));
    TENSE.forEach(w -> m.merge(w, VERB_TENSE | FUNCTION, (x, y) -> x | y));
    NEAR.forEach(w -> m.merge(w, DEMO_NEAR | FUNCTION, (x, y) -> x | y));
    FAR.forEach(w -> m.merge(w, DEMO_FAR | FUNCTION, (x, y) -> x | y));
    OPENERS.forEach(w -> m.merge(w, OPENER, (x, y) -> x | y));
    AFTER_PREPOSITION.forEach(w -> m.merge(w, AFTER_PREP, (x, y) -> x | y));
    return java.util.Map.copyOf(m);
  }

  final String text;
  final String core;
  /** Id of the token's class (its core, or the number class) in the article's counts; -1 when unseen. */
  final int id;
  /** Id of the core (without number folding), for word counts. */
  final int coreId;
  final int stemId;
  final int flags;
  final int ending;
  final int firstLetter;
  final int lastLetter;

  WordInfo(String text, ArticleStats stats) {
    this(text, Words.core(text), stats);
  }

  private WordInfo(String text, String core, ArticleStats stats) {
    this(text, core, stats.id(ArticleStats.clsOf(text, core), false), core.isEmpty() ? -1 : stats.id(core, false),
        stats.stemId(ArticleStats.stemOfClass(ArticleStats.clsOf(text, core)), false), stats);
  }

  /** A token whose core and ids in the article's counts ({@link ArticleStats}) are already known. */
  WordInfo(String text, String core, int id, int coreId, int stemId, ArticleStats stats) {
    this.text = text;
    this.core = core;
    this.id = id;
    this.coreId = coreId;
    this.stemId = stemId;
    this.firstLetter = Words.firstLetter(text);
    this.lastLetter = Words.lastLetter(text);
    int f = 0;
    int trail = trailing(text);   // where the trailing punctuation starts
    if (Words.isTerminal(text)) {
      f |= TERMINAL;
    }
    if (trail < text.length()) {
      char last = text.charAt(text.length() - 1);
      if (text.indexOf('،', trail) >= 0 || text.indexOf(',', trail) >= 0 || text.indexOf('؛', trail) >= 0) {
        f |= COMMA;
      }
      if (text.indexOf(':', trail) >= 0) {
        f |= COLON;
      }
      if ("”»)\"’]".indexOf(last) >= 0 || text.indexOf('”', trail) >= 0 || text.indexOf('»', trail) >= 0) {
        f |= CLOSE;
      }
      if ("“«([".indexOf(last) >= 0) {
        f |= OPEN_END;
      }
    }
    if (!text.isEmpty()) {
      char c0 = text.charAt(0);
      if ("،.:)”»؛,!؟?".indexOf(c0) >= 0) {
        f |= START_PUNCT;
      }
      if ("“«(\"".indexOf(c0) >= 0) {
        f |= OPEN_START;
      }
    }
    if (Words.isLtr(text)) {
      f |= LTR;
    }
    String c = core;
    f |= CLOSED.getOrDefault(c, 0);
    if ((f & FUNCTION) == 0 && isDefinite(c)) {
      f |= DEF;
    }
    if ((f & FUNCTION) == 0 && stats.isConjunctionCore(c)) {
      f |= CONJ;
    }
    int end = (f & (FUNCTION | LTR)) != 0 ? END_NONE : ending(c);
    // The grammar asks whether a definite word is adjective-like, and whether a nisba is verb-like: only those.
    if ((f & DEF) != 0 && adjectiveLike(c)) {
      f |= ADJ_LIKE;
    }
    if (end == END_Y || c.endsWith("ية")) {
      f |= NISBA;
      if (verbLike(c)) {
        f |= VERB_LIKE;
      }
    }
    if (verbLikeTail(c)) {
      f |= VERB_TAIL;
    }
    this.flags = f;
    this.ending = end;
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** A content word: not a function word, not a number, not punctuation alone. */
  boolean content() {
    return (flags & (FUNCTION | LTR)) == 0 && !core.isEmpty();
  }

  /** The word closes a sentence or a quoted sentence, or announces what follows (a colon). */
  boolean sentenceEnd() {
    return (flags & (TERMINAL | COLON)) != 0;
  }

  private static final String[] DEFINITE = {"ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل"};

  static boolean isDefinite(String c) {
    if (c.length() < 4 || "اوبفكل".indexOf(c.charAt(0)) < 0) {
      return false;   // every prefix has two letters or more, starting with one of these, and two letters follow
    }
    for (String p : DEFINITE) {
      if (c.startsWith(p) && c.length() - p.length() >= 2) {
        return true;
      }
    }
    return false;
  }

  static int ending(String c) {
    if (c.length() < 3) {
      return END_NONE;
    }
    if (c.endsWith("ة")) {
      return END_T;
    }
    if (c.endsWith("ين")) {
      return END_IN;
    }
    if (c.endsWith("ون")) {
      return END_UN;
    }
    if (c.endsWith("ات")) {
      return END_AT;
    }
    if (c.endsWith("ان")) {
      return END_AN;
    }
    if (c.endsWith("ي")) {
      return END_Y;
    }
    return END_NONE;
  }

  /** Where the token's trailing run of characters that are neither letters, digits nor marks begins. */
  private static int trailing(String text) {
    int end = text.length();
    while (end > 0 && !Character.isLetterOrDigit(text.codePointBefore(end)) && !Words.isMark(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return end;
  }

  /**
   * Spelt like an adjective after the article: a nisba (ـي، ـية), a participle of a derived verb (م…) or of the
   * simple verb (فاعل), or the pattern فعيل. A rough test: many nouns pass it too, but most adjectives do.
   */
  private static boolean adjectiveLike(String c) {
    int p = c.startsWith("ال") ? 2 : (c.startsWith("وال") || c.startsWith("بال") || c.startsWith("لل") ? 3 : -1);
    if (c.startsWith("لل")) {
      p = 2;
    }
    int z = c.length() - p;   // the length of the word after the article, which holds 3 letters or more
    if (p < 0 || z < 3) {
      return false;
    }
    return c.charAt(p) == 'م' || c.endsWith("ي") || c.endsWith("ية") || c.endsWith("يين") || (z >= 4 && c.endsWith("يتين"))
        || c.endsWith("يون") || c.endsWith("يات") || c.charAt(p + 1) == 'ا' || (z >= 4 && c.charAt(p + 2) == 'ي');
  }

  /** An imperfect verb is spelt with ي ت ن أ (maybe after س), which a noun rarely starts with. */
  private static boolean verbLike(String c) {
    if (c.length() < 4) {
      return false;
    }
    int start = c.charAt(0) == 'س' ? 1 : 0;
    return "يتنأ".indexOf(c.charAt(start)) >= 0 && !c.endsWith("ية") && !c.endsWith("ات");
  }

  /**
   * Spelt like an imperfect verb (ي and three or more letters, without a noun's ending): a word of its own more
   * often than the tail of a word cut after ر/ز, which is short or ends like a noun (يارة، ية، يطانيا).
   */
  private static boolean verbLikeTail(String c) {
    if (c.length() < 4 || c.charAt(0) != 'ي') {
      return false;
    }
    for (String e : NOUN_ENDINGS) {
      if (c.endsWith(e)) {
        return false;
      }
    }
    return true;
  }

  private static final String[] NOUN_ENDINGS = {"ة", "ات", "ين", "ون", "يا", "ان"};

  @Override
  public String toString() {
    return text;
  }
}
