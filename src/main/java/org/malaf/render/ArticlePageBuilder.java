package org.malaf.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.annotate.Footnote;
import org.malaf.annotate.Mention;
import org.malaf.annotate.Note;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.ingest.Sidecar;
import org.malaf.link.LinkedArticle;
import org.malaf.render.bidi.BidiRuns;
import org.malaf.render.markdown.MarkdownRenderer;
import org.malaf.render.model.ArticlePage;
import org.malaf.render.model.BackRefView;
import org.malaf.render.model.BlockView;
import org.malaf.render.model.FootnoteView;
import org.malaf.render.model.NoteView;

/**
 * Builds an article page's model: blocks with actor links, highlighted annotations and footnote markers;
 * the notes and sources lists with back-references; actors, related articles and backlinks.
 * The first mention of each actor in a paragraph is a link, later ones are only marked: a paragraph full
 * of links is hard to read, and every paragraph still leads to each actor it names.
 */
final class ArticlePageBuilder {

  private final SiteContext site;
  private final MarkdownRenderer markdown;

  ArticlePageBuilder(SiteContext site, MarkdownRenderer markdown) {
    this.site = site;
    this.markdown = markdown;
  }

  ArticlePage build(LinkedArticle article) {
    Sidecar sidecar = article.sidecar();
    SitePath path = SitePaths.article(sidecar);
    AnnotatedArticle annotated = article.annotated();
    PageLinks links = new PageLinks(site, path);
    List<NoteView> notes = new ArrayList<>();
    for (Note note : annotated.notes()) {
      notes.add(new NoteView(note.number(), note.noteId(), note.quote(),
          markdown.toHtml(note.noteMd(), links), new BackRefView("↑", "#" + note.markerId())));
    }
    List<FootnoteView> footnotes = new ArrayList<>();
    for (Footnote f : annotated.footnotes()) {
      // Wikipedia's convention: a lone back-reference is an arrow, several are letters after one arrow.
      boolean single = f.backrefs().size() == 1;
      List<BackRefView> back = f.backrefs().stream()
          .map(b -> new BackRefView(single ? "↑" : b.label(), "#" + b.markerId())).toList();
      footnotes.add(new FootnoteView(f.number(), f.noteId(), f.label(), f.href(), f.readableUrl(), f.truncated(), back));
    }
    return new ArticlePage(site.chrome(sidecar.title(), path, "article"), sidecar.title(),
        sidecar.date() == null ? "" : sidecar.date().toString(), site.dates().format(sidecar.date()),
        sidecar.author(), sidecar.publisher(), sidecar.source(), annotated.clean().raw().file().getFileName().toString(),
        annotated.clean().report().size(), blocks(annotated, path), 
        article.actors().stream().map(c -> site.actorLink(c.actor(), c.count(), path)).toList(),
        footnotes, notes,
        article.related().stream().map(id -> site.articleLink(id, path)).toList(),
        article.backlinks().stream().map(id -> site.articleLink(id, path)).toList());
  }

  private List<BlockView> blocks(AnnotatedArticle annotated, SitePath path) {
    List<Block> blocks = annotated.clean().blocks();
    List<BlockHtml> html = new ArrayList<>();
    for (Block block : blocks) {
      html.add(new BlockHtml(block.text()));
    }
    for (Note note : annotated.notes()) {
      BlockHtml b = html.get(note.block());
      b.span(note.start(), note.end(), 1, "<mark class=\"annotated\">", "</mark>");
      b.marker(note.end(), "<sup class=\"note-marker\" id=\"" + note.markerId() + "\"><a href=\"#" + note.noteId()
          + "\">" + isolateNumbers(note.markerText()) + "</a></sup>");
    }
    Set<String> linkedInBlock = new HashSet<>();
    for (Mention m : annotated.mentions()) {
      String href = Html.escape(SitePaths.actor(m.actor()).relativeTo(path));
      String id = Html.escape(m.actor().value());
      if (linkedInBlock.add(m.block() + "/" + m.actor().value())) {
        html.get(m.block()).span(m.start(), m.end(), 2,
            "<a class=\"mention\" data-actor=\"" + id + "\" href=\"" + href + "\">", "</a>");
      } else {
        html.get(m.block()).span(m.start(), m.end(), 2, "<span class=\"mention\" data-actor=\"" + id + "\">", "</span>");
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      for (Footnote.Marker m : Footnote.markersAt(annotated.footnotes(), i)) {
        html.get(i).marker(blocks.get(i).text().length(), "<sup class=\"cite\" id=\"" + Html.escape(m.id())
            + "\"><a href=\"" + Html.escape(m.href()) + "\">" + isolateNumbers(m.text()) + "</a></sup>");
      }
    }
    List<BlockView> views = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block.type() == BlockType.SOURCE) {
        continue;
      }
      views.add(new BlockView(block.type().key(), "p-" + (i + 1), i + 1, block.lineRange(), html.get(i).render()));
    }
    return views;
  }

  /** Marker text such as «[ملاحظة 3]» with its number in {@code <bdi>}, so it keeps its place in RTL text. */
  private static String isolateNumbers(String text) {
    return BidiRuns.isolate(text);
  }
}
