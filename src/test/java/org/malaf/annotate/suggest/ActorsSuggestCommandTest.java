package org.malaf.annotate.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.cli.ActorsCommand;
import picocli.CommandLine;

/** {@code malaf actors suggest} end to end on a small seeds folder (kept here, next to the suggester it drives). */
class ActorsSuggestCommandTest {

  @TempDir
  Path seeds;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void printsEachNameWithItsCountCuesAndFirstSentence() throws IOException {
    write("dossier.yaml", "title: ملف تجريبي\n");
    write("actors.yaml", """
        actors:
          - id: haftar
            name: خليفة حفتر
            kind: person
            aliases: [حفتر]
        """);
    article("a1", "قال الرئيس الروسي فلاديمير بوتين إن حفتر صديق.\n\nوأكد فلاديمير بوتين ذلك لاحقًا.\n");

    int exit = run("suggest", "--seeds", seeds.toString());

    assertThat(exit).isEqualTo(0);
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString().lines().toList()).containsExactly(
        "2\tفلاديمير بوتين\t(after الرئيس)",
        "\t" + seeds.resolve("a1.txt") + ":1 ¶1: قال الرئيس الروسي فلاديمير بوتين إن حفتر صديق.",
        "1 names occur 2 times or more and are in no actor's aliases; add those that are actors to "
            + seeds.resolve("actors.yaml"));
  }

  @Test
  void registryErrorsArePrintedOneLineEachWithExitCodeOne() throws IOException {
    write("dossier.yaml", "title: ملف تجريبي\n");
    write("actors.yaml", """
        actors:
          - id: gaddafi
            name: القذافي
            kind: person
          - id: saif
            name: سيف الإسلام
            kind: person
            aliases: [القذافي]
        """);
    article("a1", "قال القذافي كلامًا.\n");

    int exit = run("suggest", "--seeds", seeds.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines().toList()).singleElement().asString()
        .isEqualTo(seeds.resolve("actors.yaml") + ":5:5: error: alias «القذافي» of actor 'saif' is also an alias of actor"
            + " 'gaddafi' (line 2) — keep the alias on one actor only, and give the other a longer alias such as the full name");
  }

  @Test
  void minBelowOneIsAUsageError() {
    assertThat(run("suggest", "--seeds", seeds.toString(), "--min", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--min must be 1 or more");
  }

  private int run(String... args) {
    CommandLine cl = new CommandLine(new ActorsCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private void article(String id, String text) throws IOException {
    write(id + ".txt", text);
    write(id + ".yaml", "title: مقال\ndate: 2019-07-08\n");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(seeds.resolve(name), text, StandardCharsets.UTF_8);
  }
}
