package org.malaf.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.malaf.config.ConfigLoader;
import org.malaf.config.DossierConfig;
import org.malaf.config.GlyphMap;
import org.malaf.config.YamlReader;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;
import org.malaf.diag.SourcePosition;
import org.malaf.parallel.Parallel;
import org.malaf.session.ReadMemo;

/**
 * The ingest stage: reads the seeds folder into {@link Seeds}. Every {@code <id>.txt} needs a sidecar
 * {@code <id>.yaml}; files are never written to. Symlinks leaving the folder are refused.
 */
public final class SeedScanner {

  /**
   * The largest raw article malaf reads. A real article is well under 1 MB; a file of tens of MB is a
   * wrong file or a whole archive, and reading it would take the memory and minutes of the whole build.
   */
  public static final long MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

  private final ConfigLoader configLoader;
  private final RegistryLoader registryLoader;
  private final SidecarLoader sidecarLoader;
  private final TextDecoder decoder = new TextDecoder();
  // What the last scans read, for the rebuilds of one session (serve, bench): unchanged files are not re-read.
  private final ReadMemo<Sidecar> sidecarMemo = new ReadMemo<>();
  private final ReadMemo<ActorRegistry> registryMemo = new ReadMemo<>();
  private final ReadMemo<TextDecoder.Decoded> textMemo = new ReadMemo<>();
  private final Map<Path, RawArticle> lastArticles = new java.util.concurrent.ConcurrentHashMap<>();
  // The last scan without errors, which a scan told what changed starts from.
  private Scan last;

  public SeedScanner(YamlReader yaml) {
    this.configLoader = new ConfigLoader(yaml);
    this.registryLoader = new RegistryLoader(yaml);
    this.sidecarLoader = new SidecarLoader(yaml);
  }

  public Seeds scan(Path seeds, Problems problems) {
    return scan(seeds, Optional.empty(), problems);
  }

  /**
   * Reads the seeds folder. {@code changed}, when known, holds every file changed since the last scan (a
   * watcher's events): when they are all articles or sidecars the last scan read and still plain files,
   * only those are read again and the folder is not listed; anything else (a new, removed or linked file,
   * the settings or the registry) scans the whole folder.
   */
  public Seeds scan(Path seeds, Optional<Set<Path>> changed, Problems problems) {
    Scan before = last;
    if (changed.isPresent() && before != null && before.folder().equals(absolute(seeds))) {
      Optional<List<Loaded>> reloaded = reloaded(before, changed.get());
      if (reloaded.isPresent()) {
        problems.addAll(before.folderProblems());
        List<RawArticle> articles = assemble(reloaded.get(), problems);
        last = before.withLoaded(reloaded.get());
        return new Seeds(seeds, before.config(), before.registry(), articles);
      }
    }
    last = null;
    Problems folderProblems = new Problems();
    Scan scan = scanFolder(seeds, folderProblems);
    problems.addAll(folderProblems.sorted());
    List<RawArticle> articles = assemble(scan.loaded(), problems);
    if (!folderProblems.hasErrors()) {
      last = scan;
    }
    return new Seeds(seeds, scan.config(), scan.registry(), articles);
  }

  /**
   * What a scan read, for the next to start from: the settings and registry, the problems found in them and
   * in the folder's listing, each article as read, and where each file's article is in that list.
   */
  private record Scan(Path folder, DossierConfig config, ActorRegistry registry, List<Problem> folderProblems,
      List<Loaded> loaded, Map<Path, Integer> byFile) {

    /** This scan with the same files read again (each article keeps its place). */
    Scan withLoaded(List<Loaded> again) {
      return new Scan(folder, config, registry, folderProblems, again, byFile);
    }
  }

