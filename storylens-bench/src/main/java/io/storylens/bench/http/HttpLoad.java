// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.model.json.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop load: read requests are started on a fixed schedule whether or not earlier ones have
 * answered (so a slow server shows up as latency, not as a lower rate), and latency is measured
 * from the scheduled start. Hand-written because wrk and friends are not Maven artifacts and the
 * benchmark must also check that every ingested article can be read back.
 */
public final class HttpLoad {
  /**
   * @param base server base URL; must be a loopback address
   * @param token bearer token for ingests
   * @param rate read requests per second
   * @param duration how long to send
   * @param ingestEvery pause between two ingest requests (sent one at a time, concurrently with
   *     reads)
   */
  public record Options(URI base, String token, int rate, Duration duration, Duration ingestEvery) {
    public Options {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(token, "token");
      if (rate < 1 || rate > 5000) {
        throw new StorylensException(ErrorCode.INVALID_INPUT, "rate must be in [1, 5000]: " + rate);
      }
      if (duration.isNegative() || duration.isZero() || duration.toMinutes() > 30) {
        throw new StorylensException(
            ErrorCode.INVALID_INPUT, "duration must be in (0, 30 min]: " + duration);
      }
      if (ingestEvery.toMillis() < 10) {
        throw new StorylensException(
            ErrorCode.INVALID_INPUT, "ingest interval must be at least 10 ms");
      }
    }
  }

  /**
   * Latency figures of one kind of request, in milliseconds: {@code p50}, {@code p99}, {@code max}
   * from the scheduled send to the whole answer; {@code serverP50}, {@code serverP99} inside the
   * server (its Server-Timing header), without network, client and queueing time.
   */
  public record Stats(
      String name,
      int count,
      int errors,
      double p50,
      double p99,
      double max,
      double serverP50,
      double serverP99) {}

  /** What one run measured. */
  public record Result(
      List<Stats> reads,
      Stats allReads,
      Stats ingests,
      int ingestedArticles,
      int lostIngests,
      double achievedRate,
      Map<String, Integer> failures) {}

  /** One kind of read request: a name and the paths it cycles through. */
  public record Target(String name, int weight, List<String> paths) {
    public Target {
      paths = List.copyOf(paths);
      if (paths.isEmpty() || weight < 1) {
        throw new IllegalArgumentException("target " + name + " needs paths and a weight >= 1");
      }
    }
  }

  private final Options options;
  private final HttpClient client;

  /** Most read requests in flight at once. */
  static final int MAX_CONNECTIONS = 64;

  private final Semaphore permits = new Semaphore(MAX_CONNECTIONS);
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  public HttpLoad(Options options) {
    this.options = options;
    requireLoopback(options.base());
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .executor(Executors.newFixedThreadPool(8, daemon("bench-http")))
            .build();
  }

