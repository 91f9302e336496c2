package org.malaf.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.malaf.diag.Problems;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ActorRegistry;

/**
 * Compiles the registry's aliases and exclude phrases into an {@link AliasTrie}, reporting what folding
 * reveals: an alias two actors share, an alias with nothing left to match, an alias that is a function
 * word, an exclude phrase that contains none of its actor's aliases. Messages point at the actor's id.
 */
final class RegistryChecks {

  private record Owner(Actor actor, String spelling) {}

  private RegistryChecks() {}

  static AliasTrie compile(ActorRegistry registry, Problems problems) {
    AliasTrie.Builder builder = new AliasTrie.Builder();
    Map<List<String>, Owner> owners = new HashMap<>();
    for (Actor actor : registry.actors()) {
      for (String alias : actor.aliases()) {
        addAlias(actor, alias, builder, owners, problems);
      }
    }
    for (Actor actor : registry.actors()) {
      for (String phrase : actor.exclude()) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
          problems.warning(actor.declaredAt(), "exclude phrase «" + phrase + "» of actor '" + actor.id()
              + "' has no letters or digits, so it excludes nothing", "write the phrase in letters, or remove it");
        } else {
          builder.addExclude(words, actor.id());
        }
      }
    }
    AliasTrie trie = builder.build();
    for (Actor actor : registry.actors()) {
      for (String phrase : actor.exclude()) {
        if (!words(phrase).isEmpty() && !containsAliasOf(trie, phrase, actor)) {
          problems.warning(actor.declaredAt(), "exclude phrase «" + phrase + "» of actor '" + actor.id()
              + "' contains none of its aliases, so it excludes nothing",
              "write the whole phrase around one of the aliases, e.g. «شارع حفتر» to keep «حفتر» out of a street name");
        }
      }
    }
    return trie;
  }

  private static void addAlias(Actor actor, String alias, AliasTrie.Builder builder, Map<List<String>, Owner> owners,
      Problems problems) {
    List<String> words = words(alias);
    if (words.isEmpty()) {
      problems.error(actor.declaredAt(), "alias «" + alias + "» of actor '" + actor.id()
          + "' has no letters or digits left to match", "write the name in letters, or remove the alias");
      return;
    }
    Owner first = owners.putIfAbsent(words, new Owner(actor, alias));
    if (first != null) {
      if (!first.actor().id().equals(actor.id())) {
        problems.error(actor.declaredAt(), "alias «" + alias + "» of actor '" + actor.id() + "' is also an alias of actor '"
            + first.actor().id() + "' (line " + first.actor().declaredAt().line() + sameWhenFolded(first.spelling(), alias) + ")",
            "keep the alias on one actor only, and give the other a longer alias such as the full name");
      }
      return;
    }
    builder.addAlias(words, actor.id());
    if (words.size() == 1 && words.get(0).codePointCount(0, words.get(0).length()) == 1) {
      problems.warning(actor.declaredAt(), "alias «" + alias + "» of actor '" + actor.id()
          + "' is a single letter and would match almost everywhere", "use a longer alias, or remove it");
    } else if (words.size() == 1 && CommonWords.contains(words.get(0))) {
      problems.warning(actor.declaredAt(), "alias «" + alias + "» of actor '" + actor.id()
          + "' is spelled like the common word «" + words.get(0) + "» once folded, and would match almost everywhere",
          "use a longer alias such as the full name, or remove it");
    }
  }

  private static String sameWhenFolded(String a, String b) {
    return a.equals(b) ? "" : "; «" + a + "» and «" + b + "» are the same once diacritics and letter variants are folded";
  }

  private static boolean containsAliasOf(AliasTrie trie, String phrase, Actor actor) {
    List<FoldedToken> words = ArabicFolding.tokens(phrase);
    boolean[] joined = Gaps.joined(phrase, words);
    List<AliasTrie.Hit> hits = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      trie.hitsAt(words, joined, i, hits);
    }
    return hits.stream().anyMatch(h -> actor.id().equals(h.actor()));
  }

  /** The folded words of an alias or phrase. */
  static List<String> words(String phrase) {
    return ArabicFolding.tokens(phrase).stream().map(FoldedToken::folded).toList();
  }
}
