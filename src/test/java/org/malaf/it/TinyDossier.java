package org.malaf.it;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.malaf.Malaf;
import org.malaf.write.FileTrees;
import picocli.CommandLine;

/**
 * A one-article project in a temporary folder (seeds/, templates/ and static/ copied from the repository),
 * and the real command line run on it in-process. Output has the folder's path replaced by {@code T}, so
 * tests can assert exact lines.
 */
final class TinyDossier {

  /** What a command printed and returned. */
  record Run(int exit, String out, String err) {
  }

  private static final Path FIXTURE = Path.of("src/test/resources/bad-input/dossier");

  private final Path root;

  private TinyDossier(Path root) {
    this.root = root;
  }

  /** Writes the fixture dossier and copies the repository's templates and static files into {@code root}. */
  static TinyDossier create(Path root) throws IOException {
    FileTrees.copy(FIXTURE, root.resolve("seeds"));
    FileTrees.copy(Path.of("templates"), root.resolve("templates"));
    FileTrees.copy(Path.of("static"), root.resolve("static"));
    return new TinyDossier(root);
  }

  /** A project already on disk (e.g. a copy of one built before). */
  static TinyDossier copyOf(Path root) {
    return new TinyDossier(root);
  }

  Path root() {
    return root;
  }

  Path seeds() {
    return root.resolve("seeds");
  }

  Path site() {
    return root.resolve("site");
  }

  Path templates() {
    return root.resolve("templates");
  }

  Path seed(String name) {
    return seeds().resolve(name);
  }

  TinyDossier write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  TinyDossier write(String relative, byte[] bytes) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return this;
  }

  /** {@code malaf build -q} with this project's folders, writing to site/. */
  Run build() {
    return buildTo(site());
  }

  /** {@code malaf build -q} with this project's folders, writing to {@code out}. */
  Run buildTo(Path out) {
    return malaf("build", "-q", "--seeds", seeds().toString(), "--out", out.toString(),
        "--templates", templates().toString(), "--static", root.resolve("static").toString());
  }

  /** Runs the command line in-process with its output captured. */
  Run malaf(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Malaf.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, shown(out.toString()), shown(err.toString()));
  }

  private String shown(String printed) {
    return printed.replace(root.toString(), "T");
  }

  /** Every file under {@code dir} (links as their target) with the SHA-256 of its bytes, by relative path. */
  static Map<String, String> snapshot(Path dir) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted().toList()) {
        String key = dir.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          files.put(key, "link → " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p)) {
          files.put(key, sha256(Files.readAllBytes(p)));
        } else {
          files.put(key + "/", "folder");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