  /** The read mix for what the server holds (asks the server for ids). */
  public List<Target> discoverTargets() {
    List<Target> targets = new ArrayList<>();
    List<String> stories = ids(get("/api/storylines?limit=500"));
    stories.addAll(ids(get("/api/events?limit=500")));
    List<String> articles = ids(get("/api/articles?limit=500"));
    if (articles.isEmpty()) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "the server holds no articles");
    }
    if (!stories.isEmpty()) {
      targets.add(new Target("dossier", 30, prefixed("/api/dossiers/", stories, "")));
      targets.add(new Target("timeline", 5, prefixed("/api/dossiers/", stories, "/timeline")));
      targets.add(new Target("quotes", 5, prefixed("/api/dossiers/", stories, "/quotes")));
      targets.add(new Target("graph", 5, prefixed("/api/dossiers/", stories, "/graph")));
    }
    // A baseline: the cheapest answer, to tell server work from HTTP and machine overhead.
    targets.add(new Target("health", 5, List.of("/api/health")));
    targets.add(new Target("storylines", 15, List.of("/api/storylines", "/api/events?limit=20")));
    targets.add(new Target("article", 20, prefixed("/api/articles/", articles, "")));
    targets.add(
        new Target("articles", 5, List.of("/api/articles?limit=50", "/api/articles?offset=50")));
    targets.add(
        new Target(
            "search",
            10,
            List.of(
                "/api/search?q=" + enc("Russia Ukraine"),
                "/api/search?q=" + enc("talks"),
                "/api/search?q=" + enc("president said"))));
    return targets;
  }

  /** Runs the load; blocks for about the configured duration. */
  public Result run(List<Target> targets) {
    List<String> schedule = schedule(targets);
    Map<String, ConcurrentLinkedQueue<long[]>> samples = new LinkedHashMap<>();
    targets.forEach(t -> samples.put(t.name(), new ConcurrentLinkedQueue<>()));
    Map<String, String> nameOf = new LinkedHashMap<>();
    for (Target t : targets) {
      t.paths().forEach(p -> nameOf.putIfAbsent(p, t.name()));
    }
    long periodNanos = 1_000_000_000L / options.rate();
    long total = options.duration().toNanos() / periodNanos;
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(daemon("bench-ticker"));
    List<CompletableFuture<?>> inflight = new ArrayList<>();
    AtomicLong sent = new AtomicLong();
    IngestLoop ingest = new IngestLoop(this, options.ingestEvery());
    Thread ingestThread = new Thread(ingest, "bench-ingest");
    long start = System.nanoTime();
    ingestThread.start();
    ticker.scheduleAtFixedRate(
        () -> {
          long i = sent.getAndIncrement();
          if (i >= total) {
            return;
          }
          String path = schedule.get((int) (i % schedule.size()));
          long planned = start + i * periodNanos;
          // At most MAX_CONNECTIONS requests in flight, like a load tool with a fixed connection
          // pool: a stalled server then shows as latency (counted from the planned send), not as
          // thousands of new connections the accept queue refuses.
          permits.acquireUninterruptibly();
          HttpRequest req = HttpRequest.newBuilder(options.base().resolve(path)).GET().build();
          CompletableFuture<?> f =
              client
                  .sendAsync(req, HttpResponse.BodyHandlers.ofByteArray())
                  .handle(
                      (resp, err) -> {
                        permits.release();
                        long ok = err == null && resp.statusCode() == 200 ? 1 : 0;
                        if (ok == 0) {
                          failures.merge(describe(resp, err), 1, Integer::sum);
                        }
                        long server = err == null ? serverNanos(resp) : -1;
                        samples
                            .get(nameOf.get(path))
                            .add(new long[] {System.nanoTime() - planned, ok, server});
                        return null;
                      });
          synchronized (inflight) {
            inflight.add(f);
          }
        },
        0,
        periodNanos,
        TimeUnit.NANOSECONDS);
    try {
      while (sent.get() < total) {
        Thread.sleep(50);
      }
      ticker.shutdown();
      ticker.awaitTermination(10, TimeUnit.SECONDS);
      double elapsed = (System.nanoTime() - start) / 1e9;
      synchronized (inflight) {
        CompletableFuture.allOf(inflight.toArray(CompletableFuture[]::new))
            .get(60, TimeUnit.SECONDS);
      }
      ingest.stop();
      ingestThread.join(120_000);
      List<Stats> reads = new ArrayList<>();
      List<long[]> all = new ArrayList<>();
      samples.forEach(
          (name, q) -> {
            reads.add(stats(name, new ArrayList<>(q)));
            all.addAll(q);
          });
      int lost = ingest.verify();
      return new Result(
          reads,
          stats("all reads", all),
          stats("ingest", new ArrayList<>(ingest.samples)),
          ingest.ids.size(),
          lost,
          total / elapsed,
          new TreeMap<>(failures));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorylensException(ErrorCode.INTERNAL, "benchmark interrupted");
    } catch (ExecutionException | TimeoutException e) {
      throw new StorylensException(ErrorCode.INTERNAL, "requests did not finish: " + e);
    } finally {
      ticker.shutdownNow();
    }
  }

  /** A deterministic interleaving of the targets by weight (no randomness: runs are comparable). */
  static List<String> schedule(List<Target> targets) {
    List<String> out = new ArrayList<>();
    int[] next = new int[targets.size()];
    int rounds = 50;
    for (int r = 0; r < rounds; r++) {
      for (int t = 0; t < targets.size(); t++) {
        Target target = targets.get(t);
        for (int w = 0; w < target.weight(); w++) {
          out.add(target.paths().get(next[t]++ % target.paths().size()));
        }
      }
    }
    // Spread each target over the cycle instead of sending bursts of the same kind.
    List<String> spread = new ArrayList<>(out.size());
    int stride = 7;
    boolean[] used = new boolean[out.size()];
    for (int i = 0, pos = 0; i < out.size(); i++) {
      while (used[pos]) {
        pos = (pos + 1) % out.size();
      }
      used[pos] = true;
      spread.add(out.get(pos));
      pos = (pos + stride * 13) % out.size();
    }
    return spread;
  }

  static Stats stats(String name, List<long[]> samples) {
    long[] ns = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
    long[] server =
        samples.stream()
            .filter(s -> s.length > 2 && s[2] >= 0)
            .mapToLong(s -> s[2])
            .sorted()
            .toArray();
    int errors = (int) samples.stream().filter(s -> s[1] == 0).count();
    return new Stats(
        name,
        ns.length,
        errors,
        pct(ns, 0.50),
        pct(ns, 0.99),
        ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6,
        pct(server, 0.50),
        pct(server, 0.99));
  }

  /** Why a request failed, for the error breakdown: the status, or the exception's type. */
  static String describe(HttpResponse<?> resp, Throwable err) {
    if (err == null) {
      return "HTTP " + resp.statusCode();
    }
    Throwable root =
        err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  /** The server's own time from its {@code Server-Timing: app;dur=MS} header, or -1. */
  static long serverNanos(HttpResponse<?> r) {
    return r.headers()
        .firstValue("Server-Timing")
        .map(v -> v.replaceFirst("^.*dur=", ""))
        .map(
            v -> {
              try {
                return (long) (Double.parseDouble(v) * 1e6);
              } catch (NumberFormatException e) {
                return -1L;
              }
            })
        .orElse(-1L);
  }

  /** Nearest-rank percentile in milliseconds. */
  static double pct(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
  }

  /** GETs {@code path} and parses the JSON; fails unless the status is 200. */
  public JsonNode get(String path) {
    try {
      HttpResponse<byte[]> r =
          client.send(
              HttpRequest.newBuilder(options.base().resolve(path)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new StorylensException(ErrorCode.INTERNAL, "GET " + path + " -> " + r.statusCode());
      }
      return Json.mapper().readTree(r.body());
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INTERNAL, "GET " + path + " failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorylensException(ErrorCode.INTERNAL, "interrupted");
    }
  }

  HttpResponse<byte[]> post(String path, String json) throws IOException, InterruptedException {
    return post(path, json, "application/json");
  }

  /** Posts {@code body} with the bearer token. */
  public HttpResponse<byte[]> post(String path, String body, String contentType)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(options.base().resolve(path))
            .header("Authorization", "Bearer " + options.token())
            .header("Content-Type", contentType)
            .timeout(Duration.ofMinutes(2))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.path("items").forEach(n -> out.add(n.path("id").asText()));
    return out;
  }

  private static List<String> prefixed(String prefix, List<String> ids, String suffix) {
    return ids.stream().map(id -> prefix + enc(id) + suffix).toList();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static void requireLoopback(URI base) {
    try {
      InetAddress[] all = InetAddress.getAllByName(base.getHost());
      if (Arrays.stream(all).anyMatch(a -> !a.isLoopbackAddress())) {
        throw new StorylensException(
            ErrorCode.INVALID_INPUT, "the load benchmark only targets loopback, not " + base);
      }
    } catch (java.net.UnknownHostException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot resolve " + base.getHost());
    }
  }

  static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
