package org.malaf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.Malaf;
import picocli.CommandLine;

class BenchRunnerTest {

  @TempDir
  Path tmp;

  @Test
  void benchCommandBuildsTheSyntheticDossierTwiceAndEndsWithTheMachineReadableLine() {
    StringWriter out = new StringWriter();
    CommandLine cl = Malaf.commandLine();
    cl.setOut(new PrintWriter(out, true));
    int code = cl.execute("bench", "--articles", "6", "--actors", "12", "--seed", "3", "--edits", "2", "--keep",
        tmp.resolve("kept").toString(), "--export-markdown", tmp.resolve("hugo").toString());

    assertThat(code).as(out.toString()).isZero();
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines[lines.length - 1])
        .matches("full_build_ms=\\d+ incremental_ms=\\d+ peak_heap_mb=\\d+ pages=\\d+");
    assertThat(out.toString()).contains("ingest", "clean", "annotate", "link", "render", "write", "pages/s",
        "one-article edits: median");
    assertThat(out.toString().lines().filter(l -> l.startsWith("one-article edit ("))).hasSize(2);
    assertThat(tmp.resolve("kept/site/index.html")).isRegularFile();
    assertThat(tmp.resolve("hugo/hugo.toml")).isRegularFile();
    assertThat(Files.exists(tmp.resolve("kept/seeds/actors.yaml"))).isTrue();
  }

  @Test
  void editsGoToDifferentArticlesSpreadOverTheDossierAndTheirMedianIsReported() {
    List<String> ids = IntStream.range(0, 100).mapToObj(i -> "a" + i).toList();
    assertThat(BenchRunner.editedArticles(ids, 4)).containsExactly("a50", "a75", "a0", "a25");
    assertThat(BenchRunner.editedArticles(ids.subList(0, 3), 5)).containsExactlyInAnyOrder("a0", "a1", "a2");
    assertThat(BenchRunner.median(List.of(900L, 100L, 300L))).isEqualTo(300L);
    assertThat(BenchRunner.median(List.of(900L, 100L, 300L, 200L))).isEqualTo(200L);
  }

  @Test
  void refusesAKeepFolderThatHoldsFiles() throws Exception {
    Files.writeString(tmp.resolve("x.txt"), "x");
    StringWriter err = new StringWriter();
    CommandLine cl = Malaf.commandLine();
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("bench", "--articles", "1", "--keep", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not empty");
  }
}
