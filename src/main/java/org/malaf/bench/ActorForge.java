package org.malaf.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.malaf.annotate.ArabicFolding;
import org.malaf.annotate.CommonWords;
import org.malaf.annotate.Proclitics;
import org.malaf.ingest.ActorKind;

/**
 * Generates an actor registry from syllables: persons with a family-name alias, organisations, groups,
 * countries and places, some with the article ال, each with registered spelling variants (غ/ج, ق/ك, a
 * dropped long vowel). Every alias folds to a phrase no other actor and no vocabulary word uses, so the
 * registry compiles without clashes and no common word is mistaken for a name.
 */
final class ActorForge {

  private final SplittableRandom rnd;
  private final Set<String> taken = new HashSet<>();

  ActorForge(SplittableRandom rnd) {
    this.rnd = rnd;
    for (List<String> list : List.of(Lexicon.SUBJECTS, Lexicon.SAY_VERBS, Lexicon.ACTION_VERBS, Lexicon.OBJECTS,
        Lexicon.CONNECTORS, Lexicon.CLOSINGS, Lexicon.MONTHS, Lexicon.UNITS, Lexicon.HEADINGS, Lexicon.CAPTIONS,
        Lexicon.TITLE_HEADS, Lexicon.AUTHORS, Lexicon.ORGANISATION_HEADS, Lexicon.GROUP_HEADS, Lexicon.TEMPLATE_WORDS)) {
      for (String phrase : list) {
        for (String word : ArabicFolding.fold(phrase).split("[\\s،,:/]+")) {
          if (!word.isEmpty()) {
            taken.addAll(Proclitics.readings(word));
          }
        }
      }
    }
  }

  /** {@code count} actors with ids {@code <kind>-<n>}, in registry order. */
  List<SyntheticActor> forge(int count) {
    List<SyntheticActor> actors = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      actors.add(actor(i, kind(), actors));
    }
    return actors;
  }

  private ActorKind kind() {
    double u = rnd.nextDouble();
    if (u < 0.50) {
      return ActorKind.PERSON;
    } else if (u < 0.70) {
      return ActorKind.ORGANISATION;
    } else if (u < 0.80) {
      return ActorKind.GROUP;
    } else if (u < 0.88) {
      return ActorKind.COUNTRY;
    }
    return ActorKind.PLACE;
  }

  private SyntheticActor actor(int index, ActorKind kind, List<SyntheticActor> earlier) {
    String id = kind.key() + "-" + (index + 1);
    while (true) {
      List<String> aliases = new ArrayList<>();
      String name = switch (kind) {
        case PERSON -> person(aliases);
        case ORGANISATION -> headed(pick(Lexicon.ORGANISATION_HEADS), aliases);
        case GROUP -> headed(pick(Lexicon.GROUP_HEADS), aliases);
        case COUNTRY -> country(aliases);
        case PLACE -> place(aliases);
      };
      if (claim(aliases)) {
        return new SyntheticActor(id, name, kind, aliases, surfaces(aliases), description(kind, earlier));
      }
    }
  }

  private String person(List<String> aliases) {
    String first = word();
    String last = word();
    String name = first + " " + last;
    aliases.add(name);
    aliases.add(last);
    String variant = variant(last);
    if (variant != null && rnd.nextDouble() < 0.6) {
      aliases.add(first + " " + variant);
      aliases.add(variant);
    }
    return name;
  }

  private String headed(String head, List<String> aliases) {
    String core = word();
    String name = head + " " + core;
    aliases.add(name);
    if (rnd.nextDouble() < 0.5) {
      aliases.add(core);
    }
    String variant = variant(core);
    if (variant != null && rnd.nextDouble() < 0.4) {
      aliases.add(head + " " + variant);
    }
    return name;
  }

  private String country(List<String> aliases) {
    String name = rnd.nextDouble() < 0.4 ? "ال" + word() : word();
    aliases.add(name);
    aliases.add("جمهورية " + name);
    return name;
  }

  private String place(List<String> aliases) {
    String name = rnd.nextDouble() < 0.6 ? "ال" + word() : word();
    aliases.add(name);
    if (rnd.nextDouble() < 0.5) {
      aliases.add("مدينة " + name);
    }
    return name;
  }

  /** Reserves the aliases' folded forms; false (nothing reserved) if one is taken or a function word. */
  private boolean claim(List<String> aliases) {
    Set<String> folded = new LinkedHashSet<>();
    for (String alias : aliases) {
      String f = ArabicFolding.fold(alias);
      if (taken.contains(f) || CommonWords.contains(f) || !folded.add(f)) {
        return false;
      }
    }
    taken.addAll(folded);
    return true;
  }

  /** The aliases plus spellings that fold to one of them: hamza dropped from alef, final ي written ى. */
  private static List<String> surfaces(List<String> aliases) {
    Set<String> out = new LinkedHashSet<>(aliases);
    for (String alias : aliases) {
      String noHamza = alias.replace('أ', 'ا').replace('إ', 'ا');
      out.add(noHamza);
      if (alias.endsWith("ي")) {
        out.add(alias.substring(0, alias.length() - 1) + "ى");
      }
    }
    return List.copyOf(out);
  }

  private String description(ActorKind kind, List<SyntheticActor> earlier) {
    if (rnd.nextDouble() < 0.5) {
      return "";
    }
    String text = kind.singularAr() + " يرد اسمه في التقارير المتعلقة ب" + pick(Lexicon.OBJECTS) + ".";
    if (!earlier.isEmpty() && rnd.nextDouble() < 0.5) {
      text += " تربطه علاقات وثيقة مع [[actor:" + earlier.get(rnd.nextInt(earlier.size())).id() + "]].";
    }
    return text;
  }

  /** A name-like word of two or three syllables, sometimes opening with a hamza on alef. */
  private String word() {
    while (true) {
      StringBuilder w = new StringBuilder();
      if (rnd.nextDouble() < 0.12) {
        w.append(pick(Lexicon.HAMZA_STARTS));
      }
      int syllables = 2 + rnd.nextInt(2);
      for (int i = 0; i < syllables; i++) {
        w.append(pick(Lexicon.SYLLABLES));
      }
      w.append(pick(Lexicon.CODAS));
      if (w.length() >= 4 && w.length() <= 10) {
        return w.toString();
      }
    }
  }

  /** A spelling that folds differently (سيرغي / سيرجي), or null when the word offers none. */
  private static String variant(String word) {
    if (word.indexOf('غ') >= 0) {
      return word.replaceFirst("غ", "ج");
    }
    if (word.indexOf('ق') >= 0) {
      return word.replaceFirst("ق", "ك");
    }
    int vowel = word.indexOf('و', 1);
    if (vowel > 0 && vowel < word.length() - 1) {
      return word.substring(0, vowel) + word.substring(vowel + 1);
    }
    return null;
  }

  private String pick(List<String> list) {
    return list.get(rnd.nextInt(list.size()));
  }
}
