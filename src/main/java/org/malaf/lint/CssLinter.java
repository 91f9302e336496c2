package org.malaf.lint;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.malaf.diag.LineMap;

/**
 * Checks CSS text (a stylesheet, a {@code <style>} element or a {@code style} attribute) for the rules
 * that belong to CSS: no {@code direction}, no bidi overrides, logical properties only, no letter-spacing.
 * A declaration is exempt from a rule when a comment on its line says {@code lint-allow: GROUP}, with
 * GROUP one of {@code physical}, {@code direction}, {@code bidi-override}, {@code letter-spacing}.
 */
final class CssLinter {

  /** Properties that name a physical side or corner; each has a logical twin. */
  private static final Set<String> PHYSICAL_PROPERTIES = Set.of(
      "margin-left", "margin-right", "padding-left", "padding-right", "left", "right",
      "border-left", "border-right", "border-left-width", "border-right-width", "border-left-style",
      "border-right-style", "border-left-color", "border-right-color", "border-top-left-radius",
      "border-top-right-radius", "border-bottom-left-radius", "border-bottom-right-radius",
      "scroll-margin-left", "scroll-margin-right", "scroll-padding-left", "scroll-padding-right");
  /** Properties whose value may name a physical side ({@code float: left}). */
  private static final Set<String> SIDE_VALUED = Set.of("float", "clear", "text-align", "text-align-last");
  /** Shorthands whose four-value form sets left and right separately (top right bottom left). */
  private static final Set<String> FOUR_SIDED = Set.of("margin", "padding", "inset", "scroll-margin", "scroll-padding");
  private static final Pattern SIDE_WORD = Pattern.compile("(?<![\\w-])(left|right)(?![\\w-])");
  private static final Pattern ALLOW = Pattern.compile("lint-allow\\s*:\\s*([a-z, -]+)");

  private CssLinter() {
  }

  /** Checks a whole stylesheet; {@code base} is the offset of {@code css} in the findings' file. */
  static void lintSheet(String css, int base, FileFindings out) {
    String[] lines = css.split("\n", -1);
    LineMap lineMap = new LineMap(css);
    int depth = 0;
    int parens = 0;
    int segmentStart = 0;
    StringBuilder segment = new StringBuilder();
    for (int i = 0; i < css.length(); i++) {
      char c = css.charAt(i);
      if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
        int end = css.indexOf("*/", i + 2);
        i = end < 0 ? css.length() : end + 1;
        if (segment.length() == 0) {
          segmentStart = i + 1; // a declaration's position is its name, not a comment before it
        } else {
          segment.append(' ');
        }
        continue;
      }
      if (c == '"' || c == '\'') {
        int end = closingQuote(css, i);
        segment.append(css, i, end);
        i = end - 1;
        continue;
      }
      if (c == '(') {
        parens++;
      } else if (c == ')') {
        parens = Math.max(0, parens - 1);
      }
      if (parens == 0 && (c == '{' || c == '}' || c == ';')) {
        if (c != '{' && depth > 0) {
          String allowed = allowed(lines[lineMap.line(segmentStart) - 1]);
          declaration(segment.toString(), base + segmentStart, allowed, out);
        }
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        segment.setLength(0);
        segmentStart = i + 1;
        continue;
      }
      if (segment.length() == 0 && Character.isWhitespace(c)) {
        segmentStart = i + 1;
        continue;
      }
      segment.append(c);
    }
  }

  /** Checks the declarations of a {@code style} attribute. */
  static void lintDeclarations(String declarations, int offset, FileFindings out) {
    for (String part : declarations.split(";")) {
      declaration(part, offset, "", out);
    }
  }

  private static void declaration(String text, int at, String allowed, FileFindings out) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return;
    }
    String name = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = text.substring(colon + 1).replaceAll("(?i)!\\s*important", "").strip().toLowerCase(Locale.ROOT);
    String shown = name + ": " + value;
    if (name.equals("direction") && !allowed.contains("direction")) {
      out.add(LintRule.CSS_DIRECTION, at, "CSS sets the direction («" + shown + "»)");
    }
    if (name.equals("unicode-bidi") && (value.contains("embed") || value.contains("bidi-override"))
        && !allowed.contains("bidi-override")) {
      out.add(LintRule.CSS_BIDI_OVERRIDE, at, "CSS embeds or overrides the bidi order («" + shown + "»)");
    }
    if (name.equals("letter-spacing") && !value.equals("0") && !value.equals("normal") && !value.matches("0[a-z%]*")
        && !allowed.contains("letter-spacing")) {
      out.add(LintRule.CSS_LETTER_SPACING, at, "letter-spacing on text that may be Arabic («" + shown + "»)");
    }
    if (!allowed.contains("physical") && isPhysical(name, value)) {
      out.add(LintRule.CSS_PHYSICAL, at, "physical left/right in CSS («" + shown + "»)");
    }
  }

  private static boolean isPhysical(String name, String value) {
    if (name.startsWith("--")) {
      return false; // a custom property is checked where it is used
    }
    if (PHYSICAL_PROPERTIES.contains(name)) {
      return true;
    }
    if (SIDE_VALUED.contains(name) && SIDE_WORD.matcher(value).find()) {
      return true;
    }
    if (FOUR_SIDED.contains(name)) {
      String[] parts = value.split("\\s+(?![^(]*\\))");
      return parts.length == 4 && !parts[1].equals(parts[3]);
    }
    return false;
  }

  /** The lint-allow groups named by comments on a declaration's first line. */
  private static String allowed(String line) {
    Matcher m = ALLOW.matcher(line);
    StringBuilder groups = new StringBuilder();
    while (m.find()) {
      groups.append(m.group(1)).append(',');
    }
    return groups.toString();
  }

  private static int closingQuote(String css, int open) {
    char quote = css.charAt(open);
    for (int i = open + 1; i < css.length(); i++) {
      if (css.charAt(i) == '\\') {
        i++;
      } else if (css.charAt(i) == quote || css.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return css.length();
  }
}
