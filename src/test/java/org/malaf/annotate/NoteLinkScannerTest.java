package org.malaf.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.malaf.config.GlyphMap;
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ActorKind;
import org.malaf.ingest.ActorRegistry;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.RawArticle;
import org.malaf.ingest.Sidecar;

class NoteLinkScannerTest {

  private static final SourcePosition AT = new SourcePosition(Path.of("seeds/001_test.yaml"), 20, 7);

  private final NoteLinkScanner scanner = new NoteLinkScanner(
      ActorRegistry.of(List.of(actor("haftar", "خليفة حفتر"), actor("wagner", "فاغنر"))),
      new ArticleDirectory(List.of(raw("002_e7574c2a634e183f", "russia-libya"))));
  private final Problems problems = new Problems();
  private final Set<ArticleId> articles = new TreeSet<>();
  private final Set<ActorId> actors = new TreeSet<>();

  @Test
  void collectsActorAndArticleLinks() {
    scanner.scan("[[actor:haftar]] زار موسكو، انظر [[article:002]] و[[article:russia-libya|المقال]] و[[actor:wagner|فاغنر]].",
        AT, articles, actors, problems);

    assertThat(problems.sorted()).isEmpty();
    assertThat(actors).extracting(ActorId::value).containsExactly("haftar", "wagner");
    assertThat(articles).extracting(ArticleId::value).containsExactly("002_e7574c2a634e183f");
  }

  @Test
  void anUnknownActorOrArticleIsAnErrorAtTheNote() {
    scanner.scan("[[actor:sarraj]] [[article:999]]", AT, articles, actors, problems);

    assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
        "seeds/001_test.yaml:20:7: error: the note links to an unknown actor 'sarraj' — use an id from actors.yaml",
        "seeds/001_test.yaml:20:7: error: the note links to an unknown article '999' — use an article's id, its"
            + " number before '_', or its slug");
  }

  @Test
  void aMalformedLinkIsAnError() {
    scanner.scan("[[actor: haftar]] و[[Actor:haftar]] و[[ article:002]]", AT, articles, actors, problems);

    assertThat(problems.sorted()).hasSize(3).allSatisfy(p -> assertThat(p.what()).startsWith("the note has a malformed link"));
    assertThat(actors).isEmpty();
  }

  @Test
  void skipsEscapedLinks() {
    scanner.scan("\\[[actor:sarraj]] \\\\[[actor:haftar]]", AT, articles, actors, problems);

    assertThat(problems.sorted()).isEmpty();
    assertThat(actors).extracting(ActorId::value).containsExactly("haftar");
  }

  @Test
  void parsesTheLinkStartingAtAnIndex() {
    String md = "انظر [[actor:haftar|المشير]] هنا";

    assertThat(NoteLinkScanner.parseAt(md, 5)).contains(new NoteLinkScanner.WikiLink("actor", "haftar", "المشير", 5, 28));
    assertThat(NoteLinkScanner.parseAt(md, 6)).isEmpty();
    assertThat(NoteLinkScanner.parseAt("[[actor:x", 0)).isEmpty();
    assertThat(NoteLinkScanner.parseAt("[", 0)).isEmpty();
  }

  @Test
  void findsAllLinksWithAndWithoutText() {
    assertThat(NoteLinkScanner.findAll("[[article:002]] [[actor:haftar| ]]"))
        .extracting(NoteLinkScanner.WikiLink::kind, NoteLinkScanner.WikiLink::ref, NoteLinkScanner.WikiLink::hasText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("article", "002", false),
            org.assertj.core.groups.Tuple.tuple("actor", "haftar", false));
  }

  private static Actor actor(String id, String name) {
    return new Actor(new ActorId(id), name, ActorKind.PERSON, List.of(name), List.of(), "", List.of(),
        new SourcePosition(Path.of("seeds/actors.yaml"), 1, 1));
  }

  private static RawArticle raw(String id, String slug) {
    Sidecar sidecar = new Sidecar(Path.of("seeds/" + id + ".yaml"), slug, "مقال", null, null, null, null,
        GlyphMap.EMPTY, List.of(), List.of());
    return new RawArticle(new ArticleId(id), Path.of("seeds/" + id + ".txt"), "UTF-8", "", sidecar, GlyphMap.EMPTY);
  }
}
