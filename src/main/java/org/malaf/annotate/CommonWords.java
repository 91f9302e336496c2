package org.malaf.annotate;

import java.util.Set;

/**
 * Arabic function words, folded: prepositions, conjunctions, pronouns, particles and auxiliaries. An alias
 * that folds to one of them would match almost every paragraph (علي, the name Ali, folds to على), and a
 * name-suggesting n-gram made of them is not a name.
 */
public final class CommonWords {

  private static final Set<String> WORDS = Set.of(
      "في", "من", "الي", "علي", "عن", "مع", "منذ", "حتي", "عند", "لدي", "نحو", "خلال", "بين", "ضد", "حول",
      "دون", "عبر", "ضمن", "لكن", "بل", "او", "ام", "ثم", "لا", "لم", "لن", "ما", "ماذا", "لماذا", "كيف", "متي",
      "اين", "ان", "انه", "انها", "اذا", "اذ", "لو", "قد", "لقد", "كان", "كانت", "يكون", "تكون", "ليس", "ليست",
      "هو", "هي", "هم", "هن", "هما", "انا", "نحن", "انت", "انتم", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك",
      "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "كل", "بعض", "غير", "سوي", "ايضا",
      "بعد", "قبل", "فوق", "تحت", "امام", "وراء", "حيث", "كما", "مثل", "عليه", "عليها", "فيه", "فيها", "منه",
      "منها", "له", "لها", "لهم", "به", "بها", "الا", "اما", "يا", "ايها", "هناك", "هنا", "ثمه", "مما", "عما",
      "فيما", "بينما", "كذلك", "وقد", "وان", "وكان", "وهو", "وهي", "ولا", "ولم", "والتي", "والذي", "فقط", "جدا",
      "اي", "ذات", "ذو", "قال", "وقال", "اكد", "اضاف", "واضاف", "يوم", "عام", "امس", "اليوم");

  private CommonWords() {}

  /** True when the folded word is a function word (or a reporting verb such as قال) of Arabic prose. */
  public static boolean contains(String foldedWord) {
    return WORDS.contains(foldedWord);
  }
}
