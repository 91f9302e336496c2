package org.malaf.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.malaf.clean.CleanArticle;
import org.malaf.diag.Problems;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ActorRegistry;
import org.malaf.ingest.ArticleId;

/**
 * The annotate stage: finds actor mentions, turns source blocks into footnotes and anchors the editor's
 * notes. Built once per build (the matcher is compiled once for the whole dossier); thread-safe.
 */
public final class Annotator {

  private final ActorMatcher matcher;
  private final SourceExtractor sources = new SourceExtractor();
  private final AnnotationAnchorer anchorer;
  private final NoteLinkScanner linkScanner;

  public Annotator(ActorRegistry registry, ArticleDirectory articles, Problems problems) {
    this.matcher = ActorMatcher.build(registry, problems);
    this.anchorer = new AnnotationAnchorer();
    this.linkScanner = new NoteLinkScanner(registry, articles);
  }

  public AnnotatedArticle annotate(CleanArticle article, Problems problems) {
    List<Mention> mentions = matcher.match(article.blocks());
    List<Footnote> footnotes = sources.extract(article);
    List<Note> notes = anchorer.anchor(article, problems);
    Set<ArticleId> linkedArticles = new HashSet<>();
    Set<ActorId> linkedActors = new HashSet<>();
    for (Note note : notes) {
      linkScanner.scan(note.noteMd(), note.declaredAt(), linkedArticles, linkedActors, problems);
    }
    linkedArticles.remove(article.raw().id());
    return new AnnotatedArticle(article, mentions, footnotes, notes, linkedArticles, linkedActors);
  }
}
