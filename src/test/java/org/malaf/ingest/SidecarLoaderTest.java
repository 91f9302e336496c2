package org.malaf.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.malaf.config.YamlReader;
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;

class SidecarLoaderTest {

  private final YamlReader yaml = new YamlReader();
  private final SidecarLoader loader = new SidecarLoader(yaml);
  private final Path file = Path.of("seeds/001.yaml");

  private Sidecar load(String text, Problems problems) {
    return loader.fromYaml(file, yaml.parse(file, text), new ArticleId("001"), problems);
  }

  @Test
  void readsMetadataCorrectionsAndAnnotationsWithTheirPositions() {
    Problems problems = new Problems();
    Sidecar s = load("""
        slug: visit-2016
        title: زيارة
        date: 2016-11-28
        corrections:
          - find: ليببا
            replace: ليبيا
        annotations:
          - quote: زيارة رسمية
            note: ملاحظة عن [[actor:haftar]]
        """, problems);
    assertThat(problems.sorted()).isEmpty();
    assertThat(s.slug()).isEqualTo("visit-2016");
    assertThat(s.date()).hasToString("2016-11-28");
    assertThat(s.corrections()).singleElement().satisfies(c -> assertThat(c.declaredAt().line()).isEqualTo(5));
    assertThat(s.annotations()).singleElement().satisfies(a -> assertThat(a.declaredAt().toString()).isEqualTo("seeds/001.yaml:8:5"));
  }

  @Test
  void reportsWrongTypesAndBadValuesAsErrorsAndUnknownKeysAsWarnings() {
    Problems problems = new Problems();
    load("""
        title: [not, text]
        date: 28/11/2016
        slug: زيارة
        colour: red
        """, problems);
    assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
        "seeds/001.yaml:1:8: error: 'title' in the sidecar must be a text value, not a list — write it as key: value",
        "seeds/001.yaml:2:7: error: date '28/11/2016' is not a date — write it as YYYY-MM-DD, e.g. 2019-07-08",
        "seeds/001.yaml:3:7: error: slug 'زيارة' is not an ASCII slug — use lowercase letters, digits and single '-' between words, e.g. haftar-moscow-visit",
        "seeds/001.yaml:4:1: warning: unknown key 'colour' in the sidecar — remove it or use one of: annotations, author, corrections, date, glyphs, publisher, slug, source, title");
  }
}
