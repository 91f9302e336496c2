package org.malaf.annotate.suggest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaf.annotate.ArabicFolding;
import org.malaf.annotate.CommonWords;

/**
 * Finds phrases of two to four words that recur in different sentences (مجلس الأمن الدولي، حكومة الوفاق
 * الوطني، مصطفى سانالا): without capital letters, recurrence is the other evidence of a name. The filters
 * below keep out what recurs without being a name; each says why.
 */
final class RepeatedPhrases {

  static final int MIN_WORDS = 2;
  static final int MAX_WORDS = 4;

  /**
   * Dates, set phrases (في الوقت نفسه، إلى حد كبير، بشكل متزايد) and words of place or relation (داخل ليبيا،
   * بشأن طرابلس) recur in every article next to names without being part of them.
   */
  private static final Set<String> NOT_IN_NAMES = folded(List.of("يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو",
      "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار",
      "حزيران", "تموز", "آب", "أيلول", "تشرين", "الماضي", "الماضية", "المقبل", "المقبلة", "الحالي", "الحالية", "الوقت",
      "نفسه", "نفسها", "ذاته", "ذاتها", "بشكل", "حد", "بعض", "لبعض", "خاصة", "وخاصة", "بمثابة", "أيضا", "سابق",
      "باسم", "بشأن", "داخل", "خارج", "شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي", "جانب", "لصالح"));

  private RepeatedPhrases() {}

  /**
   * Candidate keys (folded words joined by a space) found in at least {@code min} different contexts: a
   * paragraph repeated as a pull quote or pasted twice repeats every phrase in it, a name does not come with
   * the same neighbours each time.
   */
  static List<String> find(List<Passage> passages, int min) {
    Map<String, Set<String>> contexts = new HashMap<>();
    for (Passage p : passages) {
      for (int i = 0; i < p.size(); i++) {
        for (int n = MIN_WORDS; n <= MAX_WORDS && i + n <= p.size(); n++) {
          if (isCandidate(p, i, n)) {
            String before = i > 0 ? p.folded(i - 1) : "^";
            String after = i + n < p.size() ? p.folded(i + n) : "$";
            contexts.computeIfAbsent(key(p, i, i + n), k -> new HashSet<>()).add(before + " | " + after);
          }
        }
      }
    }
    return contexts.entrySet().stream().filter(e -> e.getValue().size() >= min).map(Map.Entry::getKey).sorted()
        .toList();
  }

  /** The key of words {@code [from, to)}: the first word loses the clitics in front of its ال (والأمم → الامم). */
  static String key(Passage p, int from, int to) {
    StringBuilder key = new StringBuilder(baseOfArticle(p.folded(from)));
    for (int k = from + 1; k < to; k++) {
      key.append(' ').append(p.folded(k));
    }
    return key.toString();
  }

  private static boolean isCandidate(Passage p, int i, int n) {
    if (!p.isFreeRun(i, i + n) || TitleCues.isConnector(p.folded(i + n - 1))) {
      return false;
    }
    for (int k = i; k < i + n; k++) {
      String w = p.folded(k);
      String base = baseOfArticle(w);
      if (CommonWords.contains(w) || CommonWords.contains(base) || TitleCues.isCueWord(base)
          || NOT_IN_NAMES.contains(w) || w.length() < 2 || Character.isDigit(w.charAt(0))
          || p.surface(k, k + 1).indexOf('\u064B') >= 0) {
        return false; // a tanween-alef word (دعمًا، حظًا) is an adverb or object, never part of a name
      }
      if (k > i && !base.equals(w) && (w.startsWith("و") || w.startsWith("ف"))) {
        return false; // «مصر والإمارات»: a conjunction inside joins two names, it does not make one
      }
      if (k > i && baseOfArticle(p.folded(k - 1)).startsWith("ال") && !base.startsWith("ال")) {
        return false; // «الروسي فلاديمير بوتين»: a definite word then an indefinite one is a phrase boundary
      }
    }
    if (n == 2 && isAdjectiveOf(baseOfArticle(p.folded(i)), p.folded(i + 1))) {
      return false; // «الصراع الليبي», «عملية عسكرية»: a noun and its adjective describe, they do not name
    }
    return true;
  }

  /** A relative adjective (nisba) agreeing with the noun before it: ال…ي / ال…ية after ال, …ية after a bare noun. */
  private static boolean isAdjectiveOf(String noun, String word) {
    if (noun.startsWith("ال")) {
      return word.startsWith("ال") && word.length() >= 5 && (word.endsWith("ي") || word.endsWith("يه"));
    }
    return !word.startsWith("ال") && word.length() >= 4 && word.endsWith("يه");
  }

  /** «والامارات» → «الامارات», «للامارات» → «الامارات»; other words are returned unchanged. */
  static String baseOfArticle(String folded) {
    int at = folded.indexOf("ال");
    if (at > 0 && at <= 2 && folded.length() - at > 3 && folded.substring(0, at).matches("[وف]?[بك]?")) {
      return folded.substring(at);
    }
    if (folded.startsWith("لل") && folded.length() > 4) {
      return "ال" + folded.substring(2);
    }
    if ((folded.startsWith("ولل") || folded.startsWith("فلل")) && folded.length() > 5) {
      return "ال" + folded.substring(3);
    }
    return folded;
  }

  private static Set<String> folded(List<String> words) {
    Set<String> set = new HashSet<>();
    for (String w : words) {
      set.add(ArabicFolding.fold(w));
    }
    return Set.copyOf(set);
  }
}
