package org.malaf.explore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.malaf.link.Dossier;
import org.malaf.link.Linker;

/**
 * Builds small linked dossiers for the explore tests: actors by id and name, articles by id, date and blocks,
 * each occurrence of an actor's name in a block becoming a mention (as the annotate stage would find it).
 */
public final class TestDossier {

  private final Map<ActorId, Actor> actors = new LinkedHashMap<>();
  private final List<AnnotatedArticle> articles = new ArrayList<>();

  public TestDossier actor(String id, String name, ActorKind kind) {
    ActorId actorId = new ActorId(id);
    actors.put(actorId, new Actor(actorId, name, kind, List.of(name), List.of(), "", List.of(),
        SourcePosition.of(Path.of("actors.yaml"))));
    return this;
  }

  /** An article; blocks are paragraphs unless written as {@code "pullquote:text"}, {@code "heading:text"} or {@code "source:url"}. */
  public TestDossier article(String id, String date, String... blocks) {
    List<Block> list = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (String b : blocks) {
      BlockType type = BlockType.PARAGRAPH;
      String text = b;
      for (BlockType t : BlockType.values()) {
        if (b.startsWith(t.key() + ":")) {
          type = t;
          text = b.substring(t.key().length() + 1);
        }
      }
      int index = list.size();
      list.add(new Block(type, text, index + 1, index + 1));
      for (Actor actor : actors.values()) {
        for (int at = text.indexOf(actor.name()); at >= 0; at = text.indexOf(actor.name(), at + 1)) {
          mentions.add(new Mention(actor.id(), index, at, at + actor.name().length(), actor.name()));
        }
      }
    }
    mentions.sort((x, y) -> x.block() != y.block() ? Integer.compare(x.block(), y.block()) : Integer.compare(x.start(), y.start()));
    Sidecar sidecar = new Sidecar(Path.of(id + ".yaml"), "article-" + id, "عنوان " + id,
        date == null ? null : LocalDate.parse(date), "", "", "", GlyphMap.EMPTY, List.of(), List.of());
    String raw = String.join("\n\n", blocks);
    RawArticle rawArticle = new RawArticle(new ArticleId(id), Path.of(id + ".txt"), "UTF-8", raw, sidecar, GlyphMap.EMPTY);
    articles.add(new AnnotatedArticle(new CleanArticle(rawArticle, list, List.of()), mentions, List.of(), List.of(),
        Set.of(), Set.of()));
    return this;
  }

  public Dossier link() {
    return new Linker().link(new DossierConfig("ملف تجريبي", "", "ar", "", GlyphMap.EMPTY),
        ActorRegistry.of(List.copyOf(actors.values())), articles);
  }
}
