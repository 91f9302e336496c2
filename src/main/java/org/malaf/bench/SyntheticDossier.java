package org.malaf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Generates a deterministic synthetic dossier for the bench: {@code articles} Arabic articles of 4–8 KB
 * with the seeds' extraction damage and 2–8 actor mentions each, and a registry of {@code actors}
 * actors. The same seed gives the same bytes: article i draws from its own {@link SplittableRandom}
 * seeded from (seed, i), so articles can be written in parallel in any order.
 */
public final class SyntheticDossier {

  /** What to generate. */
  public record Spec(int articles, int actors, long seed) {

    public Spec {
      if (articles < 1 || actors < 1) {
        throw new IllegalArgumentException("need at least one article and one actor");
      }
    }
  }

  /** What was generated: the ids of the articles in order, and the damage they carry. */
  public record Generated(Path seeds, List<String> articleIds, DamageStats damage) {

    public Generated {
      articleIds = List.copyOf(articleIds);
    }
  }

  private static final LocalDate FIRST_DATE = LocalDate.of(2012, 1, 1);
  private static final int DAYS = 13 * 365;

  private final Spec spec;

  public SyntheticDossier(Spec spec) {
    this.spec = spec;
  }

  /** Writes the dossier into {@code seeds} (created if needed; existing files of the same name are replaced). */
  public Generated writeTo(Path seeds) throws IOException {
    Files.createDirectories(seeds);
    List<SyntheticActor> actors = new ActorForge(new SplittableRandom(spec.seed())).forge(spec.actors());
    SeedsWriter writer = new SeedsWriter(seeds);
    writer.dossier(spec.articles(), spec.actors(), spec.seed());
    writer.actors(actors);
    List<String> ids = IntStream.range(0, spec.articles()).mapToObj(this::articleId).toList();
    DamageStats damage;
    try {
      damage = IntStream.range(0, spec.articles()).parallel()
          .mapToObj(i -> writeArticle(i, ids.get(i), actors, writer))
          .reduce(DamageStats.NONE, DamageStats::plus);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Generated(seeds, ids, damage);
  }

  private DamageStats writeArticle(int i, String id, List<SyntheticActor> actors, SeedsWriter writer) {
    SplittableRandom rnd = articleRandom(i);
    int budget = (4096 + rnd.nextInt(4096)) * 100 / 112;
    Draft draft = new ArticleComposer(actors, rnd).compose(budget);
    ExtractionDamage damage = new ExtractionDamage(rnd);
    String text = damage.extract(draft, 72 + rnd.nextInt(16));
    LocalDate date = FIRST_DATE.plusDays(rnd.nextInt(DAYS));
    String author = rnd.nextDouble() < 0.5 ? Lexicon.AUTHORS.get(rnd.nextInt(Lexicon.AUTHORS.size())) : null;
    String source = rnd.nextDouble() < 0.3
        ? "https://" + Lexicon.PUBLISHERS.get(rnd.nextInt(Lexicon.PUBLISHERS.size())) + "/article/" + (100000 + i) : null;
    try {
      writer.article(id, "article-" + (i + 1), draft, date, author, source, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return damage.stats(text);
  }

  private SplittableRandom articleRandom(int i) {
    return new SplittableRandom(mix(spec.seed() * 0x9E3779B97F4A7C15L + i));
  }

  /** The file name of article i: a running number and a hash, like the seeds' {@code 000_ec8d3b60c03d02b9}. */
  private String articleId(int i) {
    return String.format("%05d_%016x", i, mix(spec.seed() ^ (0x632BE59BD9B4E019L * (i + 1))));
  }

  /** SplitMix64's finaliser: spreads nearby inputs over all bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
