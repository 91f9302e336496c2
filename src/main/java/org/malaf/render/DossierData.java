package org.malaf.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.annotate.Mention;
import org.malaf.clean.BlockType;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ArticleId;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;
import org.malaf.session.LastBuildMemo;

/**
 * Writes {@code dossier.json}: the dossier as data for researchers — articles, actors, every mention with
 * its paragraph and offsets, and the related/backlink edges. Order is fixed (articles newest first as on
 * the site, actors as in the registry, mentions in text order) so two builds give identical bytes. The
 * JSON is compact, and each article's part is written once and kept while the article stays the same, so
 * an edit in {@code serve} rewrites the file without serialising ten thousand articles again.
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

  /**
   * One article's share of each array, as UTF-8 JSON (its mentions and edges joined by commas, empty when it
   * has none), and the edges it was written for.
   */
  private record Part(List<ArticleId> related, List<ArticleId> backlinks, byte[] article, byte[] mentions,
      byte[] relatedEdges, byte[] backlinkEdges) {
  }

  private static final byte[] COMMA = {','};

  private final ObjectMapper mapper = new ObjectMapper();
  // Each article's part at the last build, by its annotated article (the same object while unchanged).
  private final LastBuildMemo<AnnotatedArticle, Part> parts = new LastBuildMemo<>();

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
    List<Part> all = parts.map(dossier.articles(), LinkedArticle::annotated, this::part,
        (a, kept) -> kept.related().equals(a.related()) && kept.backlinks().equals(a.backlinks()));
    // The file is the concatenation of these pieces; each article's are kept from the last build.
    List<byte[]> pieces = new ArrayList<>(all.size() * 8 + 64);
    pieces.add(("{\"version\":" + VERSION + ",\"title\":").getBytes(StandardCharsets.UTF_8));
    pieces.add(write(dossier.config().title()));
    array(pieces, "articles", all.stream().map(Part::article).toList());
    List<byte[]> actors = new ArrayList<>();
    for (Actor actor : dossier.registry().actors()) {
      actors.add(write(new ActorData(actor.id().value(), actor.name(), actor.kind().key(), actor.aliases(),
          SitePaths.actor(actor.id()).value())));
    }
    array(pieces, "actors", actors);
    array(pieces, "mentions", all.stream().map(Part::mentions).toList());
    array(pieces, "related", all.stream().map(Part::relatedEdges).toList());
    array(pieces, "backlinks", all.stream().map(Part::backlinkEdges).toList());
    pieces.add("}\n".getBytes(StandardCharsets.UTF_8));
    return concatenation(pieces);
  }

  private Part part(LinkedArticle a) {
    String id = a.id().value();
    int paragraphs = (int) a.annotated().clean().blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH).count();
    byte[] article = write(new ArticleData(id, a.sidecar().slug(), a.sidecar().title(),
        a.sidecar().date() == null ? null : a.sidecar().date().toString(),
        a.annotated().clean().raw().file().getFileName().toString(), paragraphs,
        SitePaths.article(a.sidecar()).value()));
    List<byte[]> mentions = new ArrayList<>();
    for (Mention m : a.annotated().mentions()) {
      mentions.add(write(new MentionData(m.actor().value(), id, m.block() + 1, m.start(), m.end(), m.surface())));
    }
    List<byte[]> related = a.related().stream().map(other -> write(new EdgeData(id, other.value()))).toList();
    List<byte[]> backlinks = a.backlinks().stream().map(other -> write(new EdgeData(other.value(), id))).toList();
    return new Part(a.related(), a.backlinks(), article, joined(mentions), joined(related), joined(backlinks));
  }

  /** A JSON array named {@code name}: see {@link #addJoined}. */
  private static void array(List<byte[]> pieces, String name, List<byte[]> members) {
    pieces.add((",\"" + name + "\":[").getBytes(StandardCharsets.UTF_8));
    addJoined(pieces, members);
    pieces.add(new byte[] {']'});
  }

  private static byte[] joined(List<byte[]> members) {
    List<byte[]> pieces = new ArrayList<>(members.size() * 2);
    addJoined(pieces, members);
    return concatenation(pieces);
  }

  /** Members with a comma between two; empty members (an article without any mention or edge) are left out. */
  private static void addJoined(List<byte[]> pieces, List<byte[]> members) {
    boolean first = true;
    for (byte[] member : members) {
      if (member.length == 0) {
        continue;
      }
      if (!first) {
        pieces.add(COMMA);
      }
      pieces.add(member);
      first = false;
    }
  }

  private static byte[] concatenation(List<byte[]> pieces) {
    int size = 0;
    for (byte[] piece : pieces) {
      size += piece.length;
    }
    byte[] out = new byte[size];
    int at = 0;
    for (byte[] piece : pieces) {
      System.arraycopy(piece, 0, out, at, piece.length);
      at += piece.length;
    }
    return out;
  }

  private byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("dossier.json could not be written", e);
    }
  }
}
