package org.malaf.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.annotate.Mention;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.clean.CleanArticle;
import org.malaf.config.DossierConfig;
import org.malaf.config.GlyphMap;
import org.malaf.diag.SourcePosition;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ActorKind;
import org.malaf.ingest.ActorRegistry;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.RawArticle;
import org.malaf.ingest.Sidecar;

class LinkerTest {

  private static final ActorId A = new ActorId("alpha");
  private static final ActorId B = new ActorId("beta");
  private static final ActorId RARE = new ActorId("rare");
  private final ActorRegistry registry = ActorRegistry.of(List.of(actor(A, "ألفا"), actor(B, "بيتا"), actor(RARE, "نادر")));

  private static Actor actor(ActorId id, String name) {
    return new Actor(id, name, ActorKind.PERSON, List.of(name), List.of(), "", List.of(), SourcePosition.of(Path.of("actors.yaml")));
  }

  /** An article whose single paragraph names {@code actors}, each once, with notes linking {@code links}. */
  private static AnnotatedArticle article(String id, String date, List<ActorId> actors, Set<ArticleId> links) {
    StringBuilder text = new StringBuilder("فقرة");
    List<Mention> mentions = new ArrayList<>();
    for (ActorId actor : actors) {
      int start = text.length() + 1;
      text.append(' ').append(actor.value());
      mentions.add(new Mention(actor, 0, start, text.length(), actor.value()));
    }
    Sidecar sidecar = new Sidecar(Path.of(id + ".yaml"), id, "عنوان " + id, LocalDate.parse(date), "", "", "",
        GlyphMap.EMPTY, List.of(), List.of());
    RawArticle raw = new RawArticle(new ArticleId(id), Path.of(id + ".txt"), "UTF-8", text.toString(), sidecar, GlyphMap.EMPTY);
    CleanArticle clean = new CleanArticle(raw, List.of(new Block(BlockType.PARAGRAPH, text.toString(), 1, 1)), List.of());
    return new AnnotatedArticle(clean, mentions, List.of(), List.of(), links, Set.of());
  }

  private Dossier link(AnnotatedArticle... articles) {
    return new Linker().link(new DossierConfig("ملف", "", "ar", "", GlyphMap.EMPTY), registry, List.of(articles));
  }

  @Test
  void ordersArticlesNewestFirst() {
    Dossier d = link(article("old", "2016-01-01", List.of(A), Set.of()), article("new", "2019-01-01", List.of(A), Set.of()));
    assertThat(d.articles()).extracting(a -> a.id().value()).containsExactly("new", "old");
  }

  @Test
  void aRareSharedActorRelatesArticlesMoreThanACommonOne() {
    Dossier d = link(
        article("x", "2019-01-01", List.of(A, RARE), Set.of()),
        article("y", "2019-01-02", List.of(A, RARE), Set.of()),
        article("z", "2019-01-03", List.of(A, B), Set.of()),
        article("w", "2019-01-04", List.of(A, B), Set.of()),
        article("v", "2019-01-05", List.of(A), Set.of()));
    assertThat(d.article(new ArticleId("x")).orElseThrow().related().get(0).value()).isEqualTo("y");
    assertThat(d.article(new ArticleId("z")).orElseThrow().related().get(0).value()).isEqualTo("w");
  }

  @Test
  void notesLinkingAnArticleBecomeItsBacklinks() {
    Dossier d = link(article("a", "2019-01-01", List.of(A), Set.of(new ArticleId("b"))),
        article("b", "2018-01-01", List.of(B), Set.of()));
    assertThat(d.article(new ArticleId("b")).orElseThrow().backlinks()).extracting(ArticleId::value).containsExactly("a");
    assertThat(d.article(new ArticleId("a")).orElseThrow().backlinks()).isEmpty();
  }

  @Test
  void backlinksAndAnActorsArticlesAreListedNewestFirstWhateverTheInputOrder() {
    Set<ArticleId> toB = Set.of(new ArticleId("b"));
    Dossier d = link(article("a", "2019-01-01", List.of(A), toB), article("b", "2018-01-01", List.of(A), Set.of()),
        article("d", "2017-01-01", List.of(A), toB), article("c", "2020-01-01", List.of(A), toB));
    assertThat(d.article(new ArticleId("b")).orElseThrow().backlinks()).extracting(ArticleId::value)
        .containsExactly("c", "a", "d");
    assertThat(d.profile(A).byArticle()).extracting(am -> am.article().value()).containsExactly("c", "a", "b", "d");
  }

  @Test
  void actorsNamedInTheSameParagraphAreCoMentioned() {
    Dossier d = link(article("a", "2019-01-01", List.of(A, B), Set.of()), article("b", "2019-01-02", List.of(A, B), Set.of()));
    ActorProfile alpha = d.profile(A);
    assertThat(alpha.coMentioned()).containsExactly(new ActorCount(B, 2));
    assertThat(alpha.mentionCount()).isEqualTo(2);
    assertThat(alpha.byArticle()).extracting(am -> am.article().value()).containsExactly("b", "a");
    assertThat(d.profile(RARE).mentionCount()).isZero();
  }

