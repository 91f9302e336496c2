package org.malaf.render;

import java.util.ArrayList;
import java.util.List;
import org.malaf.annotate.Note;
import org.malaf.clean.BlockType;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;
import org.malaf.link.SourceEntry;
import org.malaf.link.SourceGroup;
import org.malaf.render.markdown.MarkdownRenderer;
import org.malaf.render.model.ActorsPage;
import org.malaf.render.model.ArticleCard;
import org.malaf.render.model.HomePage;
import org.malaf.render.model.LinkView;
import org.malaf.render.model.RecentNoteView;
import org.malaf.render.model.SourceGroupView;
import org.malaf.render.model.SourceView;
import org.malaf.render.model.SourcesPage;

/**
 * Builds the models of the pages that list things: home (its articles {@link #HOME_PAGE_SIZE} to a page,
 * newest first), actors index and sources.
 */
final class ListPagesBuilder {

  /** Articles on one page of the home listing: ten thousand cards would make a 10 MB page. */
  static final int HOME_PAGE_SIZE = 50;
  private static final int TOP_ACTORS = 5;
  private static final int RECENT_NOTES = 6;

  private final SiteContext site;
  private final MarkdownRenderer markdown;

  ListPagesBuilder(SiteContext site, MarkdownRenderer markdown) {
    this.site = site;
    this.markdown = markdown;
  }

  /** Page {@code number} (1-based) of the home listing: {@code index.html}, then {@code page/N.html}. */
  static SitePath homePath(int number) {
    return number == 1 ? SitePaths.HOME : SitePath.of("page/" + number + ".html");
  }

  /** How many pages the home listing has: one even for a dossier without articles. */
  int homePageCount() {
    return Math.max(1, (site.dossier().articles().size() + HOME_PAGE_SIZE - 1) / HOME_PAGE_SIZE);
  }

  HomePage home(int number) {
    Dossier dossier = site.dossier();
    SitePath path = homePath(number);
    List<LinkedArticle> all = dossier.articles();
    List<ArticleCard> cards = new ArrayList<>();
    for (LinkedArticle a : all.subList((number - 1) * HOME_PAGE_SIZE, Math.min(all.size(), number * HOME_PAGE_SIZE))) {
      int paragraphs = (int) a.annotated().clean().blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH).count();
      cards.add(new ArticleCard(a.sidecar().title(), SitePaths.article(a.sidecar()).relativeTo(path),
          a.sidecar().date() == null ? "" : a.sidecar().date().toString(), site.dates().format(a.sidecar().date()),
          a.sidecar().publisher(), paragraphs,
          a.actors().stream().limit(TOP_ACTORS).map(c -> site.actorLink(c.actor(), c.count(), path)).toList()));
    }
    int pages = homePageCount();
    String previous = number > 1 ? homePath(number - 1).relativeTo(path) : "";
    String next = number < pages ? homePath(number + 1).relativeTo(path) : "";
    if (number > 1) {
      return new HomePage(site.chrome("المقالات، الصفحة " + number, path, "home"), "", all.size(),
          dossier.registry().size(), 0, cards, List.of(), List.of(), number, pages, previous, next);
    }
    List<RecentNoteView> notes = new ArrayList<>();
    for (LinkedArticle a : all) {
      for (Note note : a.annotated().notes()) {
        if (notes.size() < RECENT_NOTES) {
          notes.add(new RecentNoteView(note.quote(), markdown.toHtml(note.noteMd(), new PageLinks(site, path)),
              SitePaths.article(a.sidecar()).relativeTo(path) + "#note-ref-" + note.number(), a.sidecar().title()));
        }
      }
    }
    int sources = dossier.sources().stream().mapToInt(g -> g.sources().size()).sum();
    return new HomePage(site.chrome(dossier.config().title(), path, "home"),
        markdown.toHtml(dossier.config().descriptionMd(), new PageLinks(site, path)), all.size(),
        dossier.registry().size(), sources, cards, site.actorGroups(path, true), notes, number, pages, previous, next);
  }

  ActorsPage actors() {
    SitePath path = SitePaths.ACTORS;
    return new ActorsPage(site.chrome("الفاعلون", path, "actors"), site.dossier().registry().size(),
        site.actorGroups(path, false));
  }

  SourcesPage sources() {
    SitePath path = SitePaths.SOURCES;
    List<SourceGroupView> groups = new ArrayList<>();
    int count = 0;
    for (SourceGroup group : site.dossier().sources()) {
      List<SourceView> views = new ArrayList<>();
      for (SourceEntry entry : group.sources()) {
        List<LinkView> citing = entry.citedBy().stream().map(id -> site.articleLink(id, path)).toList();
        views.add(new SourceView(entry.href(), entry.readableUrl(), entry.truncated(), citing));
        count++;
      }
      groups.add(new SourceGroupView(group.label(), views));
    }
    return new SourcesPage(site.chrome("المصادر", path, "sources"), count, groups);
  }
}
