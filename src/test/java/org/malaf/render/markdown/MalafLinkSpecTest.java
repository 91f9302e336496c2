package org.malaf.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the flexmark-style examples of {@code fixtures/markdown/malaf_link_spec.md}. */
class MalafLinkSpecTest {

  private static final String FENCE = "````````````````````````````````";

  /** The resolver every example uses (described at the top of the spec file). */
  static final WikiLinkResolver RESOLVER = (kind, ref) -> {
    if (kind.equals("actor") && ref.equals("haftar")) {
      return Optional.of(new WikiTarget("../actors/haftar.html", "خليفة حفتر"));
    }
    if (kind.equals("article") && (ref.equals("002") || ref.equals("002_e7574c2a634e183f"))) {
      return Optional.of(new WikiTarget("002_e7574c2a634e183f.html", "روسيا & ليبيا"));
    }
    return Optional.empty();
  };

  private record Example(String name, String markdown, String html) {
  }

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @TestFactory
  List<DynamicTest> specExamples() throws IOException {
    return examples().stream()
        .map(e -> DynamicTest.dynamicTest(e.name(),
            () -> assertThat(renderer.toHtml(e.markdown(), RESOLVER)).as(e.markdown()).isEqualTo(e.html())))
        .toList();
  }

  private static List<Example> examples() throws IOException {
    List<String> lines;
    try (InputStream in = MalafLinkSpecTest.class.getResourceAsStream("/fixtures/markdown/malaf_link_spec.md")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith(FENCE + " example ")) {
        continue;
      }
      String name = lines.get(i).substring(FENCE.length() + " example ".length());
      StringBuilder md = new StringBuilder();
      StringBuilder html = new StringBuilder();
      StringBuilder target = md;
      for (i++; !lines.get(i).equals(FENCE); i++) {
        if (lines.get(i).equals(".") && target == md) {
          target = html;
        } else {
          target.append(lines.get(i)).append('\n');
        }
      }
      out.add(new Example(name, md.toString(), html.toString()));
    }
    assertThat(out).isNotEmpty();
    return out;
  }
}
