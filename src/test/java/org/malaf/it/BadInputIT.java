package org.malaf.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.malaf.it.TinyDossier.Run;
import org.malaf.write.FileTrees;

/**
 * Bad input never wins: each case runs the real command line on a small project whose site was built
 * once already, and expects one line naming the file (and line:col where there is one), exit code 1
 * (2 for a wrong command line), and seeds/ and the previous site/ byte for byte as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

  private static final String FAILED = "build failed; T/site was left as it was\n";

  @TempDir
  Path tmp;

  /** A project with a good site already built, copied for each test: one build instead of one per test. */
  private Path prototype;

  private TinyDossier dossier;
  private Map<String, String> previousSite;

  @BeforeAll
  void buildAGoodSiteOnce(@TempDir Path folder) throws IOException {
    prototype = folder;
    Run first = TinyDossier.create(prototype).build();
    assertThat(first.err()).isEmpty();
    assertThat(first.exit()).isZero();
  }

  @BeforeEach
  void copyTheBuiltProject() throws IOException {
    FileTrees.copy(prototype, tmp);
    dossier = TinyDossier.copyOf(tmp);
    previousSite = TinyDossier.snapshot(dossier.site());
  }

  private Run build() {
    return buildTo(dossier.site());
  }

  /** Builds, and checks that the build read the seeds without changing them. */
  private Run buildTo(Path out) {
    Map<String, String> seeds = TinyDossier.snapshot(dossier.seeds());
    Run run = dossier.buildTo(out);
    assertThat(TinyDossier.snapshot(dossier.seeds())).as("seeds/ after the build").isEqualTo(seeds);
    return run;
  }

  private void assertRefused(Run run, String line) {
    assertThat(run.err()).isEqualTo(line + "\n" + FAILED);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(TinyDossier.snapshot(dossier.site())).as("the previous site/").isEqualTo(previousSite);
  }

  private void assertBuiltLikeTheUtf8Article(Run run) {
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(TinyDossier.snapshot(dossier.site())).isEqualTo(previousSite);
  }

  private String article() throws IOException {
    return Files.readString(dossier.seed("001.txt"));
  }

  @Test
  void emptySeedsFolder() throws IOException {
    for (Path p : List.of("001.txt", "001.yaml", "dossier.yaml", "actors.yaml").stream().map(dossier::seed).toList()) {
      Files.delete(p);
    }
    assertRefused(build(), "T/seeds: error: the seeds folder is empty — add dossier.yaml, actors.yaml and the articles "
        + "(<article>.txt with a sidecar <article>.yaml)");
  }

  @Test
  void emptyArticle() throws IOException {
    dossier.write("seeds/001.txt", "  \n\n");
    assertRefused(build(), "T/seeds/001.txt: error: the article is empty — paste the article's text into it, or remove it");
  }

  @Test
  void binaryFile() throws IOException {
    dossier.write("seeds/001.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    assertRefused(build(), "T/seeds/001.txt: error: this is not a text file (a NUL byte at offset 8) — give malaf the "
        + "article as UTF-8 text; UTF-16 needs a byte-order mark");
  }

  @Test
  void invalidUtf8ThatIsNotWindows1256EitherNamesTheFirstBadByte() throws IOException {
    byte[] arabic = "وصل حفتر\nقال ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, ' ', 'a', 'b', 'c', '\n'};
    byte[] bytes = new byte[arabic.length + bad.length];
    System.arraycopy(arabic, 0, bytes, 0, arabic.length);
    System.arraycopy(bad, 0, bytes, arabic.length, bad.length);
    dossier.write("seeds/001.txt", bytes);
    assertRefused(build(), "T/seeds/001.txt:2:5: error: the text is not valid UTF-8 (byte 0x81 here), UTF-16 or "
        + "Windows-1256 — save the file as UTF-8 (most editors offer it under 'Save as…')");
  }

  @Test
  void strayHighBytesInLatinTextAreNotText() throws IOException {
    dossier.write("seeds/001.txt", new byte[] {'a', 'b', 'c', ' ', (byte) 0x81, (byte) 0x8D, ' ', 'd', '\n'});
    assertRefused(build(), "T/seeds/001.txt:1:5: error: the text is not valid UTF-8 (byte 0x81 here), UTF-16 or "
        + "Windows-1256 — save the file as UTF-8 (most editors offer it under 'Save as…')");
  }

  @Test
  void windows1256ArticleBuildsLikeItsUtf8Twin() throws IOException {
    dossier.write("seeds/001.txt", article().getBytes(Charset.forName("windows-1256")));
    assertBuiltLikeTheUtf8Article(build());
  }

  @Test
  void utf16WithByteOrderMarkBuildsLikeItsUtf8Twin() throws IOException {
    String text = article();
    dossier.write("seeds/001.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    assertBuiltLikeTheUtf8Article(build());
    dossier.write("seeds/001.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE));
    assertBuiltLikeTheUtf8Article(build());
  }

  @Test
  void crlfBuildsTheSameSiteAsLf() throws IOException {
    dossier.write("seeds/001.txt", article().replace("\n", "\r\n"));
    assertBuiltLikeTheUtf8Article(build());
  }

  @Test
  void fiftyMegabyteArticleFailsFastInBoundedMemory() throws IOException, InterruptedException {
    StringBuilder line = new StringBuilder();
    while (line.length() < 4000) {
      line.append("وصل اللواء خليفة حفتر إلى موسكو أمس الأحد لإجراء مباحثات مع المسؤولين الروس.\n");
    }
    byte[] chunk = line.toString().getBytes(StandardCharsets.UTF_8);
    Path big = dossier.seed("001.txt");
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L << 20; written += chunk.length) {
        out.write(chunk);
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "org.malaf.Malaf", "build", "-q", "--seeds", "seeds", "--out", "site", "--templates", "templates",
        "--static", "static")
        .directory(dossier.root().toFile()).redirectErrorStream(true).start();
    boolean finished = process.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("the build ends within 120 s").isTrue();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(printed).isEqualTo("seeds/001.txt: error: the article is 50 MB; malaf reads articles of up to 10 MB — "
        + "check that this is the right file, or split it into several articles\nbuild failed; site was left as it was\n");
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(TinyDossier.snapshot(dossier.site())).isEqualTo(previousSite);
  }

  @Test
  void yamlSyntaxErrorPointsWhereTheUnclosedListBegins() throws IOException {
    dossier.write("seeds/001.yaml", "title: حفتر في موسكو\ndate: [2016-11-28\n");
    assertRefused(build(), "T/seeds/001.yaml:2:7: error: YAML syntax error: expected ',' or ']', but got <stream end> "
        + "(while parsing a flow sequence that starts here) — fix the YAML at that place (indentation, quotes, a missing ':')");
  }

  @Test
  void yamlSyntaxErrorAtAWrongIndentation() throws IOException {
    dossier.write("seeds/001.yaml", "title: حفتر في موسكو\n date: 2016-11-28\n");
    assertRefused(build(), "T/seeds/001.yaml:2:6: error: YAML syntax error: mapping values are not allowed here — "
        + "fix the YAML at that place (indentation, quotes, a missing ':')");
  }

  @Test
  void wrongTypesInYaml() throws IOException {
    dossier.write("seeds/001.yaml", "title:\n  - حفتر\n  - موسكو\ndate: 2016-11-28\n");
    assertRefused(build(), "T/seeds/001.yaml:2:3: error: 'title' in the sidecar must be a text value, not a list — "
        + "write it as key: value");
  }

  @Test
  void wrongTypeInTheActorRegistry() throws IOException {
    dossier.write("seeds/actors.yaml", "actors:\n  id: haftar\n  name: خليفة حفتر\n");
    assertRefused(build(), "T/seeds/actors.yaml:2:3: error: 'actors' must be a list of actors — write one '- id: …' entry per actor");
  }

  @Test
  void unknownKeysWarnAndTheBuildGoesOn() throws IOException {
    dossier.write("seeds/001.yaml", "title: حفتر في موسكو\ndate: 2016-11-28\ntitel: خطأ إملائي\n");
    // Not -q: quiet builds print errors only.
    Run run = dossier.malaf("build", "--seeds", dossier.seeds().toString(), "--out", dossier.site().toString(),
        "--templates", dossier.templates().toString(), "--static", dossier.root().resolve("static").toString());
    assertThat(run.err().lines().filter(line -> line.contains("warning:")).toList()).containsExactly(
        "T/seeds/001.yaml:3:1: warning: unknown key 'titel' in the sidecar — remove it or use one of: annotations, "
            + "author, corrections, date, glyphs, publisher, slug, source, title");
    assertThat(run.out()).startsWith("built 1 articles");
    assertThat(run.exit()).isZero();
  }

  @Test
  void duplicateActorId() throws IOException {
    Files.writeString(dossier.seed("actors.yaml"), "  - id: haftar\n    name: حفتر آخر\n    kind: person\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertRefused(build(), "T/seeds/actors.yaml:10:5: error: duplicate actor id 'haftar' (first at line 2) — "
        + "give each actor its own id");
  }

  @Test
  void aliasSharedByTwoActorsIsReportedByTheMatcher() throws IOException {
    Files.writeString(dossier.seed("actors.yaml"), "  - id: khalifa\n    name: خليفة\n    kind: person\n"
        + "    aliases:\n      - حفتر\n", java.nio.file.StandardOpenOption.APPEND);
    assertRefused(build(), "T/seeds/actors.yaml:10:5: error: alias «حفتر» of actor 'khalifa' is also an alias of actor "
        + "'haftar' (line 2) — keep the alias on one actor only, and give the other a longer alias "
        + "such as the full name");
  }

  @Test
  void sidecarWithoutArticle() throws IOException {
    dossier.write("seeds/002.yaml", "title: مقال ثان\ndate: 2016-11-29\n");
    assertRefused(build(), "T/seeds/002.yaml: error: the sidecar has no article next to it — add the article's .txt "
        + "with the same name, or remove the sidecar");
  }

  @Test
  void articleWithoutSidecar() throws IOException {
    dossier.write("seeds/002.txt", article());
    assertRefused(build(), "T/seeds/002.txt: error: the article has no sidecar 002.yaml — create it with at least "
        + "'title: …' and 'date: YYYY-MM-DD'");
  }

  @Test
  void twoArticlesWithTheSameSlug() throws IOException {
    dossier.write("seeds/001.yaml", "title: حفتر في موسكو\ndate: 2016-11-28\nslug: moscow-visit\n");
    dossier.write("seeds/002.txt", article());
    dossier.write("seeds/002.yaml", "title: زيارة ثانية\ndate: 2016-11-29\nslug: moscow-visit\n");
    assertRefused(build(), "T/seeds/002.yaml: error: slug 'moscow-visit' is already used by T/seeds/001.yaml — "
        + "give each article its own slug");
  }

  @ParameterizedTest
  @ValueSource(strings = {"my article", "مقال", "CON", "nul", ".", "..", "lpt9"})
  void unsafeArticleFileNames(String stem) throws IOException {
    dossier.write("seeds/" + stem + ".txt", article());
    dossier.write("seeds/" + stem + ".yaml", "title: مقال\ndate: 2016-11-29\n");
    assertRefused(build(), "T/seeds/" + stem + ".txt: error: the file name '" + stem + "' cannot be an article id — "
        + "rename it with ASCII letters, digits, '-' and '_' only, not a reserved name like CON or NUL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../evil", "a/b", "my slug", "حفتر", "NUL"})
  void unsafeSlugs(String slug) throws IOException {
    dossier.write("seeds/001.yaml", "title: حفتر في موسكو\ndate: 2016-11-28\nslug: \"" + slug + "\"\n");
    assertRefused(build(), "T/seeds/001.yaml:3:7: error: slug '" + slug + "' is not an ASCII slug — use lowercase "
        + "letters, digits and single '-' between words, e.g. haftar-moscow-visit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"con", "aux", "com1", "lpt9"})
  void slugsNamedAfterWindowsDevices(String slug) throws IOException {
    dossier.write("seeds/001.yaml", "title: حفتر في موسكو\ndate: 2016-11-28\nslug: " + slug + "\n");
    assertRefused(build(), "T/seeds/001.yaml:3:7: error: slug '" + slug + "' is a device name that Windows cannot use "
        + "as a file name — choose another slug, e.g. " + slug + "-article");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil", "a/b", "my actor", "حفتر", "CON", "nul", "com7", "index"})
  void unsafeActorIds(String id) throws IOException {
    dossier.write("seeds/actors.yaml", Files.readString(dossier.seed("actors.yaml"))
        .replace("id: moscow", "id: \"" + id + "\""));
    assertRefused(build(), "T/seeds/actors.yaml:7:9: error: actor id '" + id + "' is not a safe ASCII slug — use "
        + "lowercase a-z, 0-9 and '-', e.g. haftar (not 'index' or a device name such as 'con')");
  }

  @Test
  void articleLinkedFromOutsideTheSeedsFolder() throws IOException {
    Path outside = dossier.write("elsewhere/secret.txt", article()).root().resolve("elsewhere/secret.txt");
    Files.createSymbolicLink(dossier.seed("002.txt"), outside);
    dossier.write("seeds/002.yaml", "title: مقال ثان\ndate: 2016-11-29\n");
    assertRefused(build(), "T/seeds/002.txt: error: the file is a link to a place outside the seeds folder — "
        + "copy the file into the seeds folder instead of linking to it");
  }

  @Test
  void settingsLinkedFromOutsideTheSeedsFolder() throws IOException {
    Path outside = dossier.root().resolve("dossier-elsewhere.yaml");
    Files.move(dossier.seed("dossier.yaml"), outside);
    Files.createSymbolicLink(dossier.seed("dossier.yaml"), outside);
    assertRefused(build(), "T/seeds/dossier.yaml: error: the file is a link to a place outside the seeds folder — "
        + "copy the file into the seeds folder instead of linking to it");
  }

  @Test
  void templateSyntaxErrorNamesTemplateAndLine() throws IOException {
    dossier.write("templates/article.html", """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl" xmlns:th="http://www.thymeleaf.org">
        <body>
        <h1 th:text="${page.title">العنوان</h1>
        </body>
        </html>
        """);
    assertRefused(build(), "T/templates/article.html:4:5: error: template error: Could not parse as expression: "
        + "\"${page.title\" — fix the template; 'page' holds the page's model (see README, 'Templates')");
  }

  @Test
  void missingTemplate() throws IOException {
    Files.delete(dossier.templates().resolve("actor.html"));
    assertRefused(build(), "T/templates/actor.html: error: the template 'actor' is missing — restore it from malaf's "
        + "templates/ folder or pass --templates with a complete set");
  }

  @Test
  void outPointingAtTheSeeds() {
    Run run = buildTo(dossier.seeds());
    assertThat(run.err()).isEqualTo("T/seeds: error: refusing to write the site here: the folder overlaps the input "
        + "folder T/seeds — pass --out with a new or empty folder (malaf replaces the whole folder on every build)\n"
        + "build failed; T/seeds was left as it was\n");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(TinyDossier.snapshot(dossier.site())).isEqualTo(previousSite);
  }

  @Test
  void outPointingAtTheProjectRoot() {
    Map<String, String> project = TinyDossier.snapshot(dossier.root());
    Run run = buildTo(dossier.root());
    assertThat(run.err()).isEqualTo("T: error: refusing to write the site here: the folder overlaps the input folder "
        + "T/seeds — pass --out with a new or empty folder (malaf replaces the whole folder on every build)\n"
        + "build failed; T was left as it was\n");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(TinyDossier.snapshot(dossier.root())).isEqualTo(project);
  }

  @Test
  void outPointingAtTheFileSystemRoot() throws IOException {
    List<Path> before;
    try (var entries = Files.list(Path.of("/"))) {
      before = entries.sorted().toList();
    }
    Run run = buildTo(Path.of("/"));
    assertThat(run.err()).isEqualTo("/: error: refusing to write the site here: the folder is the root of the file "
        + "system — pass --out with a new or empty folder (malaf replaces the whole folder on every build)\n"
        + "build failed; / was left as it was\n");
    assertThat(run.exit()).isEqualTo(1);
    try (var entries = Files.list(Path.of("/"))) {
      assertThat(entries.sorted().toList()).as("nothing created in /").isEqualTo(before);
    }
  }

  @Test
  void outputFolderHoldingFilesMalafDidNotWrite() throws IOException {
    dossier.write("documents/thesis.docx", "precious");
    Map<String, String> parent = TinyDossier.snapshot(dossier.root());
    Run run = buildTo(dossier.root().resolve("documents"));
    assertThat(run.err()).isEqualTo("T/documents: error: refusing to write the site here: the folder holds files that "
        + "malaf did not write — pass --out with a new or empty folder (malaf replaces the whole folder on every build)\n"
        + "build failed; T/documents was left as it was\n");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(TinyDossier.snapshot(dossier.root())).as("nothing written beside it either").isEqualTo(parent);
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run run = dossier.malaf("build", "--seeds", dossier.seeds().toString(), "--outt", "x");
    assertThat(run.err()).startsWith("Unknown options: '--outt', 'x'\n");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(TinyDossier.snapshot(dossier.site())).isEqualTo(previousSite);
  }
}
