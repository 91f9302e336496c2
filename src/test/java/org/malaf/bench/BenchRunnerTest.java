package org.malaf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    int code = cl.execute("bench", "--articles", "6", "--actors", "12", "--seed", "3", "--keep",
        tmp.resolve("kept").toString(), "--export-markdown", tmp.resolve("hugo").toString());

    assertThat(code).as(out.toString()).isZero();
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines[lines.length - 1])
        .matches("full_build_ms=\\d+ incremental_ms=\\d+ peak_heap_mb=\\d+ pages=\\d+");
    assertThat(out.toString()).contains("ingest", "clean", "annotate", "link", "render", "write", "pages/s");
    assertThat(tmp.resolve("kept/site/index.html")).isRegularFile();
    assertThat(tmp.resolve("hugo/hugo.toml")).isRegularFile();
    assertThat(Files.exists(tmp.resolve("kept/seeds/actors.yaml"))).isTrue();
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
