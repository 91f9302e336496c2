package org.malaf.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.config.YamlReader;
import org.malaf.diag.Problems;

/** Scanning twice in one session (serve) reads only what changed and keeps reporting what it found. */
class SeedScannerTest {

  @TempDir
  Path seeds;

  private final SeedScanner scanner = new SeedScanner(new YamlReader());

  @BeforeEach
  void writeSeeds() throws IOException {
    Files.writeString(seeds.resolve("dossier.yaml"), "title: ملف\n");
    Files.writeString(seeds.resolve("actors.yaml"), "actors: []\n");
    write("001", "وصل اللواء إلى موسكو.\n", "title: الزيارة\nslug: visit\ndate: 2016-11-28\n");
    // An unknown key is a warning: it must be reported by every scan, not only by the one that read the file.
    write("002", "قال السفير إن المباحثات تناولت الأزمة.\n", "title: السفير\nslug: envoy\ncolour: red\n");
  }

  private void write(String id, String text, String sidecar) throws IOException {
    Files.writeString(seeds.resolve(id + ".txt"), text);
    Files.writeString(seeds.resolve(id + ".yaml"), sidecar);
  }

  private Seeds scan(Problems problems) {
    return scanner.scan(seeds, problems);
  }

  @Test
  void aSecondScanHandsBackTheSameArticlesAndTheSameWarnings() {
    Problems first = new Problems();
    Seeds before = scan(first);
    Problems second = new Problems();
    Seeds after = scan(second);
    assertThat(after.articles()).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(after.articles().get(i)).isSameAs(before.articles().get(i));
    }
    assertThat(first.warningCount()).isEqualTo(1);
    assertThat(second.sorted()).isEqualTo(first.sorted());
  }

  @Test
  void anEditedArticleOrSidecarIsReadAgain() throws IOException {
    Seeds before = scan(new Problems());
    Path text = seeds.resolve("001.txt");
    Files.writeString(text, "وصل اللواء إلى موسكو أمس.\n");
    Files.writeString(seeds.resolve("002.yaml"), "title: السفير الروسي\nslug: envoy\n");
    Problems problems = new Problems();
    Seeds after = scan(problems);
    assertThat(after.articles().get(0).text()).isEqualTo("وصل اللواء إلى موسكو أمس.\n");
    assertThat(after.articles().get(1).sidecar().title()).isEqualTo("السفير الروسي");
    assertThat(after.articles().get(1)).isNotSameAs(before.articles().get(1));
    assertThat(problems.warningCount()).isZero();
  }

  @Test
  void anEditThatKeepsTheSizeIsSeenByItsNewModificationTime() throws IOException {
    scan(new Problems());
    Path text = seeds.resolve("001.txt");
    String same = Files.readString(text);
    Files.writeString(text, same.replace("موسكو", "مسكوو")); // same length, same byte count
    Files.setLastModifiedTime(text, FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(scan(new Problems()).articles().get(0).text()).contains("مسكوو");
  }

  @Test
  void aDeletedArticleDisappearsFromTheNextScan() throws IOException {
    scan(new Problems());
    Files.delete(seeds.resolve("002.txt"));
    Files.delete(seeds.resolve("002.yaml"));
    assertThat(scan(new Problems()).articles()).extracting(a -> a.id().value()).containsExactly("001");
  }

  private Seeds scanTold(Problems problems, Path... changed) {
    return scanner.scan(seeds, Optional.of(Set.of(changed)), problems);
  }

  @Test
  void toldWhatChangedItReadsThoseFilesAgainAndGivesWhatAWholeScanGives() throws IOException {
    Seeds before = scan(new Problems());
    Files.writeString(seeds.resolve("001.txt"), "وصل اللواء إلى موسكو أمس.\n");
    Files.writeString(seeds.resolve("002.yaml"), "title: السفير الروسي\nslug: envoy\ncolour: blue\n");
    Problems told = new Problems();
    Seeds after = scanTold(told, seeds.resolve("001.txt"), seeds.resolve("002.yaml"),
        seeds.getParent().resolve("templates/page.html"));

    Problems whole = new Problems();
    Seeds fresh = new SeedScanner(new YamlReader()).scan(seeds, whole);
    assertThat(after).isEqualTo(fresh);
    assertThat(after.articles().get(1).sidecar().title()).isEqualTo("السفير الروسي");
    assertThat(told.sorted()).as("the unchanged files' warnings too").isEqualTo(whole.sorted()).hasSize(1);
    assertThat(after.articles().get(0)).isNotSameAs(before.articles().get(0));
  }

  @Test
  void aFileItDidNotReadBeforeMakesItScanTheWholeFolder() throws IOException {
    scan(new Problems());
    write("003", "نص جديد.\n", "title: جديد\nslug: new\n");
    assertThat(scanTold(new Problems(), seeds.resolve("003.txt"), seeds.resolve("003.yaml")).articles())
        .extracting(a -> a.id().value()).containsExactly("001", "002", "003");

    Files.delete(seeds.resolve("002.txt"));
    Files.delete(seeds.resolve("002.yaml"));
    assertThat(scanTold(new Problems(), seeds.resolve("002.txt"), seeds.resolve("002.yaml")).articles())
        .extracting(a -> a.id().value()).containsExactly("001", "003");

    Files.writeString(seeds.resolve("dossier.yaml"), "title: ملف آخر\n");
    assertThat(scanTold(new Problems(), seeds.resolve("dossier.yaml")).config().title()).isEqualTo("ملف آخر");
  }
}
