package org.malaf.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** An actor's identity in the registry: an ASCII slug such as {@code haftar}, also its page's file name. */
public record ActorId(String value) implements Comparable<ActorId> {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  /** {@code index} is the actors' list page; the others are names Windows refuses as file names. */
  private static final Set<String> RESERVED = Set.of("index", "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
      "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  public ActorId {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("invalid actor id: " + value);
    }
  }

  /** Lowercase ASCII letters, digits and '-', not a reserved name ({@code index} is the actors' list page). */
  public static boolean isValid(String value) {
    return SLUG.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(Locale.ROOT));
  }

  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
