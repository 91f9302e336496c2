package org.malaf.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one synthetic article from the {@link Lexicon}: paragraphs of news sentences up to a byte
 * budget, 2–8 actor mentions carrying clitics (و ب ل ف ك, ل + ال → لل) and spelling variants, and the
 * display elements of the seeds — headings, a pull quote repeating a body sentence, a caption, runs of
 * source URLs with an Arabic slug, one of them often truncated mid-escape.
 */
final class ArticleComposer {

  private final List<SyntheticActor> actors;
  private final SentenceMaker sentences;
  private final SplittableRandom rnd;

  ArticleComposer(List<SyntheticActor> actors, SplittableRandom rnd) {
    this.actors = actors;
    this.rnd = rnd;
    this.sentences = new SentenceMaker(rnd);
  }

  /** An article whose clean text is about {@code budgetBytes} of UTF-8. */
  Draft compose(int budgetBytes) {
    List<List<String>> paragraphs = new ArrayList<>();
    int bytes = 0;
    while (bytes < budgetBytes || paragraphs.size() < 3) {
      List<String> paragraph = new ArrayList<>();
      int n = 2 + rnd.nextInt(4);
      for (int i = 0; i < n; i++) {
        String s = sentences.generic();
        paragraph.add(s);
        bytes += 2 * s.length() + 1;
      }
      paragraphs.add(paragraph);
    }
    List<String> mentioned = new ArrayList<>();
    int mentions = 2 + rnd.nextInt(7);
    for (int i = 0; i < mentions; i++) {
      SyntheticActor actor = pickActor();
      mentioned.add(actor.id());
      List<String> target = paragraphs.get(rnd.nextInt(paragraphs.size()));
      target.add(rnd.nextInt(target.size() + 1), sentences.about(actor));
    }
    return new Draft(title(), blocks(paragraphs), mentioned);
  }

  private List<Draft.Block> blocks(List<List<String>> paragraphs) {
    List<Draft.Block> blocks = new ArrayList<>();
    int headings = 0;
    int pullQuoteAt = rnd.nextDouble() < 0.5 ? 1 + rnd.nextInt(paragraphs.size() - 1) : -1;
    int captionAt = rnd.nextDouble() < 0.3 ? rnd.nextInt(paragraphs.size()) : -1;
    boolean truncatedLeft = rnd.nextDouble() < 0.6;
    for (int p = 0; p < paragraphs.size(); p++) {
      if (p > 0 && headings < 2 && rnd.nextDouble() < 0.25) {
        blocks.add(new Draft.Block(Draft.Kind.HEADING, pick(Lexicon.HEADINGS)));
        headings++;
      }
      List<String> paragraph = paragraphs.get(p);
      blocks.add(new Draft.Block(Draft.Kind.PARAGRAPH, String.join(" ", paragraph)));
      if (p == pullQuoteAt) {
        String quoted = paragraph.get(rnd.nextInt(paragraph.size()));
        blocks.add(new Draft.Block(Draft.Kind.PULLQUOTE, rnd.nextBoolean() ? "“" + quoted + "”" : quoted));
      }
      if (p == captionAt) {
        blocks.add(new Draft.Block(Draft.Kind.CAPTION, pick(Lexicon.CAPTIONS)));
      }
      if (p > 0 && rnd.nextDouble() < 0.15) {
        int count = 1 + rnd.nextInt(3);
        List<String> urls = new ArrayList<>();
        for (int u = 0; u < count; u++) {
          urls.add(url(truncatedLeft && u == count - 1));
          truncatedLeft &= u != count - 1;
        }
        blocks.add(new Draft.Block(Draft.Kind.SOURCES, String.join("\n", urls)));
      }
    }
    return blocks;
  }

  private String title() {
    String head = pick(Lexicon.TITLE_HEADS);
    if (rnd.nextBoolean()) {
      return head + " في " + actors.get(rnd.nextInt(actors.size())).name();
    }
    return head + ": " + pick(Lexicon.OBJECTS);
  }

  /** A source address with a percent-encoded Arabic slug; a truncated one ends inside an escape (%25). */
  private String url(boolean truncated) {
    String slug = URLEncoder.encode(pick(Lexicon.OBJECTS).replace(' ', '-'), StandardCharsets.UTF_8);
    String base = "https://" + pick(Lexicon.PUBLISHERS) + "/news/" + (2012 + rnd.nextInt(13)) + "/"
        + (1 + rnd.nextInt(12)) + "/" + (1 + rnd.nextInt(28)) + "/";
    if (!truncated) {
      return base + slug;
    }
    int escapes = Math.max(2, slug.length() / 3 / 2);
    int cut = 0;
    for (int i = 0; i < escapes; i++) {
      cut = slug.indexOf('%', cut + 1);
      if (cut < 0) {
        cut = slug.length();
        break;
      }
    }
    return base + slug.substring(0, cut) + "%25" + (rnd.nextBoolean() ? "" : "8");
  }

  /** Popular actors come up more often, as in a real dossier: index ~ M·u². */
  private SyntheticActor pickActor() {
    double u = rnd.nextDouble();
    return actors.get(Math.min(actors.size() - 1, (int) (actors.size() * u * u)));
  }

  private String pick(List<String> list) {
    return list.get(rnd.nextInt(list.size()));
  }
}
