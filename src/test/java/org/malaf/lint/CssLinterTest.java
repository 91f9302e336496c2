package org.malaf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaf.diag.Problem;

/** The stylesheet rules: logical properties, no direction, no bidi override, no letter-spacing. */
class CssLinterTest {

  private static final Path FILE = Path.of("static/css/site.css");

  private static List<String> lint(String css) {
    return new RtlLinter().lintStylesheet(FILE, css).stream().map(Problem::format).toList();
  }

  @Test
  void acceptsLogicalProperties() {
    assertThat(lint("""
        .a { margin-inline-start: 1rem; padding-inline: 0 1rem; border-inline-start: 4px solid red; }
        .b { inset-inline-start: 0; float: inline-start; text-align: start; margin: 1rem 0 2rem; }
        .c { padding: 1px 2px 3px 2px; letter-spacing: normal; unicode-bidi: isolate; }
        @media (min-width: 60rem) { .d { text-align: center; } }
        """)).isEmpty();
  }

  @Test
  void reportsEachPhysicalPropertyWithItsPosition() {
    assertThat(lint("""
        .a {
          margin-left: 1rem;
        }
        .b { float: right; text-align: left; border-right: 1px solid; left: 0; }
        .c { padding: 0 1rem 0 2rem; }
        """)).containsExactly("static/css/site.css:2:3: error: physical left/right in CSS («margin-left: 1rem») "
            + "(and 5 more in this file) [css-physical] — " + LintRule.CSS_PHYSICAL.fix());
  }

  @Test
  void honoursALintAllowCommentOnTheSameLine() {
    assertThat(lint("""
        .logo { margin-left: 1rem; } /* lint-allow: physical */
        .latin { letter-spacing: 0.1em; /* lint-allow: letter-spacing */ }
        """)).isEmpty();
    assertThat(lint("""
        /* lint-allow: physical */
        .logo { margin-left: 1rem; }
        """)).hasSize(1);
  }

  @Test
  void reportsDirectionAndBidiOverride() {
    assertThat(lint(".x { direction: rtl; }\n.y { unicode-bidi: bidi-override; }\n"))
        .anySatisfy(p -> assertThat(p).startsWith("static/css/site.css:1:6: error: CSS sets the direction («direction: rtl») [css-direction]"))
        .anySatisfy(p -> assertThat(p).startsWith("static/css/site.css:2:6: error: CSS embeds or overrides the bidi order"));
  }

  @Test
  void reportsLetterSpacingOtherThanZero() {
    assertThat(lint("h1 { letter-spacing: 0.05em !important; }\nh2 { letter-spacing: 0; }\n")).singleElement().asString()
        .startsWith("static/css/site.css:1:6: error: letter-spacing on text that may be Arabic («letter-spacing: 0.05em») [css-letter-spacing]");
  }

  @Test
  void ignoresCommentsStringsAndCustomProperties() {
    assertThat(lint("""
        /* margin-left: 1rem; direction: ltr */
        .a::before { content: "float: left; margin-left: 0"; }
        :root { --side: left; }
        .b { background: url("data:image/svg+xml;utf8,<svg/>"); }
        """)).isEmpty();
  }
}
