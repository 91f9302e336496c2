package org.malaf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated articles carry the seeds' damage, at rates close to the seeds' (VISION, "The damage in the seeds"). */
class ExtractionDamageTest {

  /** A reversed ر|ي or ز|ي cut: the line opens with the word's tail (يارة، ير، يد) and ends with its head (الز، وز، تور). */
  private static final Pattern RAYA_CUT = Pattern.compile("^ ?ي\\S*.* \\S*[رز]$");

  @TempDir
  static Path tmp;
  static List<String> texts = new ArrayList<>();
  static DamageStats stats;

  @BeforeAll
  static void generate() throws IOException {
    SyntheticDossier.Generated g = new SyntheticDossier(new SyntheticDossier.Spec(60, 80, 11)).writeTo(tmp);
    for (String id : g.articleIds()) {
      texts.add(Files.readString(tmp.resolve(id + ".txt")));
    }
    stats = g.damage();
  }

  @Test
  void kashidaComesAtTheSeedsRateAndNeverOnALastLine() {
    long chars = texts.stream().mapToLong(String::length).sum();
    double perThousand = 1000.0 * stats.kashida() / chars;
    assertThat(perThousand).as("tatweel per 1,000 characters (seeds: 68 and 61)").isBetween(35.0, 100.0);
    long withKashida = texts.stream().filter(t -> t.indexOf('\u0640') >= 0).count();
    assertThat(withKashida).isGreaterThan(texts.size() * 8L / 10);
  }

  @Test
  void digitsAndShaddaAreWrittenAsTheFontsPrivateUseGlyphs() {
    String all = String.join("\n", texts);
    long pua = all.chars().filter(c -> c >= 0xE000 && c <= 0xF8FF).count();
    assertThat(pua).isEqualTo(stats.privateUse());
    assertThat(1000.0 * pua / all.length()).as("private-use per 1,000 characters (seeds: 3 and 4)").isBetween(1.5, 12.0);
    all.chars().filter(c -> c >= 0xE000 && c <= 0xF8FF)
        .forEach(c -> assertThat(SeedsWriter.GLYPHS).contains(String.format("U+%04X", c)));
    for (String text : texts) {
      for (String line : text.split("\n")) {
        if (!line.startsWith("https://")) {
          assertThat(line).as("ASCII digits only in URLs").doesNotContainPattern("[0-9]");
        }
      }
    }
  }

  @Test
  void aboutAQuarterOfTheLinesAreReversedChunks() {
    double share = (double) stats.reversedLines() / stats.lines();
    assertThat(share).isBetween(0.12, 0.40);
    long rayaCuts = texts.stream().flatMap(t -> t.lines()).map(l -> l.replace("\u0640", ""))
        .filter(l -> RAYA_CUT.matcher(l).find()).count();
    assertThat(rayaCuts).isGreaterThan(20);
  }

  @Test
  void paragraphEndsAreSplitOffByABlankLine() {
    assertThat(stats.splitEnds()).isGreaterThan(texts.size() * 3L);
    assertThat(String.join("\n", texts)).containsPattern("[^.]\n\n[^\n]{1,60}\\.\n");
  }

  @Test
  void displayElementsAndSourceUrlsArePresentSomeTruncated() {
    String all = String.join("\n", texts);
    assertThat(all).containsPattern("\n\n[^\n.،]{4,30}\n\n");          // a heading: short, no final punctuation
    assertThat(all).containsPattern("\n\n “?[^\n]+\n");                 // a caption with its leading space
    assertThat(all).containsPattern("\nhttps://[^\n]+%[0-9A-F]{2}\n");  // a full percent-encoded source URL
    assertThat(all).containsPattern("\nhttps://[^\n]+%25[0-9A-F]?\n");   // one cut mid-escape
    assertThat(stats.truncatedUrls()).isPositive();
  }

  @Test
  void wrapKeepsWordsWholeAndLinesNearTheWidth() {
    List<String> lines = ExtractionDamage.wrap("كلمة ".repeat(60).strip(), 40);
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    assertThat(String.join(" ", lines)).isEqualTo("كلمة ".repeat(60).strip());
  }
}
