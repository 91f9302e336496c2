package org.malaf.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.malaf.diag.SourcePosition;

/**
 * A YAML value with the position it was written at, so that every later complaint about it can name
 * file, line and column. Mappings keep their key order and the position of each key.
 */
public record YamlNode(
    Kind kind,
    String scalar,
    Map<String, YamlNode> fields,
    Map<String, SourcePosition> keyPositions,
    List<YamlNode> items,
    SourcePosition position) {

  /** The shapes a YAML value can have. */
  public enum Kind {
    MAPPING("a mapping (key: value)"),
    SEQUENCE("a list"),
    SCALAR("a text value"),
    NULL("an empty value");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  public YamlNode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(position, "position");
    fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    keyPositions = keyPositions == null ? Map.of() : Map.copyOf(keyPositions);
    items = items == null ? List.of() : List.copyOf(items);
  }

  public static YamlNode scalar(String value, SourcePosition at) {
    return new YamlNode(Kind.SCALAR, value, null, null, null, at);
  }

  public static YamlNode nullNode(SourcePosition at) {
    return new YamlNode(Kind.NULL, null, null, null, null, at);
  }

  public boolean isMapping() {
    return kind == Kind.MAPPING;
  }

  public boolean isSequence() {
    return kind == Kind.SEQUENCE;
  }

  public boolean isScalar() {
    return kind == Kind.SCALAR;
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** The field's value, or null when the key is absent. */
  public YamlNode get(String key) {
    return fields.get(key);
  }

  /** Where the key was written, falling back to this mapping's position. */
  public SourcePosition keyPosition(String key) {
    return keyPositions.getOrDefault(key, position);
  }
}