  @Test
  void showsEachMentionInItsSentenceWithTheParagraphNumber() {
    Dossier d = link(article("a", "2019-01-01", List.of(A), Set.of()));
    MentionContext m = d.profile(A).byArticle().get(0).mentions().get(0);
    assertThat(m.paragraph()).isEqualTo(1);
    assertThat(m.before() + m.surface() + m.after()).isEqualTo("فقرة alpha");
  }

  /** An article of two paragraphs naming {@code first} then {@code second}, with a word that makes its text. */
  private static AnnotatedArticle article(String id, String date, String word, List<ActorId> first,
      List<ActorId> second, Set<ArticleId> links) {
    List<Block> blocks = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<List<ActorId>> paragraphs = List.of(first, second);
    for (int b = 0; b < paragraphs.size(); b++) {
      StringBuilder text = new StringBuilder("فقرة ").append(word).append('.');
      for (ActorId actor : paragraphs.get(b)) {
        int start = text.length() + 1;
        text.append(' ').append(actor.value());
        mentions.add(new Mention(actor, b, start, text.length(), actor.value()));
      }
      blocks.add(new Block(BlockType.PARAGRAPH, text.toString(), b + 1, b + 1));
    }
    Sidecar sidecar = new Sidecar(Path.of(id + ".yaml"), id, "عنوان " + id, LocalDate.parse(date), "", "", "",
        GlyphMap.EMPTY, List.of(), List.of());
    RawArticle raw = new RawArticle(new ArticleId(id), Path.of(id + ".txt"), "UTF-8", word, sidecar, GlyphMap.EMPTY);
    return new AnnotatedArticle(new CleanArticle(raw, blocks, List.of()), mentions, List.of(), List.of(), links,
        Set.of());
  }

  private static final DossierConfig CONFIG = new DossierConfig("ملف", "", "ar", "", GlyphMap.EMPTY);

  @Test
  void relinkingAfterEditsGivesTheDossierALinkFromScratchGives() {
    java.util.Random random = new java.util.Random(7);
    List<ActorId> cast = List.of(A, B, RARE);
    List<String> dates = List.of("2018-01-01", "2019-01-01", "2019-06-01");
    List<String> words = List.of("أول", "ثان", "ثالث", "رابع");
    java.util.function.Function<String, AnnotatedArticle> randomArticle = id -> article(id,
        dates.get(random.nextInt(dates.size())), words.get(random.nextInt(words.size())),
        randomActors(random, cast), randomActors(random, cast),
        random.nextInt(4) == 0 ? Set.of(new ArticleId("a" + random.nextInt(20))) : Set.of());
    List<AnnotatedArticle> articles = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      articles.add(randomArticle.apply("a" + i));
    }
    Linker session = new Linker();
    for (int round = 0; round < 200; round++) {
      int edits = random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int i = random.nextInt(articles.size());
        AnnotatedArticle old = articles.get(i);
        // Mostly a change of wording (the same actors, place and links), sometimes anything.
        articles.set(i, random.nextInt(3) > 0
            ? article(old.id().value(), old.clean().raw().sidecar().date().toString(),
                words.get(random.nextInt(words.size())), actorsIn(old, 0), actorsIn(old, 1), old.linkedArticles())
            : randomArticle.apply(old.id().value()));
      }
      List<AnnotatedArticle> input = List.copyOf(articles);
      Dossier relinked = session.link(CONFIG, registry, input);
      assertThat(relinked).as("round %d", round).isEqualTo(new Linker().link(CONFIG, registry, input));
    }
  }

  @Test
  void aChangeOfWordingRemakesOnlyTheProfilesOfTheActorsTheArticleNames() {
    AnnotatedArticle x = article("x", "2019-01-01", "أول", List.of(A), List.of(), Set.of());
    AnnotatedArticle y = article("y", "2019-01-02", "أول", List.of(B), List.of(), Set.of());
    Linker session = new Linker();
    Dossier before = session.link(CONFIG, registry, List.of(x, y));
    Dossier after = session.link(CONFIG, registry,
        List.of(article("x", "2019-01-01", "ثان", List.of(A), List.of(), Set.of()), y));

    assertThat(after.profile(A).byArticle().get(0).mentions().get(0).before()).contains("ثان");
    assertThat(after.profile(B)).isSameAs(before.profile(B));
    assertThat(after.article(new ArticleId("y")).orElseThrow()).isSameAs(before.article(new ArticleId("y")).orElseThrow());
  }

  private static List<ActorId> randomActors(java.util.Random random, List<ActorId> cast) {
    List<ActorId> named = new ArrayList<>();
    for (int n = random.nextInt(3); n > 0; n--) {
      named.add(cast.get(random.nextInt(cast.size())));
    }
    return named;
  }

  private static List<ActorId> actorsIn(AnnotatedArticle article, int block) {
    return article.mentions().stream().filter(m -> m.block() == block).map(Mention::actor).toList();
  }
}
