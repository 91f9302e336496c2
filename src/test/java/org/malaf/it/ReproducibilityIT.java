package org.malaf.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two builds of the same input are byte-identical: with one thread and with all cores, from different working
 * folders (one with a space and Arabic in its path, its files copied in the opposite order so that directory
 * listings differ), and across time zones and locales. Each build is a separate {@code java} process running
 * {@code org.malaf.Malaf build}, so TZ, LANG and the JVM's defaults really differ.
 */
class ReproducibilityIT {

  /** One build: a name for messages, its working folder, JVM options and environment. */
  private record Run(String name, String folder, List<String> jvmOptions, Map<String, String> env) {
  }

  private static final List<Run> RUNS = List.of(
      new Run("1 thread, TZ=Pacific/Kiritimati (UTC+14), LANG=fr_FR.UTF-8", "a",
          List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=1", "-Duser.timezone=Pacific/Kiritimati",
              "-Duser.language=fr", "-Duser.country=FR"),
          Map.of("TZ", "Pacific/Kiritimati", "LANG", "fr_FR.UTF-8")),
      new Run("all cores, TZ=UTC, LANG=C.UTF-8, in a folder with a space and Arabic", "b c/ملف مؤقت",
          List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US"),
          Map.of("TZ", "UTC", "LANG", "C.UTF-8")),
      new Run("8 threads, TZ=America/St_Johns (UTC-3:30), LANG=tr_TR.UTF-8 (dotless i)", "c",
          List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=8", "-Duser.timezone=America/St_Johns",
              "-Duser.language=tr", "-Duser.country=TR"),
          Map.of("TZ", "America/St_Johns", "LANG", "tr_TR.UTF-8")),
      new Run("3 threads, TZ=Asia/Riyadh, LANG=ar_SA.UTF-8 (Arabic-Indic digits by default)", "d",
          List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=3", "-Duser.timezone=Asia/Riyadh",
              "-Duser.language=ar", "-Duser.country=SA"),
          Map.of("TZ", "Asia/Riyadh", "LANG", "ar_SA.UTF-8")));

  private static final List<String> INPUTS = List.of("seeds", "templates", "static");

  @Test
  void buildsAreByteIdenticalWhateverTheThreadsFolderTimeZoneAndLocale() throws Exception {
    Path tmp = Files.createTempDirectory("malaf-repro");
    List<Path> sites = new ArrayList<>();
    List<Process> processes = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < RUNS.size(); i++) {
      Path work = copyInputs(tmp.resolve(RUNS.get(i).folder()), i % 2 == 1);
      sites.add(work.resolve("site"));
      logs.add(tmp.resolve("build-" + i + ".log"));
      processes.add(start(RUNS.get(i), work, logs.get(i)));
    }
    List<Boolean> done = new ArrayList<>();
    for (Process p : processes) { // wait for all before judging any, so that no build outlives the test
      done.add(p.waitFor(240, TimeUnit.SECONDS));
      if (!done.get(done.size() - 1)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    for (int i = 0; i < RUNS.size(); i++) {
      Process p = processes.get(i);
      boolean finished = done.get(i);
      assertThat(finished && p.exitValue() == 0)
          .as("build \"%s\" %s; its output:%n%s", RUNS.get(i).name(),
              finished ? "exited with " + p.exitValue() : "did not finish in 240 s", Files.readString(logs.get(i)))
          .isTrue();
      String log = Files.readString(logs.get(i));
      String language = RUNS.get(i).jvmOptions().stream().filter(o -> o.startsWith("-Duser.language="))
          .findFirst().orElseThrow().substring("-Duser.language=".length());
      assertThat(log).as("settings of build \"%s\"", RUNS.get(i).name()).contains("user.language = " + language);
      System.out.printf("ReproducibilityIT: build \"%s\": %s%n", RUNS.get(i).name(),
          log.lines().filter(l -> l.contains("file.encoding =") || l.contains("sun.jnu.encoding ="))
              .map(String::strip).toList());
    }
    System.out.printf("ReproducibilityIT: %d builds in separate JVMs in %d ms%n", RUNS.size(),
        (System.nanoTime() - start) / 1_000_000);

    Map<String, byte[]> reference = read(sites.get(0));
    assertThat(reference).as("files in the first build").containsKey("index.html").hasSizeGreaterThan(10);
    List<String> differences = new ArrayList<>();
    for (int i = 1; i < RUNS.size(); i++) {
      differences.addAll(compare(RUNS.get(0).name(), reference, RUNS.get(i).name(), read(sites.get(i))));
    }
    differences.addAll(compare(RUNS.get(0).name(), reference, "in-process build (BuiltSite)", read(BuiltSite.get())));
    assertThat(differences).as("differences between builds of the same input (the builds are kept in %s)", tmp)
        .isEmpty();
    deleteQuietly(tmp);
  }

  /** Copies seeds, templates and static into a new working folder, in name order or in reverse name order. */
  private static Path copyInputs(Path work, boolean reverse) throws IOException {
    Path project = Path.of("").toAbsolutePath();
    for (String input : INPUTS) {
      Path from = project.resolve(input);
      List<Path> all;
      try (Stream<Path> walk = Files.walk(from)) {
        all = walk.sorted().toList();
      }
      for (Path dir : all.stream().filter(Files::isDirectory).toList()) {
        Files.createDirectories(work.resolve(input).resolve(from.relativize(dir).toString()));
      }
      List<Path> files = new ArrayList<>(all.stream().filter(Files::isRegularFile).toList());
      if (reverse) {
        files.sort(Comparator.reverseOrder());
      }
      for (Path file : files) {
        Files.copy(file, work.resolve(input).resolve(from.relativize(file).toString()));
      }
    }
    return work;
  }

  private static Process start(Run run, Path work, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XshowSettings:properties"); // the log then shows the locale and encodings the build really had
    // C1 only: a 2-second build spends most of its CPU in the C2 compiler (5.6 s → 1.8 s of CPU per build here).
    // JIT tiers cannot change what the program writes; the in-process build (BuiltSite) runs fully tiered.
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(run.jvmOptions());
    command.addAll(List.of("-cp", classpath(), "org.malaf.Malaf", "build", "--seeds", "seeds", "--templates",
        "templates", "--static", "static", "--out", "site"));
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANGUAGE"));
    env.putAll(run.env());
    return pb.start();
  }

  /** The test JVM's class path (failsafe sets java.class.path to it) minus the test classes. */
  private static String classpath() {
    String cp = System.getProperty("java.class.path");
    List<String> entries = new ArrayList<>();
    for (String entry : cp.split(File.pathSeparator)) {
      if (!entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator)) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** Every file under {@code root} by its relative path, written with '/' whatever the platform. */
  private static Map<String, byte[]> read(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static List<String> compare(String nameA, Map<String, byte[]> a, String nameB, Map<String, byte[]> b) {
    List<String> out = new ArrayList<>();
    TreeSet<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    int differing = 0;
    for (String file : all) {
      String problem = null;
      if (!b.containsKey(file)) {
        problem = file + " is only in the build \"" + nameA + "\", not in \"" + nameB + "\"";
      } else if (!a.containsKey(file)) {
        problem = file + " is only in the build \"" + nameB + "\", not in \"" + nameA + "\"";
      } else if (!java.util.Arrays.equals(a.get(file), b.get(file))) {
        problem = file + " differs between \"" + nameA + "\" and \"" + nameB + "\": "
            + firstDifference(a.get(file), b.get(file));
      }
      if (problem != null && ++differing <= 5) {
        out.add(problem);
      }
    }
    if (differing > 5) {
      out.add("… and " + (differing - 5) + " more files differ between \"" + nameA + "\" and \"" + nameB + "\"");
    }
    return out;
  }

  /** The first line that differs, both versions, shortened around the first differing character. */
  private static String firstDifference(byte[] a, byte[] b) {
    String[] la = new String(a, StandardCharsets.UTF_8).split("\n", -1);
    String[] lb = new String(b, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.max(la.length, lb.length); i++) {
      String x = i < la.length ? la[i] : "<end of file>";
      String y = i < lb.length ? lb[i] : "<end of file>";
      if (!x.equals(y)) {
        int c = 0;
        while (c < Math.min(x.length(), y.length()) && x.charAt(c) == y.charAt(c)) {
          c++;
        }
        int from = Math.max(0, c - 60);
        return "line " + (i + 1) + "\n    first:  …" + x.substring(from, Math.min(x.length(), c + 100))
            + "\n    second: …" + y.substring(from, Math.min(y.length(), c + 100));
      }
    }
    return a.length + " vs " + b.length + " bytes";
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
