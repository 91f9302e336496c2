package org.malaf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes a generated dossier in the seeds format: dossier.yaml with the seeds' glyph map, actors.yaml, articles and sidecars. */
final class SeedsWriter {

  /** The seeds' font map (VISION, "The damage in the seeds"); {@link ExtractionDamage} writes these codes. */
  static final String GLYPHS = """
      glyphs:
        "U+E005": "0"
        "U+E008": "1"
        "U+E009": "2"
        "U+E00A": "3"
        "U+E00B": "4"
        "U+E00C": "5"
        "U+E00D": "6"
        "U+E00E": "7"
        "U+E00F": "8"
        "U+E010": "9"
        "U+E285": "\\u0651"
        "U+E26F": "\\u0651"
        "U+E1E9": "نئ"
        "U+E0ED": "ر"
        "U+E072": "ع"
      """;

  private final Path seeds;

  SeedsWriter(Path seeds) {
    this.seeds = seeds;
  }

  void dossier(int articles, int actors, long seed) throws IOException {
    Files.writeString(seeds.resolve("dossier.yaml"), "# Synthetic dossier written by `malaf bench` (seed " + seed + ").\n"
        + "title: ملف تجريبي لقياس الأداء\n"
        + "description: |\n  ملف اصطناعي من " + articles + " مقالة و" + actors + " فاعلًا يحمل أضرار الاستخراج نفسها التي في البذور.\n"
        + "language: ar\ndigits: latin\n" + GLYPHS, StandardCharsets.UTF_8);
  }

  void actors(List<SyntheticActor> actors) throws IOException {
    StringBuilder y = new StringBuilder("actors:\n");
    for (SyntheticActor a : actors) {
      y.append("  - id: ").append(a.id()).append('\n');
      y.append("    name: ").append(quote(a.name())).append('\n');
      y.append("    kind: ").append(a.kind().key()).append('\n');
      y.append("    aliases:\n");
      for (String alias : a.aliases()) {
        y.append("      - ").append(quote(alias)).append('\n');
      }
      if (!a.description().isEmpty()) {
        y.append("    description: ").append(quote(a.description())).append('\n');
      }
    }
    Files.writeString(seeds.resolve("actors.yaml"), y, StandardCharsets.UTF_8);
  }

  /** Writes {@code <id>.txt} and its sidecar {@code <id>.yaml}. */
  void article(String id, String slug, Draft draft, LocalDate date, String author, String source, String text)
      throws IOException {
    Files.writeString(seeds.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
    StringBuilder y = new StringBuilder();
    y.append("slug: ").append(slug).append('\n');
    y.append("title: ").append(quote(draft.title())).append('\n');
    y.append("date: ").append(date).append('\n');
    if (author != null) {
      y.append("author: ").append(quote(author)).append('\n');
    }
    if (source != null) {
      y.append("source: ").append(quote(source)).append('\n');
    }
    Files.writeString(seeds.resolve(id + ".yaml"), y, StandardCharsets.UTF_8);
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
