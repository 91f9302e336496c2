package org.malaf.session;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.malaf.diag.Problem;
import org.malaf.diag.Problems;

/**
 * Remembers what reading a file gave (the value and the problems found), keyed by the file's
 * {@link FileStamp}, so that a rebuild in the same session (serve) reads only the files that changed and
 * hands back the very same objects for the others — which lets the later stages recognise them at once.
 * Problems are replayed on a hit, so warnings never vanish because a file came from memory.
 */
public final class ReadMemo<T> {

  private record Entry<T>(FileStamp stamp, T value, List<Problem> problems) {
  }

  private final Map<Path, Entry<T>> entries = new ConcurrentHashMap<>();

  /** The value for {@code file}: remembered when its stamp did not change, read with {@code read} otherwise. */
  public T get(Path file, Problems problems, Function<Problems, T> read) {
    return get(file, null, problems, read);
  }

  /**
   * As {@link #get(Path, Problems, Function)}, with the file's attributes when the caller has just read them
   * (null otherwise): a rebuild then looks at each unchanged file once.
   */
  public T get(Path file, BasicFileAttributes attributes, Problems problems, Function<Problems, T> read) {
    Optional<FileStamp> stamp = attributes != null ? Optional.of(FileStamp.of(attributes)) : FileStamp.of(file);
    Entry<T> known = entries.get(file);
    if (known != null && stamp.isPresent() && known.stamp().equals(stamp.get())) {
      problems.addAll(known.problems());
      return known.value();
    }
    Problems local = new Problems();
    T value = read.apply(local);
    List<Problem> found = local.sorted();
    problems.addAll(found);
    // A file that changed while it was read gets a new stamp, so the next build reads it again.
    if (stamp.isPresent() && stamp.equals(FileStamp.of(file)) && !local.hasErrors()) {
      entries.put(file, new Entry<>(stamp.get(), value, found));
    } else {
      entries.remove(file);
    }
    return value;
  }

  /** Forgets the files that are not in {@code present} (deleted or renamed since). */
  public void retain(java.util.Set<Path> present) {
    entries.keySet().retainAll(present);
  }
}
