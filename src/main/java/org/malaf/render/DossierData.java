package org.malaf.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.malaf.annotate.Mention;
import org.malaf.clean.BlockType;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ArticleId;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;

/**
 * Writes {@code dossier.json}: the dossier as data for researchers — articles, actors, every mention with
 * its paragraph and offsets, and the related/backlink edges. Order is fixed (articles newest first as on
 * the site, actors as in the registry, mentions in text order) so two builds give identical bytes.
 */
public final class DossierData implements PageEmitter {

  /** Format version of the file, raised when a field changes meaning. */
  public static final int VERSION = 1;

  record ArticleData(String id, String slug, String title, String date, String file, int paragraphs, String href) {
  }

  record ActorData(String id, String name, String kind, List<String> aliases, String href) {
  }

  /** {@code paragraph} is the {@code #p-N} anchor number; offsets are UTF-16 units into that block's text. */
  record MentionData(String actor, String article, int paragraph, int start, int end, String surface) {
  }

  record EdgeData(String from, String to) {
  }

  record Data(int version, String title, List<ArticleData> articles, List<ActorData> actors,
      List<MentionData> mentions, List<EdgeData> related, List<EdgeData> backlinks) {
  }

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String name() {
    return "data";
  }

  @Override
  public List<PageJob> jobs(SiteContext site) {
    // Besides the shared inputs (title, registry) the file reads the linked articles only.
    return List.of(PageJob.raw(SitePaths.DATA, site.dossier().articles(), () -> bytes(site.dossier())));
  }

  byte[] bytes(Dossier dossier) {
    List<ArticleData> articles = new ArrayList<>();
    List<MentionData> mentions = new ArrayList<>();
    List<EdgeData> related = new ArrayList<>();
    List<EdgeData> backlinks = new ArrayList<>();
    for (LinkedArticle a : dossier.articles()) {
      String id = a.id().value();
      int paragraphs = (int) a.annotated().clean().blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH).count();
      articles.add(new ArticleData(id, a.sidecar().slug(), a.sidecar().title(),
          a.sidecar().date() == null ? null : a.sidecar().date().toString(),
          a.annotated().clean().raw().file().getFileName().toString(), paragraphs,
          SitePaths.article(a.sidecar()).value()));
      for (Mention m : a.annotated().mentions()) {
        mentions.add(new MentionData(m.actor().value(), id, m.block() + 1, m.start(), m.end(), m.surface()));
      }
      for (ArticleId other : a.related()) {
        related.add(new EdgeData(id, other.value()));
      }
      for (ArticleId other : a.backlinks()) {
        backlinks.add(new EdgeData(other.value(), id));
      }
    }
    List<ActorData> actors = new ArrayList<>();
    for (Actor actor : dossier.registry().actors()) {
      actors.add(new ActorData(actor.id().value(), actor.name(), actor.kind().key(), actor.aliases(),
          SitePaths.actor(actor.id()).value()));
    }
    try {
      String json = mapper.writeValueAsString(new Data(VERSION, dossier.config().title(), articles, actors, mentions,
          related, backlinks));
      return (json + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("dossier.json could not be written", e);
    }
  }
}
