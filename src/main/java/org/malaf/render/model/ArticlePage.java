package org.malaf.render.model;

import java.util.List;

/** Everything {@code article.html} shows. */
public record ArticlePage(
    Chrome chrome,
    String title,
    String dateIso,
    String dateText,
    String author,
    String publisher,
    String sourceUrl,
    String seedFile,
    int repairCount,
    List<BlockView> blocks,
    List<ActorLinkView> actors,
    List<FootnoteView> footnotes,
    List<NoteView> notes,
    List<LinkView> related,
    List<LinkView> backlinks) {

  public ArticlePage {
    blocks = List.copyOf(blocks);
    actors = List.copyOf(actors);
    footnotes = List.copyOf(footnotes);
    notes = List.copyOf(notes);
    related = List.copyOf(related);
    backlinks = List.copyOf(backlinks);
  }
}
