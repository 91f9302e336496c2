package org.malaf.render;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.malaf.annotate.ArticleDirectory;
import org.malaf.ingest.Actor;
import org.malaf.ingest.ActorId;
import org.malaf.ingest.ActorKind;
import org.malaf.ingest.ArticleId;
import org.malaf.link.ActorProfile;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;
import org.malaf.render.model.ActorGroupView;
import org.malaf.render.model.ActorLinkView;
import org.malaf.render.model.Chrome;
import org.malaf.render.model.LinkView;

/**
 * Page-independent knowledge the page emitters share: where each article and actor lives, how actors
 * sort (ICU Arabic collation, then id), dates in Arabic, and each page's chrome.
 */
public final class SiteContext {

  private final Dossier dossier;
  // Made on first use: only Markdown with an [[article:…]] link asks, and most rebuilds render none.
  private volatile ArticleDirectory directory;
  private final Comparator<Actor> actorOrder;
  private final ArabicDates dates = new ArabicDates();

  public SiteContext(Dossier dossier) {
    this.dossier = dossier;
    Collator collator = Collator.getInstance(new ULocale("ar"));
    collator.freeze();
    this.actorOrder = Comparator.comparing(Actor::name, collator).thenComparing(Actor::id);
  }

  public Dossier dossier() {
    return dossier;
  }

  /** Everything this context lets a page read besides the page's own inputs (see {@link PageJob#inputs}). */
  public SharedInputs sharedInputs() {
    return new SharedInputs(dossier.config(), dossier.registry().actors(), dossier.articles().stream()
        .map(a -> new SharedInputs.ArticleSummary(a.id(), a.sidecar().slug(), a.sidecar().title(), a.sidecar().date()))
        .toList());
  }

  public String formatDate(java.time.LocalDate date) {
    return dates.format(date);
  }

  ArabicDates dates() {
    return dates;
  }

  public Optional<LinkedArticle> resolveArticle(String ref) {
    return directory().resolve(ref).flatMap(dossier::article);
  }

  private ArticleDirectory directory() {
    ArticleDirectory made = directory;
    if (made == null) {
      synchronized (this) {
        made = directory;
        if (made == null) {
          made = new ArticleDirectory(dossier.articles().stream().map(a -> a.annotated().clean().raw()).toList());
          directory = made;
        }
      }
    }
    return made;
  }

  public LinkedArticle article(ArticleId id) {
    return dossier.article(id).orElseThrow();
  }

  public SitePath articlePath(ArticleId id) {
    return SitePaths.article(article(id).sidecar());
  }

  public LinkView articleLink(ArticleId id, SitePath from) {
    LinkedArticle a = article(id);
    return new LinkView(a.sidecar().title(), SitePaths.article(a.sidecar()).relativeTo(from),
        dates.format(a.sidecar().date()));
  }

  public ActorLinkView actorLink(ActorId id, int count, SitePath from) {
    Actor actor = dossier.registry().find(id).orElseThrow();
    return new ActorLinkView(id.value(), actor.name(), SitePaths.actor(id).relativeTo(from), actor.kind().key(), count);
  }

  /** Registered actors grouped by kind, each group in Arabic collation order; empty groups left out. */
  public List<ActorGroupView> actorGroups(SitePath from, boolean onlyMentioned) {
    List<ActorGroupView> groups = new ArrayList<>();
    for (ActorKind kind : ActorKind.values()) {
      List<ActorLinkView> links = dossier.registry().actors().stream()
          .filter(a -> a.kind() == kind)
          .sorted(actorOrder)
          .map(a -> actorLink(a.id(), profile(a.id()).mentionCount(), from))
          .filter(l -> !onlyMentioned || l.count() > 0)
          .toList();
      if (!links.isEmpty()) {
        groups.add(new ActorGroupView(kind.key(), kind.pluralAr(), links));
      }
    }
    return groups;
  }

  /** Resolves {@code [[actor:…]]} / {@code [[article:…]]} links in Markdown shown on {@code page}. */
  public org.malaf.render.markdown.WikiLinkResolver linksFrom(SitePath page) {
    return new PageLinks(this, page);
  }

  public ActorProfile profile(ActorId id) {
    return dossier.profile(id);
  }

  public Chrome chrome(String pageTitle, SitePath page, String current) {
    String dossierTitle = dossier.config().title();
    String title = pageTitle.equals(dossierTitle) ? dossierTitle : pageTitle + " — " + dossierTitle;
    return new Chrome(title, dossierTitle, SitePaths.HOME.relativeTo(page), SitePaths.ACTORS.relativeTo(page),
        SitePaths.SOURCES.relativeTo(page), SitePaths.STYLESHEET.relativeTo(page), SitePaths.SCRIPT.relativeTo(page),
        page.rootPrefix() + "static/fonts/", current);
  }
}
