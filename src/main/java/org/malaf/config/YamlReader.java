package org.malaf.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;

/**
 * Reads a YAML file into a {@link YamlNode} tree that remembers where each value was written.
 * Jackson's data binding drops positions, so the tree is built from the token stream instead.
 */
public final class YamlReader {

  private final YAMLFactory factory = YAMLFactory.builder().build();

  /** Reads a file; a syntax error or an unreadable file becomes a {@link BuildFailure} with line:col. */
  public YamlNode read(Path file) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file), "cannot read the file: " + e.getMessage(),
          "check that it exists and is readable"));
    }
    return parse(file, text);
  }

  /** Parses YAML text that came from {@code file}; an empty document is an empty mapping. */
  public YamlNode parse(Path file, String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode(YamlNode.Kind.MAPPING, null, Map.of(), Map.of(), List.of(), new SourcePosition(file, 1, 1));
      }
      return readValue(parser, file);
    } catch (JsonProcessingException e) {
      throw new BuildFailure(YamlSyntaxError.problem(file, e));
    } catch (IOException e) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file), "cannot read YAML: " + e.getMessage(),
          "check the file"));
    }
  }

  private YamlNode readValue(JsonParser parser, Path file) throws IOException {
    JsonToken token = parser.currentToken();
    SourcePosition at = position(parser, file);
    switch (token) {
      case START_OBJECT: {
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        Map<String, SourcePosition> keys = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          SourcePosition keyAt = position(parser, file);
          parser.nextToken();
          YamlNode value = readValue(parser, file);
          if (fields.containsKey(key)) {
            throw new BuildFailure(Problem.error(keyAt, "the key '" + key + "' appears twice in one mapping",
                "keep only one of them"));
          }
          fields.put(key, value);
          keys.put(key, keyAt);
        }
        return new YamlNode(YamlNode.Kind.MAPPING, null, fields, keys, null, at);
      }
      case START_ARRAY: {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser, file));
        }
        return new YamlNode(YamlNode.Kind.SEQUENCE, null, null, null, items, at);
      }
      case VALUE_NULL:
        return YamlNode.nullNode(at);
      default:
        return YamlNode.scalar(parser.getText(), at);
    }
  }

  private static SourcePosition position(JsonParser parser, Path file) {
    JsonLocation loc = parser.currentTokenLocation();
    return new SourcePosition(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
  }
}
