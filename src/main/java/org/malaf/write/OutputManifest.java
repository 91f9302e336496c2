package org.malaf.write;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a write left in the output folder: the SHA-256 of every file by its '/'-separated path, and the
 * folder's identity (its inode where the system has one), so an update can tell that someone replaced
 * the folder in the meantime and must write it whole.
 */
public record OutputManifest(String folderId, Map<String, String> files) {

  public OutputManifest {
    Objects.requireNonNull(folderId, "folderId");
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /** The paths whose content differs between {@code before} (may be null) and this manifest, removed ones included. */
  public java.util.Set<String> changedSince(OutputManifest before) {
    java.util.Set<String> changed = new java.util.TreeSet<>();
    Map<String, String> old = before == null ? Map.of() : before.files();
    files.forEach((path, sha) -> {
      if (!sha.equals(old.get(path))) {
        changed.add(path);
      }
    });
    old.keySet().stream().filter(p -> !files.containsKey(p)).forEach(changed::add);
    return changed;
  }
}
