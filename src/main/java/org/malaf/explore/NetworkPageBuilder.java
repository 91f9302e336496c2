package org.malaf.explore;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.malaf.explore.model.NetworkEdgeView;
import org.malaf.explore.model.NetworkPage;
import org.malaf.explore.network.CoMentions;
import org.malaf.explore.network.ForceLayout;
import org.malaf.explore.network.Network;
import org.malaf.explore.network.NetworkSvg;
import org.malaf.ingest.ActorId;
import org.malaf.link.ActorProfile;
import org.malaf.render.SiteContext;
import org.malaf.render.SitePath;
import org.malaf.render.SitePaths;
import org.malaf.render.model.ActorLinkView;

/** Builds the network page's model: the drawing, the strongest links as a list, the actors left out of the drawing. */
final class NetworkPageBuilder {

  /** Actors drawn: beyond this many the names cannot be read on a phone. */
  static final int MAX_NODES = 40;
  /** Actors in the drawing shown on phones. */
  static final int MAX_COMPACT_NODES = 15;
  /** Links listed under the drawing. */
  static final int MAX_LISTED = 40;
  static final String CAPTION_ID = "network-caption";

  private final SiteContext site;

  NetworkPageBuilder(SiteContext site) {
    this.site = site;
  }

  NetworkPage build(SitePath path) {
    Network network = CoMentions.of(site.dossier(), MAX_NODES);
    Network compact = CoMentions.of(site.dossier(), MAX_COMPACT_NODES);
    String svg = NetworkSvg.render(network, ForceLayout.layout(network),
        id -> SitePaths.actor(id).relativeTo(path), CAPTION_ID, NetworkSvg.Style.FULL)
        + "\n" + NetworkSvg.render(compact, ForceLayout.layout(compact),
        id -> SitePaths.actor(id).relativeTo(path), CAPTION_ID, NetworkSvg.Style.COMPACT);
    List<Network.Node> nodes = network.nodes();
    List<NetworkEdgeView> strongest = network.edges().stream()
        .sorted(Comparator.comparingInt(Network.Edge::weight).reversed()
            .thenComparingInt(Network.Edge::a).thenComparingInt(Network.Edge::b))
        .limit(MAX_LISTED)
        .map(e -> new NetworkEdgeView(link(nodes.get(e.a()), path), link(nodes.get(e.b()), path), e.weight()))
        .toList();
    Set<ActorId> drawn = new HashSet<>();
    nodes.forEach(n -> drawn.add(n.id()));
    List<ActorLinkView> notDrawn = site.dossier().actors().values().stream()
        .filter(p -> p.mentionCount() > 0 && !drawn.contains(p.actor().id()))
        .sorted(Comparator.comparingInt(ActorProfile::mentionCount).reversed().thenComparing(p -> p.actor().id()))
        .map(p -> site.actorLink(p.actor().id(), p.mentionCount(), path))
        .toList();
    return new NetworkPage(site.chrome("شبكة الفاعلين", path, "network"), svg, nodes.size(), network.edges().size(),
        compact.nodes().size(), strongest, notDrawn);
  }

  private ActorLinkView link(Network.Node node, SitePath path) {
    return site.actorLink(node.id(), node.mentions(), path);
  }
}
