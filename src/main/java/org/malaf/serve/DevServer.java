package org.malaf.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.malaf.Pipeline;
import org.malaf.cache.BuildCache;
import org.malaf.diag.Problem;

/**
 * {@code malaf serve}: builds the site, serves the output folder on 127.0.0.1 only (the JDK's HTTP server;
 * requests from other hosts or with another {@code Host} header are refused, which also defeats DNS
 * rebinding), watches the seeds, templates and static folders, rebuilds what changed and reloads the open
 * tabs over Server-Sent Events; a failed build shows its errors over the page.
 */
public final class DevServer implements AutoCloseable {

  /** Where the injected script is served; nothing in a site can live under {@code /__malaf/}. */
  static final String SCRIPT_PATH = "/__malaf/livereload.js";
  static final String EVENTS_PATH = "/__malaf/events";
  /** Quiet time after the last file event before rebuilding. */
  static final Duration DEBOUNCE = Duration.ofMillis(150);

  /** Hears what the server does, for the terminal (the command) or a test. */
  public interface Listener {

    default void rebuilding(Set<Path> changed) {
    }

    default void built(Pipeline.BuildResult result, Set<String> rewritten, List<Problem> warnings) {
    }

    default void failed(List<Problem> problems) {
    }
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final LiveReload live;
  private final ChangeWatcher watcher;
  private final List<Path> watched;

  private DevServer(HttpServer server, ExecutorService threads, LiveReload live, ChangeWatcher watcher,
      List<Path> watched) {
    this.server = server;
    this.threads = threads;
    this.live = live;
    this.watcher = watcher;
    this.watched = watched;
  }

  /**
   * Binds 127.0.0.1:{@code port} (0 picks a free port), runs the first build, starts serving and watching.
   * Throws {@link java.net.BindException} when the port is taken; a failed first build still serves, with
   * the overlay, so the editor can fix the input and watch it recover.
   */
  public static DevServer start(Pipeline.Options options, BuildCache cache, int port, Listener listener)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    ExecutorService threads = Executors.newCachedThreadPool(daemonThreads("malaf-http"));
    LiveReload live = new LiveReload();
    ServeSession session = new ServeSession(new Pipeline(cache, Pipeline.Progress.NONE), options, live, listener);
    ChangeWatcher watcher = new ChangeWatcher(List.of(options.seeds(), options.templates(), options.staticDir()),
        DEBOUNCE, session::rebuild);
    try {
      // Watch before the first build, so a save during it is not missed (rebuilds run one at a time).
      List<Path> watched = watcher.start();
      session.rebuild(Set.of());
      int bound = server.getAddress().getPort();
      Filter guard = new LocalOnly(bound);
      server.createContext("/", new StaticFiles(options.out())).getFilters().add(guard);
      server.createContext(EVENTS_PATH, live).getFilters().add(guard);
      server.createContext(SCRIPT_PATH, DevServer::script).getFilters().add(guard);
      server.setExecutor(threads);
      server.start();
      return new DevServer(server, threads, live, watcher, watched);
    } catch (IOException | RuntimeException e) {
      watcher.close();
      server.stop(0);
      threads.shutdownNow();
      throw e;
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The address to open in a browser. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  /** The folders being watched (those that exist). */
  public List<Path> watched() {
    return watched;
  }

  /** Stops watching, ends the tabs' event streams and stops the server; the site stays on disk. */
  @Override
  public void close() {
    watcher.close();
    live.close();
    server.stop(0);
    threads.shutdownNow();
  }

  /** Threads that never keep the JVM alive, so Ctrl-C ends the process at once. */
  static ThreadFactory daemonThreads(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static void script(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = DevServer.class.getResourceAsStream("livereload.js")) {
      if (in == null) {
        throw new IllegalStateException("livereload.js is missing from the jar");
      }
      byte[] body = in.readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Refuses requests that are not from this machine or that name another host (DNS rebinding). */
  private static final class LocalOnly extends Filter {

    private final Set<String> hosts;

    LocalOnly(int port) {
      this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port, "127.0.0.1", "localhost");
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
      String host = exchange.getRequestHeaders().getFirst("Host");
      boolean local = exchange.getRemoteAddress().getAddress().isLoopbackAddress();
      if (!local || host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
        try (exchange) {
          exchange.sendResponseHeaders(403, -1);
        }
        return;
      }
      chain.doFilter(exchange);
    }

    @Override
    public String description() {
      return "only this machine, addressed as 127.0.0.1 or localhost";
    }
  }
}
