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
 * Builds the models of the pages that list things: home (its articles over {@link SitePaths#HOME_PAGES},
 * newest first), actors index and sources (over {@link SitePaths#SOURCES_PAGES}, by publisher; a
 * publisher's list may continue on the next page).
 */
final class ListPagesBuilder {

  private static final int TOP_ACTORS = 5;
  private static final int RECENT_NOTES = 6;

  private final SiteContext site;
  private final MarkdownRenderer markdown;
  private final List<SourceSlot> sourceSlots;

  ListPagesBuilder(SiteContext site, MarkdownRenderer markdown) {
    this.site = site;
    this.markdown = markdown;
    this.sourceSlots = slots(site.dossier().sources());
  }

  /** How many pages the home listing has: one even for a dossier without articles. */
  int homePageCount() {
    return SitePaths.HOME_PAGES.pageCount(site.dossier().articles().size());
  }

  /** What a home page after the first reads besides the shared inputs: its number, the page count, its articles. */
  private record HomeInputs(int number, int pageCount, List<LinkedArticle> articles) {
  }

  /** The inputs of home page {@code number} (2 or more), for {@link PageJob#inputs()}. */
  Object homeInputs(int number) {
    return new HomeInputs(number, homePageCount(), SitePaths.HOME_PAGES.slice(site.dossier().articles(), number));
  }

  /** What a sources page reads besides the shared inputs: its number and the whole index (for its list of publishers). */
  private record SourcesInputs(int number, List<SourceGroup> groups) {
  }

  /** The inputs of sources page {@code number}, for {@link PageJob#inputs()}. */
  Object sourcesInputs(int number) {
    return new SourcesInputs(number, site.dossier().sources());
  }

  HomePage home(int number) {
    Dossier dossier = site.dossier();
    PagedListing listing = SitePaths.HOME_PAGES;
    SitePath path = listing.path(number);
    List<LinkedArticle> all = dossier.articles();
    List<ArticleCard> cards = new ArrayList<>();
    for (LinkedArticle a : listing.slice(all, number)) {
      int paragraphs = (int) a.annotated().clean().blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH).count();
      cards.add(new ArticleCard(a.sidecar().title(), SitePaths.article(a.sidecar()).relativeTo(path),
          a.sidecar().date() == null ? "" : a.sidecar().date().toString(), site.dates().format(a.sidecar().date()),
          a.sidecar().publisher(), paragraphs,
          a.actors().stream().limit(TOP_ACTORS).map(c -> site.actorLink(c.actor(), c.count(), path)).toList()));
    }
    int pages = homePageCount();
    String previous = listing.previousHref(number);
    String next = listing.nextHref(number, pages);
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

  /** How many pages the sources listing has: one even for a dossier without sources. */
  int sourcesPageCount() {
    return SitePaths.SOURCES_PAGES.pageCount(sourceSlots.size());
  }

  SourcesPage sources(int number) {
    PagedListing listing = SitePaths.SOURCES_PAGES;
    SitePath path = listing.path(number);
    List<SourceGroup> all = site.dossier().sources();
    List<SourceGroupView> groups = new ArrayList<>();
    int from = listing.start(number);
    int to = Math.min(sourceSlots.size(), from + listing.size());
    for (int i = from; i < to; ) {
      int group = sourceSlots.get(i).group();
      List<SourceView> views = new ArrayList<>();
      boolean continued = sourceSlots.get(i).first() != i;
      for (; i < to && sourceSlots.get(i).group() == group; i++) {
        SourceEntry entry = sourceSlots.get(i).entry();
        List<LinkView> citing = entry.citedBy().stream().map(id -> site.articleLink(id, path)).toList();
        views.add(new SourceView(entry.href(), entry.readableUrl(), entry.truncated(), citing));
      }
      groups.add(new SourceGroupView(all.get(group).label(), continued ? "" : groupAnchor(group), continued, views));
    }
    List<LinkView> index = new ArrayList<>(all.size());
    for (int g = 0, first = 0; g < all.size(); first += all.get(g).sources().size(), g++) {
      index.add(new LinkView(all.get(g).label(),
          listing.path(listing.pageOf(first)).relativeTo(path) + "#" + groupAnchor(g),
          Integer.toString(all.get(g).sources().size())));
    }
    String title = number == 1 ? "المصادر" : "المصادر، الصفحة " + number;
    int pages = sourcesPageCount();
    return new SourcesPage(site.chrome(title, path, "sources"), sourceSlots.size(), groups, index, number, pages,
        listing.previousHref(number), listing.nextHref(number, pages));
  }

  private static String groupAnchor(int group) {
    return "g-" + (group + 1);
  }

  /** Every source in listing order: its group, where that group starts in the list, the entry. */
  private static List<SourceSlot> slots(List<SourceGroup> groups) {
    List<SourceSlot> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int first = out.size();
      for (SourceEntry entry : groups.get(g).sources()) {
        out.add(new SourceSlot(g, first, entry));
      }
    }
    return out;
  }

  private record SourceSlot(int group, int first, SourceEntry entry) {
  }
}
