package org.malaf.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;

/**
 * Turns a YAML parser's multi-line message into one problem. SnakeYAML writes a context ("while
 * parsing a flow sequence", where it began) and a problem ("expected ',' or ']'", where it was found);
 * Jackson's own location is often neither. When the problem is the end of the file, the place the
 * unclosed bracket or quote began is the useful one.
 */
final class YamlSyntaxError {

  private static final Pattern MARK = Pattern.compile("^\\s*in '[^']*', line (\\d+), column (\\d+):?$");

  /** One part of the message: its text and the place it names, if any. */
  private record Part(String text, int line, int column) {
  }

  private YamlSyntaxError() {
  }

  static Problem problem(Path file, JsonProcessingException e) {
    List<Part> parts = parts(e.getOriginalMessage());
    String fix = "fix the YAML at that place (indentation, quotes, a missing ':')";
    if (parts.isEmpty()) {
      return Problem.error(jacksonPosition(file, e), "YAML syntax error", fix);
    }
    Part problem = parts.get(parts.size() - 1);
    Part context = parts.size() > 1 ? parts.get(0) : null;
    boolean atEnd = problem.text().contains("end of stream") || problem.text().contains("<stream end>");
    Part place = atEnd && context != null && context.line() > 0 ? context : problem.line() > 0 ? problem : context;
    SourcePosition where = place == null || place.line() == 0 ? jacksonPosition(file, e)
        : new SourcePosition(file, place.line(), place.column());
    String what = "YAML syntax error: " + problem.text();
    if (context != null && place == context) {
      what += " (" + context.text() + " that starts here)";
    } else if (context != null && context.line() > 0) {
      what += " (" + context.text() + " that starts at line " + context.line() + ", column " + context.column() + ")";
    } else if (context != null) {
      what += " (" + context.text() + ")";
    }
    return Problem.error(where, what, fix);
  }

  /** The message's text lines, each with the mark that follows it; source excerpts and carets are dropped. */
  private static List<Part> parts(String message) {
    List<Part> parts = new ArrayList<>();
    if (message == null) {
      return parts;
    }
    String text = null;
    for (String line : message.split("\n")) {
      Matcher mark = MARK.matcher(line);
      if (mark.matches()) {
        if (text != null) {
          parts.add(new Part(text, Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2))));
          text = null;
        }
      } else if (!line.startsWith(" ") && !line.isBlank()) {
        if (text != null) {
          parts.add(new Part(text, 0, 0));
        }
        text = line.strip();
      }
    }
    if (text != null) {
      parts.add(new Part(text, 0, 0));
    }
    return parts;
  }

  private static SourcePosition jacksonPosition(Path file, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null ? SourcePosition.of(file)
        : new SourcePosition(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }
}
