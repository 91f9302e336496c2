package org.malaf.annotate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaf.ingest.ActorId;

/**
 * A trie over folded words holding every alias and exclude phrase of the registry, built once per
 * dossier; immutable and thread-safe once built. From one word of a text it finds, in one walk, every
 * alias and exclude phrase starting there, so matching costs one walk per word whatever the registry size.
 */
final class AliasTrie {

  /** What ends at a node: the actor whose alias this is (or null) and the actors that exclude it. */
  private record Node(Map<String, Node> next, ActorId actor, List<ActorId> excludedBy) {}

  /** A phrase found at a word: it covers the words {@code [start, end)}; {@code reading} 0 = no clitic. */
  record Hit(int start, int end, ActorId actor, List<ActorId> excludedBy, int reading) {}

  private final Node root;

  private AliasTrie(Node root) {
    this.root = root;
  }

  /**
   * Every phrase starting at word {@code i}; the first word may carry proclitics, the next ones may not, and
   * a phrase only continues over a gap where {@code joined[k]} (words k and k+1 separated by spaces alone).
   */
  void hitsAt(List<FoldedToken> words, boolean[] joined, int i, List<Hit> out) {
    List<String> readings = Proclitics.readings(words.get(i).folded());
    for (int r = 0; r < readings.size(); r++) {
      Node node = root.next().get(readings.get(r));
      int k = i;
      while (node != null) {
        if (node.actor() != null || !node.excludedBy().isEmpty()) {
          out.add(new Hit(i, k + 1, node.actor(), node.excludedBy(), r));
        }
        if (k + 1 >= words.size() || !joined[k] || node.next().isEmpty()) {
          break;
        }
        k++;
        node = node.next().get(words.get(k).folded());
      }
    }
  }

  /** Collects phrases, then freezes them into an {@link AliasTrie}; not thread-safe, used once. */
  static final class Builder {

    private static final class MutableNode {
      final Map<String, MutableNode> next = new HashMap<>();
      ActorId actor;
      final Set<ActorId> excludedBy = new LinkedHashSet<>();
    }

    private final MutableNode root = new MutableNode();

    /** Adds an alias; the first actor to claim a phrase keeps it (the caller reports the clash). */
    void addAlias(List<String> phrase, ActorId actor) {
      MutableNode node = insert(phrase);
      if (node.actor == null) {
        node.actor = actor;
      }
    }

    void addExclude(List<String> phrase, ActorId actor) {
      insert(phrase).excludedBy.add(actor);
    }

    AliasTrie build() {
      return new AliasTrie(freeze(root));
    }

    private MutableNode find(List<String> phrase) {
      MutableNode node = root;
      for (String word : phrase) {
        node = node.next.get(word);
        if (node == null) {
          return null;
        }
      }
      return node;
    }

    private MutableNode insert(List<String> phrase) {
      MutableNode node = root;
      for (String word : phrase) {
        node = node.next.computeIfAbsent(word, w -> new MutableNode());
      }
      return node;
    }

    private static Node freeze(MutableNode node) {
      Map<String, Node> next = new HashMap<>(node.next.size() * 2);
      node.next.forEach((word, child) -> next.put(word, freeze(child)));
      return new Node(next.isEmpty() ? Map.of() : Map.copyOf(next), node.actor, List.copyOf(node.excludedBy));
    }
  }

}
