package org.malaf.ingest;

import java.util.Locale;

/** What an actor is; the order here is the order of the groups on the actors' pages. */
public enum ActorKind {
  PERSON("person", "أشخاص", "شخص"),
  ORGANISATION("organisation", "منظمات ومؤسسات", "منظمة"),
  GROUP("group", "جماعات", "جماعة"),
  COUNTRY("country", "دول", "دولة"),
  PLACE("place", "أماكن ومدن", "مكان");

  private final String key;
  private final String pluralAr;
  private final String singularAr;

  ActorKind(String key, String pluralAr, String singularAr) {
    this.key = key;
    this.pluralAr = pluralAr;
    this.singularAr = singularAr;
  }

  /** The word used in {@code actors.yaml}. */
  public String key() {
    return key;
  }

  /** The Arabic heading of the group of actors of this kind. */
  public String pluralAr() {
    return pluralAr;
  }

  /** The Arabic label of one actor of this kind. */
  public String singularAr() {
    return singularAr;
  }

  /** Parses the YAML word; accepts the American spelling "organization"; null when unknown. */
  public static ActorKind parse(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT);
    if (w.equals("organization")) {
      return ORGANISATION;
    }
    for (ActorKind kind : values()) {
      if (kind.key.equals(w)) {
        return kind;
      }
    }
    return null;
  }
}
