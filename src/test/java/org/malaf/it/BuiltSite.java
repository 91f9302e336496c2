package org.malaf.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.malaf.Pipeline;
import org.malaf.diag.Problems;

/** Builds the bundled seeds once per JVM into a temporary folder, for the integration tests to inspect. */
final class BuiltSite {

  private static Path site;

  private BuiltSite() {
  }

  static synchronized Path get() throws IOException {
    if (site == null) {
      Path out = Files.createTempDirectory("malaf-it").resolve("site");
      new Pipeline().build(new Pipeline.Options(Path.of("seeds"), out, Path.of("templates"), Path.of("static"), null),
          new Problems());
      site = out;
    }
    return site;
  }

  static List<Path> pages() throws IOException {
    try (Stream<Path> walk = Files.walk(get())) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
