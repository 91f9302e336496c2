package org.malaf.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.malaf.config.ConfigLoader;
import org.malaf.config.DossierConfig;
import org.malaf.config.YamlReader;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;

/**
 * The ingest stage: reads the seeds folder into {@link Seeds}. Every {@code <id>.txt} needs a sidecar
 * {@code <id>.yaml}; files are never written to. Symlinks leaving the folder are refused.
 */
public final class SeedScanner {

  private final ConfigLoader configLoader;
  private final RegistryLoader registryLoader;
  private final SidecarLoader sidecarLoader;
  private final TextDecoder decoder = new TextDecoder();

  public SeedScanner(YamlReader yaml) {
    this.configLoader = new ConfigLoader(yaml);
    this.registryLoader = new RegistryLoader(yaml);
    this.sidecarLoader = new SidecarLoader(yaml);
  }

  public Seeds scan(Path seeds, Problems problems) {
    if (!Files.isDirectory(seeds)) {
      throw new BuildFailure(Problem.error(SourcePosition.of(seeds), "the seeds folder does not exist",
          "pass --seeds with the folder holding dossier.yaml and the articles"));
    }
    Path root = realPath(seeds);
    DossierConfig config = configLoader.load(seeds, problems);
    ActorRegistry registry = registryLoader.load(seeds, problems);
    Map<String, Path> texts = new TreeMap<>();
    Map<String, Path> sidecars = new TreeMap<>();
    listSeedFiles(seeds, root, texts, sidecars, problems);
    if (texts.isEmpty()) {
      problems.error(SourcePosition.of(seeds), "the seeds folder holds no article (no .txt file)",
          "add <article>.txt with a sidecar <article>.yaml");
    }
    List<RawArticle> articles = new ArrayList<>();
    Map<String, SourcePosition> slugs = new HashMap<>();
    for (Map.Entry<String, Path> entry : texts.entrySet()) {
      String stem = entry.getKey();
      Path text = entry.getValue();
      if (!ArticleId.isValid(stem)) {
        problems.error(SourcePosition.of(text), "the file name '" + stem + "' cannot be an article id",
            "rename it with ASCII letters, digits, '-' and '_' only, not a reserved name like CON or NUL");
        continue;
      }
      Path sidecarFile = sidecars.remove(stem);
      if (sidecarFile == null) {
        problems.error(SourcePosition.of(text), "the article has no sidecar " + stem + ".yaml",
            "create it with at least 'title: …' and 'date: YYYY-MM-DD'");
        continue;
      }
      ArticleId id = new ArticleId(stem);
      Sidecar sidecar = sidecarLoader.load(sidecarFile, id, problems);
      SourcePosition firstSlug = slugs.putIfAbsent(sidecar.slug(), SourcePosition.of(sidecarFile));
      if (firstSlug != null) {
        problems.error(SourcePosition.of(sidecarFile), "slug '" + sidecar.slug() + "' is already used by " + firstSlug,
            "give each article its own slug");
        continue;
      }
      articles.add(read(id, text, sidecar, config, problems));
    }
    for (Path orphan : sidecars.values()) {
      problems.error(SourcePosition.of(orphan), "the sidecar has no article next to it",
          "add the article's .txt with the same name, or remove the sidecar");
    }
    return new Seeds(seeds, config, registry, articles.stream().filter(a -> a != null).toList());
  }

  private RawArticle read(ArticleId id, Path file, Sidecar sidecar, DossierConfig config, Problems problems) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
        problems.error(SourcePosition.of(file), "the article is empty", "paste the article's text into it, or remove it");
        return null;
      }
      TextDecoder.Decoded decoded = decoder.decode(file, bytes);
      return new RawArticle(id, file, decoded.charset(), decoded.text(), sidecar,
          config.glyphs().overriddenBy(sidecar.glyphs()));
    } catch (BuildFailure failure) {
      problems.addAll(failure.problems());
      return null;
    } catch (IOException e) {
      problems.error(SourcePosition.of(file), "cannot read the article: " + e.getMessage(), "check the file's permissions");
      return null;
    }
  }

  private static void listSeedFiles(Path seeds, Path root, Map<String, Path> texts, Map<String, Path> sidecars,
      Problems problems) {
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(seeds)) {
      for (Path entry : dir) {
        String name = entry.getFileName().toString();
        boolean text = name.endsWith(".txt");
        boolean yaml = name.endsWith(".yaml") && !name.equals(ConfigLoader.FILE_NAME)
            && !name.equals(RegistryLoader.FILE_NAME);
        if (!text && !yaml) {
          continue;
        }
        if (Files.isSymbolicLink(entry) && !realPath(entry).startsWith(root)) {
          problems.error(SourcePosition.of(entry), "the file is a link to a place outside the seeds folder",
              "copy the file into the seeds folder instead of linking to it");
          continue;
        }
        if (!Files.isRegularFile(entry)) {
          continue;
        }
        String stem = name.substring(0, name.lastIndexOf('.'));
        (text ? texts : sidecars).put(stem, entry);
      }
    } catch (IOException e) {
      throw new BuildFailure(Problem.error(SourcePosition.of(seeds), "cannot list the seeds folder: " + e.getMessage(),
          "check its permissions"));
    }
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

}
