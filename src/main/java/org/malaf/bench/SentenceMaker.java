package org.malaf.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes sentences from the {@link Lexicon}: generic news sentences (some with dates, years and
 * quantities, which the extractor later turns into private-use digits) and sentences naming an actor
 * with a clitic fixed by the template's grammar (و، ب، ل، ف، ك, or none).
 */
final class SentenceMaker {

  private final SplittableRandom rnd;

  SentenceMaker(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  String generic() {
    return switch (rnd.nextInt(9)) {
      case 0, 6, 7, 8 -> pick(Lexicon.SUBJECTS) + " " + pick(Lexicon.SAY_VERBS) + " أن " + pick(Lexicon.SUBJECTS) + " "
          + pick(Lexicon.ACTION_VERBS) + " " + pick(Lexicon.OBJECTS) + " " + pick(Lexicon.CLOSINGS) + ".";
      case 1 -> pick(Lexicon.CONNECTORS) + " " + pick(Lexicon.SAY_VERBS) + " " + pick(Lexicon.SUBJECTS) + " "
          + time() + " أن " + pick(Lexicon.OBJECTS) + " يمثل أولوية، " + pick(Lexicon.CLOSINGS) + ".";
      case 2 -> "وبلغت قيمة " + pick(Lexicon.OBJECTS) + " نحو " + quantity() + " " + time() + ".";
      case 3 -> pick(Lexicon.CONNECTORS) + " " + pick(Lexicon.SUBJECTS) + " " + pick(Lexicon.ACTION_VERBS) + " "
          + pick(Lexicon.OBJECTS) + "، " + pick(Lexicon.CLOSINGS) + ".";
      case 4 -> "وقال " + pick(Lexicon.SUBJECTS) + " إن " + pick(Lexicon.OBJECTS) + " لن يتحقق دون "
          + pick(Lexicon.OBJECTS) + "، مشيرًا إلى أن " + pick(Lexicon.SUBJECTS) + " " + pick(Lexicon.ACTION_VERBS)
          + " " + pick(Lexicon.OBJECTS) + ".";
      default -> "“" + pick(Lexicon.OBJECTS) + " ليس خيارًا بل ضرورة”، بهذه الكلمات خاطب " + pick(Lexicon.SUBJECTS)
          + " الحضور " + time() + ".";
    };
  }

  /** A sentence naming {@code actor} once, in one of its surfaces, with the template's clitic. */
  String about(SyntheticActor actor) {
    String s = actor.surfaces().get(rnd.nextInt(actor.surfaces().size()));
    return switch (rnd.nextInt(8)) {
      case 0 -> s + " " + pick(Lexicon.SAY_VERBS) + " أن " + pick(Lexicon.SUBJECTS) + " " + pick(Lexicon.ACTION_VERBS)
          + " " + pick(Lexicon.OBJECTS) + ".";
      case 1 -> "وجاء ذلك بعد اتصال هاتفي " + clitic("ب", s) + " " + time() + ".";
      case 2 -> "ووجّه المجلس دعوة رسمية " + clitic("ل", s) + " لبحث " + pick(Lexicon.OBJECTS) + ".";
      case 3 -> clitic("ف", s) + " لا يزال يرفض " + pick(Lexicon.OBJECTS) + " " + pick(Lexicon.CLOSINGS) + ".";
      case 4 -> "ويرى مراقبون أن أطرافًا " + clitic("ك", s) + " تسعى إلى " + pick(Lexicon.OBJECTS) + ".";
      case 5 -> "وقال مصدر مقرّب من " + s + " إن " + pick(Lexicon.OBJECTS) + " بات وشيكًا.";
      case 6 -> clitic("و", s) + " من أبرز الأطراف في " + pick(Lexicon.OBJECTS) + " " + time() + ".";
      default -> pick(Lexicon.CONNECTORS) + " التقى " + pick(Lexicon.SUBJECTS) + " " + clitic("ب", s)
          + " في زيارة استمرت " + (2 + rnd.nextInt(5)) + " أيام.";
    };
  }

  /** {@code prefix} written onto the name; ل before the article ال merges into لل as Arabic spelling wants. */
  static String clitic(String prefix, String surface) {
    if (prefix.equals("ل") && SyntheticActor.definite(surface)) {
      return "لل" + surface.substring(2);
    }
    return prefix + surface;
  }

  /** A time phrase; one in six carries digits, so digits come at about the seeds' rate (3–4 per 1,000 characters). */
  private String time() {
    return switch (rnd.nextInt(12)) {
      case 0 -> "يوم " + (1 + rnd.nextInt(28)) + " من " + pick(Lexicon.MONTHS) + " الماضي";
      case 1 -> "عام " + (2005 + rnd.nextInt(20));
      case 2 -> "في " + pick(Lexicon.MONTHS) + " الماضي";
      case 3 -> "الأسبوع الماضي";
      case 4 -> "مطلع العام الجاري";
      case 5 -> "في وقت سابق";
      case 6 -> "أمس الأحد";
      default -> "خلال الأشهر الأخيرة";
    };
  }

  private String quantity() {
    return (1 + rnd.nextInt(rnd.nextDouble() < 0.7 ? 99 : 9999)) + " " + pick(Lexicon.UNITS);
  }

  private String pick(List<String> list) {
    return list.get(rnd.nextInt(list.size()));
  }
}
