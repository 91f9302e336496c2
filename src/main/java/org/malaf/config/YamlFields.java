package org.malaf.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;

/**
 * Typed, validating access to the fields of one YAML mapping. Wrong types are errors and unknown keys
 * are warnings, each with the position of the offending key or value.
 */
public final class YamlFields {

  private final YamlNode node;
  private final Problems problems;
  private final String what;

  /**
   * @param what how the mapping is called in messages, e.g. "the sidecar" or "actor 'haftar'"
   */
  public YamlFields(YamlNode node, Problems problems, String what) {
    this.node = node;
    this.problems = problems;
    this.what = what;
  }

  public YamlNode node() {
    return node;
  }

  public SourcePosition position() {
    return node.position();
  }

  public SourcePosition keyPosition(String key) {
    return node.keyPosition(key);
  }

  public boolean has(String key) {
    YamlNode value = node.get(key);
    return value != null && !value.isNull();
  }

  /** Warns about every key not in {@code known}: a typo would otherwise be silently ignored. */
  public void warnUnknownKeys(Set<String> known) {
    for (String key : node.fields().keySet()) {
      if (!known.contains(key)) {
        problems.warning(node.keyPosition(key), "unknown key '" + key + "' in " + what,
            "remove it or use one of: " + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  /** A text value, or null when absent; a list or mapping in its place is an error. */
  public String optionalString(String key) {
    YamlNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isScalar()) {
      problems.error(value.position(), "'" + key + "' in " + what + " must be " + YamlNode.Kind.SCALAR.description()
          + ", not " + value.kind().description(), "write it as key: value");
      return null;
    }
    return value.scalar();
  }

  /** A text value that must be present and not blank. */
  public String requiredString(String key) {
    YamlNode raw = node.get(key);
    String value = optionalString(key);
    if (raw != null && !raw.isNull() && !raw.isScalar()) {
      return null; // already reported as a wrong type
    }
    if (value == null || value.isBlank()) {
      problems.error(raw == null ? node.position() : raw.position(), what + " needs a non-empty '" + key + "'",
          "add " + key + ": …");
      return null;
    }
    return value;
  }

  /** A list of text values; a single scalar is accepted as a list of one. */
  public List<String> stringList(String key) {
    YamlNode value = node.get(key);
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (value.isScalar()) {
      out.add(value.scalar());
      return out;
    }
    if (!value.isSequence()) {
      problems.error(value.position(), "'" + key + "' in " + what + " must be a list", "write one '- item' per line");
      return out;
    }
    for (YamlNode item : value.items()) {
      if (item.isScalar()) {
        out.add(item.scalar());
      } else {
        problems.error(item.position(), "each item of '" + key + "' in " + what + " must be a text value",
            "write '- text'");
      }
    }
    return out;
  }

  /** A list of mappings, each wrapped for further validation. */
  public List<YamlFields> mappingList(String key, String itemWhat) {
    YamlNode value = node.get(key);
    List<YamlFields> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isSequence()) {
      problems.error(value.position(), "'" + key + "' in " + what + " must be a list", "write one '- key: value' item per entry");
      return out;
    }
    for (YamlNode item : value.items()) {
      if (item.isMapping()) {
        out.add(new YamlFields(item, problems, itemWhat));
      } else {
        problems.error(item.position(), "each item of '" + key + "' must be a mapping, not " + item.kind().description(),
            "write '- key: value'");
      }
    }
    return out;
  }

  /** A nested mapping, or null when absent. */
  public YamlNode mapping(String key) {
    YamlNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isMapping()) {
      problems.error(value.position(), "'" + key + "' in " + what + " must be " + YamlNode.Kind.MAPPING.description(),
          "write key: value pairs under it");
      return null;
    }
    return value;
  }
}
