package org.malaf.render;

import org.malaf.render.bidi.BidiRuns;
import java.util.ArrayList;
import java.util.List;
import org.malaf.ingest.Actor;
import org.malaf.link.ActorProfile;
import org.malaf.link.ArticleMentions;
import org.malaf.link.LinkedArticle;
import org.malaf.link.MentionContext;
import org.malaf.render.markdown.MarkdownRenderer;
import org.malaf.render.model.ActorArticleView;
import org.malaf.render.model.ActorPage;
import org.malaf.render.model.LinkView;
import org.malaf.render.model.MentionView;

/** Builds an actor page's model: description, every mention in context by article, co-mentioned actors. */
final class ActorPageBuilder {

  private final SiteContext site;
  private final MarkdownRenderer markdown;

  ActorPageBuilder(SiteContext site, MarkdownRenderer markdown) {
    this.site = site;
    this.markdown = markdown;
  }

  ActorPage build(ActorProfile profile) {
    Actor actor = profile.actor();
    SitePath path = SitePaths.actor(actor.id());
    List<ActorArticleView> articles = new ArrayList<>();
    for (ArticleMentions am : profile.byArticle()) {
      LinkedArticle article = site.article(am.article());
      String href = SitePaths.article(article.sidecar()).relativeTo(path);
      List<MentionView> mentions = am.mentions().stream().map(m -> mention(href, m)).toList();
      articles.add(new ActorArticleView(article.sidecar().title(), href, site.dates().format(article.sidecar().date()),
          mentions));
    }
    List<LinkView> links = actor.links().stream().map(url -> new LinkView(url, url, "")).toList();
    return new ActorPage(site.chrome(actor.name(), path, "actor"), actor.id().value(), actor.name(),
        actor.kind().key(), actor.kind().singularAr(),
        actor.descriptionMd().isBlank() ? "" : markdown.toHtml(actor.descriptionMd(), new PageLinks(site, path)),
        actor.aliases().stream().filter(a -> !a.equals(actor.name())).toList(), links, profile.mentionCount(), articles,
        profile.coMentioned().stream().map(c -> site.actorLink(c.actor(), c.count(), path)).toList(),
        profile.notedIn().stream().map(id -> site.articleLink(id, path)).toList());
  }

  private static MentionView mention(String articleHref, MentionContext m) {
    return new MentionView(articleHref + "#p-" + m.paragraph(), m.paragraph(), BidiRuns.isolate(m.before()),
        m.surface(), BidiRuns.isolate(m.after()));
  }
}
