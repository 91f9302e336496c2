package org.malaf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.malaf.diag.BuildFailure;

class YamlReaderTest {

  private final YamlReader reader = new YamlReader();

  @Test
  void remembersWhereEachValueWasWritten() {
    YamlNode root = reader.parse(Path.of("seeds/a.yaml"), "title: عنوان\nannotations:\n  - quote: نص\n    note: ملاحظة\n");
    YamlNode first = root.get("annotations").items().get(0);
    assertThat(first.position().toString()).isEqualTo("seeds/a.yaml:3:5");
    assertThat(root.keyPosition("annotations").line()).isEqualTo(2);
    assertThat(first.get("note").scalar()).isEqualTo("ملاحظة");
  }

  @Test
  void reportsSyntaxErrorsWithLineAndColumn() {
    assertThatThrownBy(() -> reader.parse(Path.of("seeds/bad.yaml"), "title: a\n  - broken: [\n"))
        .isInstanceOfSatisfying(BuildFailure.class, f -> {
          assertThat(f.problems()).hasSize(1);
          assertThat(f.problems().get(0).format()).startsWith("seeds/bad.yaml:2:").contains("error: YAML syntax error");
        });
  }

  @Test
  void refusesADuplicateKey() {
    assertThatThrownBy(() -> reader.parse(Path.of("d.yaml"), "title: a\ntitle: b\n"))
        .isInstanceOfSatisfying(BuildFailure.class,
            f -> assertThat(f.problems().get(0).format()).startsWith("d.yaml:2:1: error: the key 'title' appears twice"));
  }

  @Test
  void readsAnEmptyDocumentAsAnEmptyMapping() {
    assertThat(reader.parse(Path.of("e.yaml"), "").isMapping()).isTrue();
  }
}