  /** The articles of {@code before} with those {@code changed} names read again; empty when it takes a scan. */
  private Optional<List<Loaded>> reloaded(Scan before, Set<Path> changed) {
    Map<Integer, Candidate> again = new TreeMap<>();
    for (Path file : changed) {
      Path path = absolute(file);
      if (!path.startsWith(before.folder())) {
        continue; // templates, static files: not ingest's
      }
      Integer at = before.byFile().get(path);
      if (at == null) {
        return Optional.empty();
      }
      Candidate c = before.loaded().get(at).candidate();
      BasicFileAttributes text = lookAt(c.text());
      BasicFileAttributes sidecar = lookAt(c.sidecar());
      if (text == null || sidecar == null || !text.isRegularFile() || !sidecar.isRegularFile()) {
        return Optional.empty(); // removed, or replaced by a link or a folder
      }
      again.put(at, new Candidate(c.id(), c.text(), c.sidecar(), text, sidecar));
    }
    List<Loaded> loaded = new ArrayList<>(before.loaded());
    again.forEach((at, c) -> loaded.set(at, load(c, before.config())));
    return Optional.of(List.copyOf(loaded));
  }

  /** Lists and reads the whole folder; problems of the settings, registry and listing go to {@code problems}. */
  private Scan scanFolder(Path seeds, Problems problems) {
    if (!Files.isDirectory(seeds)) {
      throw new BuildFailure(Problem.error(SourcePosition.of(seeds), "the seeds folder does not exist",
          "pass --seeds with the folder holding dossier.yaml and the articles"));
    }
    Path root = realPath(seeds);
    if (isEmpty(seeds)) {
      throw new BuildFailure(Problem.error(SourcePosition.of(seeds), "the seeds folder is empty",
          "add dossier.yaml, actors.yaml and the articles (<article>.txt with a sidecar <article>.yaml)"));
    }
    refuseLinkOut(seeds.resolve(ConfigLoader.FILE_NAME), root);
    refuseLinkOut(seeds.resolve(RegistryLoader.FILE_NAME), root);
    DossierConfig config = configLoader.load(seeds, problems);
    ActorRegistry registry = registryMemo.get(seeds.resolve(RegistryLoader.FILE_NAME), problems,
        p -> registryLoader.load(seeds, p));
    Listing listing = listSeedFiles(seeds, root, problems);
    Map<String, Path> texts = listing.texts();
    Map<String, Path> sidecars = listing.sidecars();
    Set<String> refused = listing.refused();
    Map<Path, BasicFileAttributes> attributes = listing.attributes();
    if (texts.isEmpty()) {
      problems.error(SourcePosition.of(seeds), "the seeds folder holds no article (no .txt file)",
          "add <article>.txt with a sidecar <article>.yaml");
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<String, Path> entry : texts.entrySet()) {
      String stem = entry.getKey();
      Path text = entry.getValue();
      // The sidecar goes with its article whatever happens to it, so a refused article gives one error, not two.
      Path sidecarFile = sidecars.remove(stem);
      if (refused.contains(stem)) {
        continue;
      }
      if (!ArticleId.isValid(stem)) {
        problems.error(SourcePosition.of(text), "the file name '" + stem + "' cannot be an article id",
            "rename it with ASCII letters, digits, '-' and '_' only, not a reserved name like CON or NUL");
        continue;
      }
      if (sidecarFile == null) {
        problems.error(SourcePosition.of(text), "the article has no sidecar " + stem + ".yaml",
            "create it with at least 'title: …' and 'date: YYYY-MM-DD'");
        continue;
      }
      candidates.add(new Candidate(new ArticleId(stem), text, sidecarFile, attributes.get(text),
          attributes.get(sidecarFile)));
    }
    // Reading and decoding are independent per article: in parallel.
    List<Loaded> loaded = Parallel.map(candidates, c -> load(c, config));
    Set<Path> present = new HashSet<>();
    Map<Path, Integer> byFile = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      present.add(c.text());
      present.add(c.sidecar());
      // Only plain files: a link's target can change without an event naming the link.
      if (c.textAttributes() != null && c.sidecarAttributes() != null) {
        byFile.put(absolute(c.text()), i);
        byFile.put(absolute(c.sidecar()), i);
      }
    }
    sidecarMemo.retain(present);
    textMemo.retain(present);
    lastArticles.keySet().retainAll(present);
    for (Path orphan : sidecars.values()) {
      if (refused.contains(stemOf(orphan))) {
        continue;
      }
      problems.error(SourcePosition.of(orphan), "the sidecar has no article next to it",
          "add the article's .txt with the same name, or remove the sidecar");
    }
    return new Scan(absolute(seeds), config, registry, problems.sorted(), loaded, byFile);
  }

  /** The articles read, in name order, after checking that no two share a slug. */
  private static List<RawArticle> assemble(List<Loaded> loaded, Problems problems) {
    List<RawArticle> articles = new ArrayList<>();
    Map<String, SourcePosition> slugs = new HashMap<>();
    for (Loaded l : loaded) {
      problems.addAll(l.sidecarProblems().sorted());
      SourcePosition firstSlug = slugs.putIfAbsent(l.sidecar().slug(), SourcePosition.of(l.candidate().sidecar()));
      if (firstSlug != null) {
        problems.error(SourcePosition.of(l.candidate().sidecar()), "slug '" + l.sidecar().slug()
            + "' is already used by " + firstSlug, "give each article its own slug");
        continue;
      }
      problems.addAll(l.articleProblems().sorted());
      if (l.article() != null) {
        articles.add(l.article());
      }
    }
    return articles;
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /**
   * One article on its own, outside a dossier ({@code malaf clean FILE}): the glyph map comes from the
   * {@code dossier.yaml} in {@code configFolder} and the sidecar from beside the file, each when present.
   * Throws {@link BuildFailure} when the file cannot be read as text.
   */
  public RawArticle readSingle(Path file, Path configFolder, Problems problems) {
    if (!Files.isRegularFile(file)) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file), "no such file", "give the path of a raw article"));
    }
    GlyphMap glyphs = Files.isRegularFile(configFolder.resolve(ConfigLoader.FILE_NAME))
        ? configLoader.load(configFolder, problems).glyphs() : GlyphMap.EMPTY;
    String name = file.getFileName().toString();
    String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    ArticleId id = new ArticleId(ArticleId.isValid(stem) ? stem : "article");
    Path sidecarFile = file.resolveSibling(stem + ".yaml");
    Sidecar sidecar = Files.isRegularFile(sidecarFile) && !sidecarFile.equals(file)
        ? sidecarLoader.load(sidecarFile, id, problems)
        : new Sidecar(sidecarFile, "article", stem, null, "", "", "", GlyphMap.EMPTY, List.of(), List.of());
    TextDecoder.Decoded decoded = read(file, problems);
    problems.throwIfErrors();
    return new RawArticle(id, file, decoded.charset(), decoded.text(), sidecar, glyphs.overriddenBy(sidecar.glyphs()));
  }

  /** An article to read; the attributes are what the folder listing saw of each file (null for links). */
  private record Candidate(ArticleId id, Path text, Path sidecar, BasicFileAttributes textAttributes,
      BasicFileAttributes sidecarAttributes) {
  }

  /** What reading a candidate gave; {@code article} is null when the text could not be read. */
  private record Loaded(Candidate candidate, Sidecar sidecar, Problems sidecarProblems, RawArticle article,
      Problems articleProblems) {
  }

  private Loaded load(Candidate c, DossierConfig config) {
    Problems sidecarProblems = new Problems();
    Sidecar sidecar = sidecarMemo.get(c.sidecar(), c.sidecarAttributes(), sidecarProblems,
        p -> sidecarLoader.load(c.sidecar(), c.id(), p));
    Problems articleProblems = new Problems();
    TextDecoder.Decoded decoded = textMemo.get(c.text(), c.textAttributes(), articleProblems, p -> read(c.text(), p));
    RawArticle article = decoded == null ? null : new RawArticle(c.id(), c.text(), decoded.charset(), decoded.text(),
        sidecar, config.glyphs().overriddenBy(sidecar.glyphs()));
    return new Loaded(c, sidecar, sidecarProblems, remembered(article), articleProblems);
  }

  /** The article of the last scan when it equals this one (cheap: unchanged parts are the same objects). */
  private RawArticle remembered(RawArticle article) {
    if (article == null) {
      return null;
    }
    RawArticle last = lastArticles.get(article.file());
    if (article.equals(last)) {
      return last;
    }
    lastArticles.put(article.file(), article);
    return article;
  }

  private TextDecoder.Decoded read(Path file, Problems problems) {
    try {
      long size = Files.size(file);
      if (size > MAX_ARTICLE_BYTES) {
        problems.error(SourcePosition.of(file), "the article is " + (size >> 20) + " MB; malaf reads articles of up to "
            + (MAX_ARTICLE_BYTES >> 20) + " MB", "check that this is the right file, or split it into several articles");
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
        problems.error(SourcePosition.of(file), "the article is empty", "paste the article's text into it, or remove it");
        return null;
      }
      return decoder.decode(file, bytes);
    } catch (BuildFailure failure) {
      problems.addAll(failure.problems());
      return null;
    } catch (IOException e) {
      problems.error(SourcePosition.of(file), "cannot read the article: " + e.getMessage(), "check the file's permissions");
      return null;
    }
  }

  /**
   * What the seeds folder holds: articles and sidecars by stem (in name order), the stems refused (a link out of
   * the folder), and what the listing saw of each plain file.
   */
  private record Listing(Map<String, Path> texts, Map<String, Path> sidecars, Set<String> refused,
      Map<Path, BasicFileAttributes> attributes) {
  }

  private static Listing listSeedFiles(Path seeds, Path root, Problems problems) {
    Listing listing = new Listing(new TreeMap<>(), new TreeMap<>(), new HashSet<>(), new HashMap<>());
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(seeds)) {
      for (Path entry : dir) {
        String name = entry.getFileName().toString();
        if (name.endsWith(".txt") || name.endsWith(".yaml") && !name.equals(ConfigLoader.FILE_NAME)
            && !name.equals(RegistryLoader.FILE_NAME)) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new BuildFailure(Problem.error(SourcePosition.of(seeds), "cannot list the seeds folder: " + e.getMessage(),
          "check its permissions"));
    }
    // One look at each entry itself, from all cores (a dossier of 10,000 articles has 20,000 files): most
    // are plain files, and only links need a second. Null for an entry deleted since the listing.
    List<BasicFileAttributes> looks = Parallel.map(entries, SeedScanner::lookAt);
    for (int i = 0; i < entries.size(); i++) {
      Path entry = entries.get(i);
      BasicFileAttributes attributes = looks.get(i);
      boolean text = entry.getFileName().toString().endsWith(".txt");
      if (attributes == null) {
        continue; // deleted since the listing: as if it had not been there
      }
      if (attributes.isSymbolicLink()) {
        if (!realPath(entry).startsWith(root)) {
          problems.error(SourcePosition.of(entry), "the file is a link to a place outside the seeds folder",
              "copy the file into the seeds folder instead of linking to it");
          listing.refused().add(stemOf(entry));
          continue;
        }
        if (!Files.isRegularFile(entry)) {
          continue;
        }
      } else if (!attributes.isRegularFile()) {
        continue;
      } else {
        listing.attributes().put(entry, attributes); // a plain file: what the memo would look at again
      }
      (text ? listing.texts() : listing.sidecars()).put(stemOf(entry), entry);
    }
    return listing;
  }

  private static BasicFileAttributes lookAt(Path entry) {
    try {
      return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException gone) {
      return null;
    }
  }

  private static String stemOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** dossier.yaml and actors.yaml are read before the listing, so their links are checked first. */
  private static void refuseLinkOut(Path file, Path root) {
    if (Files.isSymbolicLink(file) && !realPath(file).startsWith(root)) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file), "the file is a link to a place outside the seeds folder",
          "copy the file into the seeds folder instead of linking to it"));
    }
  }

  private static boolean isEmpty(Path folder) {
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
      for (Path entry : dir) {
        if (!entry.getFileName().toString().startsWith(".")) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false; // the listing below reports the folder as unreadable
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
