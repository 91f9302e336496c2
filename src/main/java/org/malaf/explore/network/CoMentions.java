package org.malaf.explore.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.malaf.annotate.Mention;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ActorId;
import org.malaf.link.ActorProfile;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;

/**
 * Counts co-mentions (two actors named in the same block, as the actor pages count them) and keeps the
 * most mentioned actors that are connected to at least one other, so the drawing stays legible; the
 * network page lists the rest.
 */
public final class CoMentions {

  private CoMentions() {
  }

  /** The network of at most {@code maxNodes} connected actors, most mentioned first (then by id). */
  public static Network of(Dossier dossier, int maxNodes) {
    Map<Long, Integer> pairCounts = new HashMap<>();
    Map<ActorId, Integer> index = new HashMap<>();
    List<ActorId> ids = dossier.actors().keySet().stream().sorted().toList();
    ids.forEach(id -> index.put(id, index.size()));
    for (LinkedArticle a : dossier.articles()) {
      Map<Integer, TreeSet<Integer>> byBlock = new TreeMap<>();
      for (Mention m : a.annotated().mentions()) {
        Integer i = index.get(m.actor());
        if (i != null) {
          byBlock.computeIfAbsent(m.block(), k -> new TreeSet<>()).add(i);
        }
      }
      for (TreeSet<Integer> together : byBlock.values()) {
        List<Integer> list = new ArrayList<>(together);
        for (int x = 0; x < list.size(); x++) {
          for (int y = x + 1; y < list.size(); y++) {
            pairCounts.merge(key(list.get(x), list.get(y)), 1, Integer::sum);
          }
        }
      }
    }
    boolean[] connected = new boolean[ids.size()];
    pairCounts.keySet().forEach(k -> {
      connected[(int) (k >>> 32)] = true;
      connected[(int) (k & 0xFFFFFFFFL)] = true;
    });
    List<ActorProfile> chosen = ids.stream()
        .filter(id -> connected[index.get(id)])
        .map(dossier::profile)
        .sorted(Comparator.comparingInt(ActorProfile::mentionCount).reversed()
            .thenComparing(p -> p.actor().id()))
        .limit(maxNodes)
        .toList();
    List<Network.Node> nodes = new ArrayList<>();
    int[] nodeOf = new int[ids.size()];
    java.util.Arrays.fill(nodeOf, -1);
    for (ActorProfile p : chosen) {
      Actor actor = p.actor();
      nodeOf[index.get(actor.id())] = nodes.size();
      nodes.add(new Network.Node(actor.id(), actor.name(), actor.kind(), p.mentionCount()));
    }
    List<Network.Edge> edges = new ArrayList<>();
    for (var e : new TreeMap<>(pairCounts).entrySet()) {
      int a = nodeOf[(int) (e.getKey() >>> 32)];
      int b = nodeOf[(int) (e.getKey() & 0xFFFFFFFFL)];
      if (a >= 0 && b >= 0) {
        edges.add(new Network.Edge(Math.min(a, b), Math.max(a, b), e.getValue()));
      }
    }
    edges.sort(Comparator.comparingInt(Network.Edge::a).thenComparingInt(Network.Edge::b));
    return new Network(nodes, edges);
  }

  private static long key(int x, int y) {
    return ((long) x << 32) | y;
  }
}
