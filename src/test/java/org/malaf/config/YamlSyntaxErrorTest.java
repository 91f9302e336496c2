package org.malaf.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.malaf.diag.BuildFailure;

/** A YAML syntax error is one line: SnakeYAML's problem, its context, and the place that helps most. */
class YamlSyntaxErrorTest {

  private static final Path FILE = Path.of("seeds/001.yaml");
  private static final String FIX = " — fix the YAML at that place (indentation, quotes, a missing ':')";

  private static void assertError(String yaml, String expected) {
    assertThatThrownBy(() -> new YamlReader().parse(FILE, yaml)).isInstanceOfSatisfying(BuildFailure.class,
        f -> org.assertj.core.api.Assertions.assertThat(f.problems()).singleElement()
            .extracting(p -> p.format()).isEqualTo(expected + FIX));
  }

  @Test
  void pointsAtTheQuoteThatIsNeverClosed() {
    assertError("title: \"حفتر\n  date: 2016-11-28\n",
        "seeds/001.yaml:1:8: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar that starts here)");
  }

  @Test
  void pointsAtTheProblemAndNamesWhereItsContextBegan() {
    assertError("a:\n  - b\n c: d\n", "seeds/001.yaml:3:2: error: YAML syntax error: expected <block end>, but found "
        + "'<block mapping start>' (while parsing a block mapping that starts at line 1, column 1)");
  }

  @Test
  void explainsATabUsedForIndentation() {
    assertError("title: x\n\tdate: 1\n", "seeds/001.yaml:2:1: error: YAML syntax error: found character '\\t(TAB)' that "
        + "cannot start any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)");
  }
}
