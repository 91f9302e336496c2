package org.malaf.explore.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.malaf.explore.TestDossier;
import org.malaf.ingest.ActorKind;
import org.malaf.link.Dossier;

class NetworkSvgTest {

  private final Dossier dossier = new TestDossier()
      .actor("haftar", "حفتر", ActorKind.PERSON)
      .actor("lavrov", "لافروف", ActorKind.PERSON)
      .actor("moscow", "موسكو", ActorKind.PLACE)
      .actor("russia", "روسيا", ActorKind.COUNTRY)
      .actor("cairo", "القاهرة", ActorKind.PLACE)
      .actor("alone", "وحيد", ActorKind.PERSON)
      .article("a", "2019-01-01", "حفتر في موسكو مع لافروف.", "روسيا تدعم حفتر.", "حفتر وروسيا وموسكو.", "وحيد هنا.")
      .article("b", "2019-02-01", "لافروف في القاهرة.", "حفتر في موسكو.")
      .link();

  private static String render(Network network) {
    return NetworkSvg.render(network, ForceLayout.layout(network), id -> "actors/" + id.value() + ".html", "cap");
  }

  @Test
  void edgesCountTheParagraphsThatNameBothAndLoneActorsAreLeftOut() {
    Network network = CoMentions.of(dossier, 40);
    assertThat(network.nodes()).extracting(n -> n.id().value())
        .containsExactly("haftar", "moscow", "lavrov", "russia", "cairo");
    int haftar = 0;
    int moscow = 1;
    assertThat(network.edges()).contains(new Network.Edge(haftar, moscow, 3));
    assertThat(network.maxWeight()).isEqualTo(3);
  }

  @Test
  void twoRendersAreByteIdenticalEvenOnOtherThreads() throws Exception {
    String first = render(CoMentions.of(dossier, 40));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> jobs = List.of(() -> render(CoMentions.of(dossier, 40)), () -> render(CoMentions.of(dossier, 40)),
          () -> render(CoMentions.of(dossier, 40)));
      for (Future<String> other : pool.invokeAll(jobs)) {
        assertThat(other.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void everyNodeIsALinkWithItsArabicNameAndTheDrawingScales() {
    String svg = render(CoMentions.of(dossier, 40));
    assertThat(svg).startsWith("<svg class=\"network network--full\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
        .doesNotContain("NaN").contains("aria-labelledby=\"cap\"");
    assertThat(svg.substring(0, svg.indexOf('>'))).as("no fixed size: the viewBox scales").doesNotContain(" width=")
        .doesNotContain(" height=");
    Matcher links = Pattern.compile("<a href=\"actors/([a-z]+)\\.html\" class=\"network__node kind--([a-z]+)\"").matcher(svg);
    int count = 0;
    while (links.find()) {
      count++;
    }
    assertThat(count).isEqualTo(5);
    assertThat(svg).contains("direction=\"rtl\" font-size=\"15\">لافروف</text>");
  }

  @Test
  void theCompactDrawingHasLargerNamesForPhones() {
    Network network = CoMentions.of(dossier, 3);
    String svg = NetworkSvg.render(network, ForceLayout.layout(network), id -> "x.html", "cap", NetworkSvg.Style.COMPACT);
    assertThat(svg).startsWith("<svg class=\"network network--compact\"").contains("font-size=\"28\"");
    assertThat(svg.split("<a ").length - 1).isEqualTo(3);
  }

  @Test
  void layoutKeepsNodesApart() {
    Network network = CoMentions.of(dossier, 40);
    double[][] p = ForceLayout.layout(network);
    for (int i = 0; i < p.length; i++) {
      for (int j = i + 1; j < p.length; j++) {
        assertThat(Math.hypot(p[i][0] - p[j][0], p[i][1] - p[j][1])).isGreaterThan(0.05);
      }
    }
  }

  @Test
  void coordinatesAreRoundedWithoutLocaleOrNegativeZero() {
    assertThat(NetworkSvg.num(12.345)).isEqualTo("12.3");
    assertThat(NetworkSvg.num(-0.04)).isEqualTo("0");
    assertThat(NetworkSvg.num(-3.96)).isEqualTo("-4");
    assertThat(NetworkSvg.num(1000)).isEqualTo("1000");
  }
}
