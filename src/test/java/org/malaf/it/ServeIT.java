package org.malaf.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.Pipeline;
import org.malaf.cache.BuildCache;
import org.malaf.serve.DevServer;
import org.malaf.write.FileTrees;

/**
 * {@code malaf serve} end to end, on a copy of the bundled seeds: the server on a free port of 127.0.0.1,
 * a tab's event stream, edits saved to the copy, and what comes back over HTTP.
 */
class ServeIT {

  /** Generous for a loaded CI machine; the measured times are printed. */
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String SCRIPT = "/__malaf/livereload.js";

  /** One Server-Sent Event. */
  record Event(String name, String data) {
  }

  @TempDir
  Path tmp;

  private Path project;
  private DevServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Stream<String>> streams = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    project = tmp.resolve("project");
    for (String folder : List.of("seeds", "templates", "static")) {
      FileTrees.copy(Path.of(folder), project.resolve(folder));
    }
    Pipeline.Options options = new Pipeline.Options(project.resolve("seeds"), project.resolve("site"),
        project.resolve("templates"), project.resolve("static"), null);
    server = DevServer.start(options, BuildCache.inMemory(), 0, new DevServer.Listener() { });
  }

  @AfterEach
  void stop() {
    streams.forEach(Stream::close);
    server.close();
  }

  @Test
  void editingAnActorDescriptionRebuildsItsPageAndReloadsTheTab() throws Exception {
    HttpResponse<String> page = get("/actors/haftar.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"" + SCRIPT + "\"></script></body>").doesNotContain("MARKER-7");
    assertThat(Files.readString(project.resolve("site/actors/haftar.html"))).doesNotContain(SCRIPT);
    BlockingQueue<Event> events = subscribe();

    long start = System.nanoTime();
    replaceIn(project.resolve("seeds/actors.yaml"), "عسكري ليبي", "عسكري ليبي MARKER-7");
    long seenAfter = awaitPage("/actors/haftar.html", "MARKER-7", start);
    Event reload = await(events, "reload");
    long reloadAfter = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("ServeIT: actor edit served after %d ms, reload event after %d ms%n", seenAfter, reloadAfter);

    assertThat(reload.data()).contains("actors/haftar.html").doesNotContain("index.html");
    assertThat(Files.readString(project.resolve("site/actors/haftar.html"))).contains("MARKER-7").doesNotContain(SCRIPT);
  }

  @Test
  void aTemplateErrorShowsTheOverlayAndFixingItRecovers() throws Exception {
    BlockingQueue<Event> events = subscribe();
    Path template = project.resolve("templates/actor.html");
    String good = Files.readString(template);
    assertThat(good.lines().toList().get(5)).startsWith("<main");
    Files.writeString(template, good.replace("<main id=\"main\"", "<p th:text=\"${page.nope(}\">x</p><main id=\"main\""));

    Event problems = await(events, "problems");
    assertThat(problems.data()).contains("templates/actor.html:6:").contains("template error").contains("\"error\"");
    // The last good build is still served.
    assertThat(get("/actors/haftar.html").body()).contains("<main id=\"main\"").doesNotContain("nope");
    // A tab opened now gets the errors at once.
    assertThat(await(subscribe(), "problems").data()).contains("templates/actor.html:6:");

    Files.writeString(template, good);
    await(events, "ok");
    assertThat(get("/actors/haftar.html").statusCode()).isEqualTo(200);
  }

  @Test
  void aYamlErrorShowsItsFileLineAndColumnEscapedAsData() throws Exception {
    BlockingQueue<Event> events = subscribe();
    Path actors = project.resolve("seeds/actors.yaml");
    String good = Files.readString(actors);
    Files.writeString(actors, good + "\n  - id: \"<script>alert(1)</script>\n");

    Event problems = await(events, "problems");
    assertThat(problems.data()).contains("seeds/actors.yaml:").contains("YAML");
    assertThat(problems.data()).doesNotContain("\n");

    Files.writeString(actors, good);
    await(events, "ok");
  }

  @Test
  void refusesOtherHostsAndPathsOutsideTheSite() throws IOException {
    assertThat(rawStatus("GET / HTTP/1.1\r\nHost: evil.example\r\n")).isEqualTo(403);
    assertThat(rawStatus("GET /../../../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n"))
        .isEqualTo(404);
    assertThat(rawStatus("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n"))
        .isEqualTo(404);
    assertThat(rawStatus("GET /.malaf-site HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n")).isEqualTo(404);
    assertThat(rawStatus("GET /index.html HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n")).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(server.url().resolve(path)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private long awaitPage(String path, String text, long start) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (get(path).body().contains(text)) {
        return (System.nanoTime() - start) / 1_000_000;
      }
      Thread.sleep(20);
    }
    throw new AssertionError(path + " did not show '" + text + "' within " + WAIT);
  }

  /** Opens a tab's event stream; events arrive in the returned queue. */
  private BlockingQueue<Event> subscribe() throws Exception {
    BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/__malaf/events")).build();
    Stream<String> lines = http.send(request, HttpResponse.BodyHandlers.ofLines()).body();
    streams.add(lines);
    Thread reader = new Thread(() -> {
      String name = "message";
      StringBuilder data = new StringBuilder();
      try {
        for (String line : (Iterable<String>) lines::iterator) {
          if (line.startsWith("event: ")) {
            name = line.substring(7);
          } else if (line.startsWith("data: ")) {
            data.append(line.substring(6));
          } else if (line.isEmpty() && data.length() > 0) {
            events.add(new Event(name, data.toString()));
            name = "message";
            data.setLength(0);
          }
        }
      } catch (RuntimeException closed) {
        // the stream ends with the test
      }
    }, "sse-reader");
    reader.setDaemon(true);
    reader.start();
    return events;
  }

  private static Event await(BlockingQueue<Event> events, String name) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<Event> skipped = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      Event e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e != null && e.name().equals(name)) {
        return e;
      }
      if (e != null) {
        skipped.add(e);
      }
    }
    throw new AssertionError("no '" + name + "' event within " + WAIT + "; got " + skipped);
  }

  private int rawStatus(String requestHead) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write((requestHead + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  private static void replaceIn(Path file, String find, String replace) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(find);
    Files.writeString(file, text.replaceFirst(find, replace));
  }
}
