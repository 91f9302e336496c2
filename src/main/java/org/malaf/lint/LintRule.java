package org.malaf.lint;

import org.malaf.diag.Severity;

/**
 * The RTL and Arabic rules the linter checks, each with its id (printed in brackets and used by
 * {@code lint-allow} markers in CSS), its severity and the fix shown to the user.
 */
enum LintRule {
  HTML_ROOT("html-root", Severity.ERROR,
      "give the template's root element lang=\"ar\" dir=\"rtl\": <html lang=\"ar\" dir=\"rtl\">"),
  META_CHARSET("meta-charset", Severity.ERROR, "add <meta charset=\"utf-8\"> as the first element of <head>"),
  CSS_DIRECTION("css-direction", Severity.ERROR,
      "set direction in the markup (dir=\"rtl\" on <html>, dir=\"ltr\"/\"auto\" or <bdi> on the element), not with the CSS 'direction' property"),
  CSS_BIDI_OVERRIDE("css-bidi-override", Severity.ERROR,
      "use unicode-bidi: isolate (or <bdi>); 'embed' and 'bidi-override' are the CSS form of the deprecated U+202A–202E controls"),
  CSS_PHYSICAL("css-physical", Severity.ERROR,
      "use the logical property (margin-inline-start, padding-inline-end, border-inline-start, inset-inline-start, "
          + "float: inline-start, text-align: start …), or mark a deliberate exception with /* lint-allow: physical */ on the line"),
  CSS_LETTER_SPACING("css-letter-spacing", Severity.ERROR,
      "remove it: spacing letters apart breaks the joining of Arabic letters (use 0 or normal; /* lint-allow: letter-spacing */ for Latin-only selectors)"),
  LTR_RUN("ltr-run", Severity.ERROR,
      "wrap the run in <bdi> (or an element with dir=\"ltr\" lang=\"…\"); unisolated, it drags the punctuation around it to the wrong side"),
  NUMBER_RUN("number-run", Severity.WARNING,
      "wrap the number in <bdi>, or give its element a dir attribute, so it cannot reorder with the text around it"),
  DATA_SLOT("data-slot", Severity.WARNING,
      "put the value in <bdi> or give the element dir=\"auto\": a value that starts with a Latin word would turn the line around"),
  BIDI_CONTROL("bidi-control", Severity.ERROR,
      "remove the deprecated embedding control (U+202A–202E); isolate text with <bdi> or dir instead"),
  PRESENTATION_FORM("presentation-form", Severity.ERROR,
      "write the base Arabic letter (NFKC): presentation forms break search, copy and the font's own shaping"),
  TATWEEL("tatweel", Severity.ERROR,
      "remove the kashida inside the word: justification belongs to CSS (U+0640 is allowed only at a word's edge, as in «الـ»)"),
  DIGIT_MIX("digit-mix", Severity.ERROR,
      "write the number in one digit family: 0-9, ٠-٩ or ۰-۹, not a mix"),
  ARROW("arrow", Severity.WARNING,
      "arrows do not mirror in right-to-left text: put the arrow in an element with class=\"mirrored\" or a dir attribute, or use a word"),
  INPUT_DIR("input-dir", Severity.ERROR,
      "give the field dir=\"auto\" so what the reader types takes its own direction");

  private final String id;
  private final Severity severity;
  private final String fix;

  LintRule(String id, Severity severity, String fix) {
    this.id = id;
    this.severity = severity;
    this.fix = fix;
  }

  String id() {
    return id;
  }

  Severity severity() {
    return severity;
  }

  String fix() {
    return fix;
  }
}
