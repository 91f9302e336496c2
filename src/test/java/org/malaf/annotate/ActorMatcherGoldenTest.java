package org.malaf.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.malaf.clean.Block;
import org.malaf.clean.BlockType;
import org.malaf.config.YamlReader;
import org.malaf.diag.Problems;
import org.malaf.ingest.ActorRegistry;
import org.malaf.ingest.RegistryLoader;

/**
 * Mentions in seed 000, against counts made by hand on the author's original text
 * ({@code fixtures/annotate/seed-000/original.txt}, a copy of the gold reconstruction, one paragraph a line),
 * with the dossier's real registry {@code seeds/actors.yaml}.
 *
 * <p>The hand count, paragraph by paragraph (a multi-word name such as «خليفة حفتر» is one mention):
 * <pre>
 * ¶   حفتر (haftar)                         موسكو (moscow)               روسيا (russia)
 * 1   خليفة حفتر، يسعى حفتر           2     الروسية موسكو، من موسكو  2   —                          0
 * 2   سيجري حفتر                      1     في موسكو                 1   — («وكالات روسية» adj.)    0
 * 3   لحفتر                           1     لموسكو، زار … موسكو      2   —                          0
 * 4   —                               0     أن موسكو لن تورد         1   —                          0
 * 5   لكن حفتر، يعارضها حفتر          2     —                        0   من روسيا                   1
 * 6   خاطب حفتر                       1     —                        0   —                          0
 * 7   لحفتر، بحفتر                    2     “موسكو على تواصل         1   —                          0
 * 8   سيطلب حفتر                      1     تلعبه موسكو              1   —                          0
 * 9   هدف حفتر، وحفتر                 2     إشراك موسكو              1   زيارة روسيا                1
 * 10  يعطيها حفتر                     1     —                        0   أن روسيا تريد، وروسيا،
 *                                                                         أن روسيا تأمل              3
 * 11  قوات حفتر                       1     —                        0   تقيم روسيا                 1
 * 12  بحفتر، خليفة حفتر               2     إن موسكو                 1   —                          0
 * 13  لحفتر، اللواء خليفة حفتر        2     —                        0   —                          0
 *     total                           18                             10                              6
 * </pre>
 * Not counted: «الجنرال» and «اللواء» standing for Haftar (titles, not names); «الروسية»، «الروسي»، «الروس»
 * and «روسية» (adjectives and the people, not the country); «الكرملين» (its own actor).
 */
class ActorMatcherGoldenTest {

  @Test
  void findsEveryHandCountedMentionOfHaftarMoscowAndRussiaInSeed000() throws IOException {
    Problems problems = new Problems();
    ActorRegistry registry = new RegistryLoader(new YamlReader()).load(Path.of("seeds"), problems);
    ActorMatcher matcher = ActorMatcher.build(registry, problems);

    List<Mention> mentions = matcher.match(originalParagraphs());

    Map<String, Long> counts = new TreeMap<>();
    for (Mention m : mentions) {
      counts.merge(m.actor().value(), 1L, Long::sum);
    }
    assertThat(counts).containsEntry("haftar", 18L).containsEntry("moscow", 10L).containsEntry("russia", 6L);
    assertThat(mentions).filteredOn(m -> m.actor().value().equals("haftar")).extracting(Mention::surface)
        .containsOnly("خليفة حفتر", "حفتر", "لحفتر", "بحفتر", "وحفتر");
    assertThat(mentions).filteredOn(m -> m.actor().value().equals("russia")).extracting(Mention::surface)
        .containsOnly("روسيا", "وروسيا");
  }

  static List<Block> originalParagraphs() throws IOException {
    try (InputStream in = ActorMatcherGoldenTest.class.getResourceAsStream("/fixtures/annotate/seed-000/original.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(l -> l.startsWith("P: "))
          .map(l -> new Block(BlockType.PARAGRAPH, l.substring(3), 1, 1)).toList();
    }
  }
}
