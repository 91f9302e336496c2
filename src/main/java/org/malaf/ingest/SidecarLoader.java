package org.malaf.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.malaf.config.GlyphMap;
import org.malaf.config.GlyphMapReader;
import org.malaf.config.YamlFields;
import org.malaf.config.YamlNode;
import org.malaf.config.YamlReader;
import org.malaf.diag.Problems;

/** Reads and validates an article's sidecar {@code <article>.yaml}. */
public final class SidecarLoader {

  private static final Set<String> KEYS = Set.of("slug", "title", "date", "author", "publisher", "source",
      "glyphs", "corrections", "annotations");
  private static final Set<String> CORRECTION_KEYS = Set.of("find", "replace");
  private static final Set<String> ANNOTATION_KEYS = Set.of("quote", "prefix", "suffix", "note");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final YamlReader yaml;

  public SidecarLoader(YamlReader yaml) {
    this.yaml = yaml;
  }

  public Sidecar load(Path file, ArticleId article, Problems problems) {
    YamlNode root = yaml.read(file);
    return fromYaml(file, root, article, problems);
  }

  /** Builds the sidecar from parsed YAML; problems are reported, and a usable value is always returned. */
  public Sidecar fromYaml(Path file, YamlNode root, ArticleId article, Problems problems) {
    if (!root.isMapping()) {
      problems.error(root.position(), "a sidecar must be a mapping (title: …, date: …)", "see README, 'Sidecars'");
      return new Sidecar(file, article.value().toLowerCase(), article.value(), null, "", "", "",
          GlyphMap.EMPTY, List.of(), List.of());
    }
    YamlFields fields = new YamlFields(root, problems, "the sidecar");
    fields.warnUnknownKeys(KEYS);
    String title = fields.requiredString("title");
    String slug = fields.optionalString("slug");
    if (slug == null) {
      slug = article.value().toLowerCase().replace('_', '-');
    } else if (!SLUG.matcher(slug).matches() || slug.length() > 80) {
      problems.error(fields.node().get("slug").position(), "slug '" + slug + "' is not an ASCII slug",
          "use lowercase letters, digits and single '-' between words, e.g. haftar-moscow-visit");
      slug = article.value().toLowerCase().replace('_', '-');
    } else if (!ArticleId.isValid(slug)) {
      // The slug is the page's file name, and Windows cannot create files named after its devices.
      problems.error(fields.node().get("slug").position(), "slug '" + slug + "' is a device name that Windows "
          + "cannot use as a file name", "choose another slug, e.g. " + slug + "-article");
      slug = article.value().toLowerCase().replace('_', '-');
    }
    LocalDate date = null;
    String dateText = fields.optionalString("date");
    if (dateText != null) {
      try {
        date = LocalDate.parse(dateText.trim());
      } catch (DateTimeParseException e) {
        problems.error(fields.node().get("date").position(), "date '" + dateText + "' is not a date",
            "write it as YYYY-MM-DD, e.g. 2019-07-08");
      }
    }
    GlyphMap glyphs = GlyphMapReader.read(fields.mapping("glyphs"), problems);
    String source = fields.optionalString("source");
    if (source != null && !source.isBlank() && !RegistryLoader.isWebAddress(source)) {
      // The page links the source as written; a javascript: address would run in the reader's browser.
      problems.error(fields.node().get("source").position(), "source '" + source + "' is not a web address",
          "write the full address starting with https:// or http://");
      source = null;
    }
    return new Sidecar(file, slug, title == null ? article.value() : title, date,
        fields.optionalString("author"), fields.optionalString("publisher"), source,
        glyphs, corrections(fields, problems), annotations(fields, problems));
  }

  private static List<Correction> corrections(YamlFields fields, Problems problems) {
    List<Correction> out = new ArrayList<>();
    for (YamlFields item : fields.mappingList("corrections", "a correction")) {
      item.warnUnknownKeys(CORRECTION_KEYS);
      String find = item.requiredString("find");
      String replace = item.optionalString("replace");
      if (find != null) {
        out.add(new Correction(find, replace, item.position()));
      }
    }
    return out;
  }

  private static List<AnnotationSpec> annotations(YamlFields fields, Problems problems) {
    List<AnnotationSpec> out = new ArrayList<>();
    for (YamlFields item : fields.mappingList("annotations", "an annotation")) {
      item.warnUnknownKeys(ANNOTATION_KEYS);
      String quote = item.requiredString("quote");
      String note = item.requiredString("note");
      if (quote != null && note != null) {
        out.add(new AnnotationSpec(quote.strip(), item.optionalString("prefix"), item.optionalString("suffix"),
            note, item.position()));
      }
    }
    return out;
  }
}
