package org.malaf.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;

/** Loads and validates {@code dossier.yaml}. */
public final class ConfigLoader {

  public static final String FILE_NAME = "dossier.yaml";
  private static final Set<String> KEYS = Set.of("title", "description", "language", "baseUrl", "base_url",
      "digits", "glyphs");

  private final YamlReader yaml;

  public ConfigLoader(YamlReader yaml) {
    this.yaml = yaml;
  }

  public DossierConfig load(Path seeds, Problems problems) {
    Path file = seeds.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      problems.error(SourcePosition.of(file), "the dossier has no " + FILE_NAME,
          "create it with at least 'title: …' (see README, 'The seeds folder')");
      return new DossierConfig("", "", "ar", "", GlyphMap.EMPTY);
    }
    return fromYaml(file, yaml.read(file), problems);
  }

  /** Builds the settings from parsed YAML; problems are reported and a usable value is always returned. */
  public DossierConfig fromYaml(Path file, YamlNode root, Problems problems) {
    if (!root.isMapping()) {
      problems.error(root.position(), FILE_NAME + " must be a mapping of settings", "write 'title: …' and so on");
      return new DossierConfig("", "", "ar", "", GlyphMap.EMPTY);
    }
    YamlFields fields = new YamlFields(root, problems, FILE_NAME);
    fields.warnUnknownKeys(KEYS);
    String title = fields.requiredString("title");
    String description = fields.optionalString("description");
    String language = fields.optionalString("language");
    if (language != null && !language.equals("ar")) {
      problems.warning(fields.keyPosition("language"), "language '" + language + "' is not supported yet",
          "malaf renders Arabic dossiers; use 'language: ar'");
    }
    String baseKey = fields.has("baseUrl") ? "baseUrl" : "base_url";
    YamlNode baseNode = root.get(baseKey);
    String baseUrl = BaseUrl.check(fields.optionalString(baseKey),
        baseNode == null ? fields.position() : baseNode.position(), problems);
    String digits = fields.optionalString("digits");
    if (digits != null && !digits.equals("latin")) {
      problems.warning(fields.keyPosition("digits"), "digits '" + digits + "' is not supported",
          "digits are shown as the author wrote them; use 'digits: latin'");
    }
    GlyphMap glyphs = GlyphMapReader.read(fields.mapping("glyphs"), problems);
    return new DossierConfig(title == null ? "" : title, description, language, baseUrl, glyphs);
  }
}
