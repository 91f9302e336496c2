package org.malaf.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.malaf.diag.Problems;

class BaseUrlTest {

  private static final DossierConfig NO_URL = new DossierConfig("ملف", "", "ar", "", GlyphMap.EMPTY);

  private static String baseUrl(DossierConfig config, String flag, Problems problems) {
    return BaseUrl.choose(flag, config, problems);
  }

  @Test
  void theFlagWinsAndAFinalSlashIsAdded() {
    Problems problems = new Problems();
    DossierConfig config = new DossierConfig("ملف", "", "ar", "https://a.example/", GlyphMap.EMPTY);
    assertThat(baseUrl(config, "https://b.example/dossier", problems)).isEqualTo("https://b.example/dossier/");
    assertThat(baseUrl(config, null, problems)).isEqualTo("https://a.example/");
    assertThat(baseUrl(NO_URL, null, problems)).isEmpty();
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void aUrlThatIsNotHttpIsAnErrorNamingTheFlag() {
    for (String bad : new String[] {"ftp://x.example/", "javascript:alert(1)", "example.org/dossier/",
        "https://x.example/?q=1", "https:///nohost/"}) {
      Problems problems = new Problems();
      assertThat(baseUrl(NO_URL, bad, problems)).as(bad).isEmpty();
      assertThat(problems.sorted()).as(bad).singleElement()
          .satisfies(p -> assertThat(p.format()).startsWith("--base-url: error: the base URL '" + bad + "'"));
    }
  }

  @Test
  void aBadBaseUrlInDossierYamlIsAnErrorAtItsValue() {
    Problems problems = new Problems();
    Path file = Path.of("seeds/dossier.yaml");
    DossierConfig config = new ConfigLoader(new YamlReader()).fromYaml(file,
        new YamlReader().parse(file, "title: ملف\nbaseUrl: ftp://x.example/\n"), problems);
    assertThat(config.baseUrl()).isEmpty();
    assertThat(problems.sorted()).singleElement().satisfies(p -> assertThat(p.format())
        .startsWith("seeds/dossier.yaml:2:10: error: the base URL 'ftp://x.example/' does not start with http"));
  }
}
