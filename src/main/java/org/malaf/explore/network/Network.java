package org.malaf.explore.network;

import java.util.List;
import java.util.Objects;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ActorKind;

/**
 * The actors' co-mention graph: actors as nodes (most mentioned first) and, for each pair named in the same
 * paragraph, an edge weighted by how many paragraphs name both.
 */
public record Network(List<Node> nodes, List<Edge> edges) {

  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    for (Edge e : edges) {
      if (e.a() >= nodes.size() || e.b() >= nodes.size()) {
        throw new IllegalArgumentException("edge to a missing node");
      }
    }
  }

  /** An actor with its name, kind and mention count. */
  public record Node(ActorId id, String name, ActorKind kind, int mentions) {

    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** Two nodes (indices, {@code a < b}) and the number of paragraphs that name both. */
  public record Edge(int a, int b, int weight) {

    public Edge {
      if (a < 0 || b <= a || weight < 1) {
        throw new IllegalArgumentException("bad edge " + a + "-" + b + " x" + weight);
      }
    }
  }

  public int maxWeight() {
    return edges.stream().mapToInt(Edge::weight).max().orElse(1);
  }

  public int maxMentions() {
    return nodes.stream().mapToInt(Node::mentions).max().orElse(1);
  }
}
