package org.malaf.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.malaf.config.YamlFields;
import org.malaf.config.YamlNode;
import org.malaf.config.YamlReader;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;

/**
 * Reads {@code actors.yaml}. Checks what needs no Arabic knowledge (ids, kinds, duplicates); alias
 * checks that depend on folding belong to the matcher in {@code annotate}.
 */
public final class RegistryLoader {

  public static final String FILE_NAME = "actors.yaml";
  private static final Set<String> KEYS = Set.of("id", "name", "kind", "aliases", "exclude", "description", "links");

  private final YamlReader yaml;

  public RegistryLoader(YamlReader yaml) {
    this.yaml = yaml;
  }

  public ActorRegistry load(Path seeds, Problems problems) {
    Path file = seeds.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      problems.warning(SourcePosition.of(file), "the dossier has no actor registry",
          "create " + FILE_NAME + " to get actor pages (see README)");
      return ActorRegistry.of(List.of());
    }
    return fromYaml(yaml.read(file), problems);
  }

  public ActorRegistry fromYaml(YamlNode root, Problems problems) {
    YamlNode list = root;
    if (root.isMapping()) {
      YamlFields top = new YamlFields(root, problems, FILE_NAME);
      top.warnUnknownKeys(Set.of("actors"));
      list = root.get("actors");
    }
    if (list == null || list.isNull()) {
      return ActorRegistry.of(List.of());
    }
    if (!list.isSequence()) {
      problems.error(list.position(), "'actors' must be a list of actors", "write one '- id: …' entry per actor");
      return ActorRegistry.of(List.of());
    }
    List<Actor> actors = new ArrayList<>();
    Map<ActorId, SourcePosition> seen = new HashMap<>();
    for (YamlNode item : list.items()) {
      if (!item.isMapping()) {
        problems.error(item.position(), "an actor must be a mapping (id: …, name: …)", "write '- id: …'");
        continue;
      }
      Actor actor = actor(new YamlFields(item, problems, "an actor"), problems);
      if (actor == null) {
        continue;
      }
      SourcePosition first = seen.putIfAbsent(actor.id(), actor.declaredAt());
      if (first != null) {
        problems.error(item.keyPosition("id"), "duplicate actor id '" + actor.id() + "' (first at line " + first.line() + ")",
            "give each actor its own id");
        continue;
      }
      actors.add(actor);
    }
    return ActorRegistry.of(actors);
  }

  /**
   * The http(s) addresses under {@code key}. Anything else is an error: a page links them as they are,
   * and a {@code javascript:} link would run in the reader's browser.
   */
  static List<String> webAddresses(YamlFields fields, String key, String owner, Problems problems) {
    List<String> out = new ArrayList<>();
    fields.stringList(key); // reports items of the wrong type
    YamlNode node = fields.node().get(key);
    List<YamlNode> items = node == null || node.isNull() ? List.of() : node.isSequence() ? node.items() : List.of(node);
    for (YamlNode item : items) {
      if (!item.isScalar()) {
        continue;
      }
      if (isWebAddress(item.scalar())) {
        out.add(item.scalar().strip());
      } else {
        problems.error(item.position(), "'" + item.scalar() + "' in " + key + " of " + owner + " is not a web address",
            "write the full address starting with https:// or http://");
      }
    }
    return out;
  }

  /** True for an absolute http or https address (the only links a dossier publishes). */
  static boolean isWebAddress(String link) {
    String l = link.strip().toLowerCase(java.util.Locale.ROOT);
    return (l.startsWith("https://") || l.startsWith("http://")) && l.length() > l.indexOf("//") + 2
        && l.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
  }

  private static Actor actor(YamlFields fields, Problems problems) {
    fields.warnUnknownKeys(KEYS);
    String id = fields.requiredString("id");
    String name = fields.requiredString("name");
    String kindWord = fields.requiredString("kind");
    if (id == null || name == null || kindWord == null) {
      return null;
    }
    if (!ActorId.isValid(id)) {
      problems.error(fields.node().get("id").position(), "actor id '" + id + "' is not a safe ASCII slug",
          "use lowercase a-z, 0-9 and '-', e.g. haftar (not 'index' or a device name such as 'con')");
      return null;
    }
    ActorKind kind = ActorKind.parse(kindWord);
    if (kind == null) {
      problems.error(fields.node().get("kind").position(), "unknown actor kind '" + kindWord + "'",
          "use person, organisation, group, country or place");
      return null;
    }
    List<String> aliases = new ArrayList<>();
    aliases.add(name.strip());
    for (String alias : fields.stringList("aliases")) {
      String a = alias.strip();
      if (!aliases.contains(a)) {
        aliases.add(a);
      }
    }
    return new Actor(new ActorId(id), name.strip(), kind, aliases, fields.stringList("exclude"),
        fields.optionalString("description"), webAddresses(fields, "links", "actor '" + id + "'", problems),
        fields.keyPosition("id"));
  }
}
