package org.malaf.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problem;
import org.malaf.diag.SourcePosition;

/**
 * Refuses output folders a build must never replace: the file system root, the user's home, a folder
 * holding (or inside) the inputs, and any non-empty folder that malaf did not write itself.
 */
public final class OutputGuard {

  /** The file every site malaf writes carries, so a later build knows the folder is its own. */
  public static final String MARKER = ".malaf-site";

  private OutputGuard() {
  }

  /** Checks {@code out} against the input folders; throws a {@link BuildFailure} naming the problem. */
  public static void check(Path out, List<Path> inputs) {
    Path target = canonical(out);
    if (target.getParent() == null) {
      throw refuse(out, "is the root of the file system");
    }
    Path home = canonical(Path.of(System.getProperty("user.home", "/")));
    if (target.equals(home)) {
      throw refuse(out, "is your home folder");
    }
    for (Path input : inputs) {
      Path in = canonical(input);
      if (target.equals(in) || in.startsWith(target) || target.startsWith(in)) {
        throw refuse(out, "overlaps the input folder " + input);
      }
    }
    if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
      throw refuse(out, "holds files that malaf did not write");
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw refuse(out, "is a file, not a folder");
    }
  }

  private static BuildFailure refuse(Path out, String why) {
    return new BuildFailure(Problem.error(SourcePosition.of(out), "refusing to write the site here: the folder " + why,
        "pass --out with a new or empty folder (malaf replaces the whole folder on every build)"));
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      Path parent = abs.getParent();
      return parent == null ? abs : canonical(parent).resolve(abs.getFileName());
    }
  }
}
