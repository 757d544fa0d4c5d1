// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench.http;

import io.storylens.bench.BenchArgs;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.model.json.Json;
import io.storylens.server.Library;
import io.storylens.server.ServerConfig;
import io.storylens.server.StorylensServer;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * HTTP load benchmark: starts a server on loopback over a fresh temporary store, loads a corpus
 * through the API, runs {@link HttpLoad}, and prints the figures; the last line is a JSON object.
 *
 * <pre>
 * java -cp storylens-bench/target/benchmarks.jar io.storylens.bench.http.HttpBench \
 *     [--rate 200] [--seconds 60] [--ingest-every-ms 250] [FILE...]
 * </pre>
 *
 * <p>Without files it loads {@code examples/seeds} and {@code ../shared/data/news-clusters} from
 * the working directory. Exit code 0 when every read and ingest succeeded and no ingested article
 * was lost, 3 otherwise, 2 for a usage error.
 */
public final class HttpBench {
  private HttpBench() {}

  @Command(name = "HttpBench")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Option(names = "--rate", description = "Reads per second (default: 200).")
    int rate = 200;

    @Option(names = "--seconds", description = "Length of the run (default: 60).")
    int seconds = 60;

    @Option(names = "--ingest-every-ms", description = "Interval between ingests (default: 250).")
    int ingestEveryMs = 250;

    @Parameters(
        arity = "0..*",
        description = "Corpus files (default: the seeds and news-clusters).")
    List<Path> files = new ArrayList<>();
  }

  /** Runs the benchmark with command-line options and exits with its code. */
  public static void main(String[] args) throws IOException {
    Args a = BenchArgs.parse(new Args(), args);
    int rate = a.rate;
    int seconds = a.seconds;
    int ingestEveryMs = a.ingestEveryMs;
    List<Path> files = a.files;
    PrintStream out = System.out;
    List<Path> corpus =
        files.isEmpty() ? defaultCorpus(Path.of(System.getProperty("user.dir"))) : files;
    HttpLoad.Result r =
        run(corpus, rate, Duration.ofSeconds(seconds), Duration.ofMillis(ingestEveryMs), out);
    report(r, out);
    out.flush();
    System.exit(succeeded(r) ? 0 : 3);
  }

  /** Whether every read and ingest succeeded and every ingested article can be read back. */
  static boolean succeeded(HttpLoad.Result r) {
    return r.allReads().errors() == 0 && r.ingests().errors() == 0 && r.lostIngests() == 0;
  }

  /** Prints the table of latencies, the failures and, as the last line, the figures as JSON. */
  static void report(HttpLoad.Result r, PrintStream out) throws IOException {
    out.printf(
        Locale.ROOT,
        "%-12s %7s %7s %9s %9s %9s%n",
        "request",
        "count",
        "errors",
        "p50 ms",
        "p99 ms",
        "max ms");
    for (HttpLoad.Stats s : r.reads()) {
      print(out, s);
    }
    print(out, r.allReads());
    print(out, r.ingests());
    out.printf(
        Locale.ROOT,
        "achieved %.1f reads/s; %d articles ingested during the run, %d lost%n",
        r.achievedRate(),
        r.ingestedArticles(),
        r.lostIngests());
    r.failures().forEach((why, n) -> out.printf(Locale.ROOT, "failed: %d x %s%n", n, why));
    Map<String, Object> figures = new LinkedHashMap<>();
    for (HttpLoad.Stats s : r.reads()) {
      figures.put(s.name() + "_p50_ms", round(s.p50()));
      figures.put(s.name() + "_p99_ms", round(s.p99()));
      figures.put(s.name() + "_server_p99_ms", round(s.serverP99()));
    }
    figures.put("reads", r.allReads().count());
    figures.put("read_errors", r.allReads().errors());
    figures.put("reads_p50_ms", round(r.allReads().p50()));
    figures.put("reads_p99_ms", round(r.allReads().p99()));
    figures.put("ingests", r.ingests().count());
    figures.put("ingest_errors", r.ingests().errors());
    figures.put("ingest_p50_ms", round(r.ingests().p50()));
    figures.put("ingest_p99_ms", round(r.ingests().p99()));
    figures.put("ingest_server_p99_ms", round(r.ingests().serverP99()));
    figures.put("load_average_1m", round(loadAverage()));
    figures.put("lost_ingests", r.lostIngests());
    figures.put("achieved_rate", round(r.achievedRate()));
    out.println(Json.mapper().writeValueAsString(figures));
  }

  private static void print(PrintStream out, HttpLoad.Stats s) {
    out.printf(
        Locale.ROOT,
        "%-12s %7d %7d %9.2f %9.2f %9.2f%n",
        s.name(),
        s.count(),
        s.errors(),
        s.p50(),
        s.p99(),
        s.max());
  }

  /** The machine's 1-minute load average, to read the latencies against (-1 if unknown). */
  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /**
   * Runs the benchmark.
   *
   * @param corpus files to ingest first (seeds, JSON Lines), each posted as one raw body
   */
  public static HttpLoad.Result run(
      List<Path> corpus, int rate, Duration duration, Duration ingestEvery, PrintStream out) {
    Path dir;
    try {
      dir = Files.createTempDirectory("storylens-bench-http");
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INTERNAL, "cannot create a temp dir: " + e);
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    try (Database db = Database.open(dir.resolve("bench.db"));
        Library library =
            new Library(
                new SqliteArticleStore(db),
                BenchGrouping.wrap(Analyzer.builder().build().incremental()::analyze),
                IngestOptions.defaults());
        StorylensServer server = StorylensServer.start(ServerConfig.loopback(token), library)) {
      library.refresh();
      HttpLoad load =
          new HttpLoad(
              new HttpLoad.Options(
                  URI.create(server.baseUrl()), token, rate, duration, ingestEvery));
      for (Path p : corpus) {
        List<String> bodies = chunks(p);
        for (int i = 0; i < bodies.size(); i++) {
          String name = p.getFileName() + (bodies.size() > 1 ? "-" + i : "");
          var r = load.post("/api/articles?name=" + name, bodies.get(i), "text/plain");
          if (r.statusCode() >= 300) {
            throw new StorylensException(
                ErrorCode.INVALID_INPUT, "loading " + p + " failed: HTTP " + r.statusCode());
          }
        }
      }
      var health = load.get("/api/health");
      boolean synthetic =
          load.get("/api/storylines?limit=1")
              .path("items")
              .path(0)
              .path("id")
              .asText()
              .startsWith("bench-s");
      out.printf(
          Locale.ROOT,
          "corpus: %d articles, %d storylines, %d events%s%n",
          health.path("articles").asInt(),
          health.path("storylines").asInt(),
          health.path("events").asInt(),
          synthetic
              ? " (grouped by the data's event_id: the pipeline produced no storylines)"
              : "");
      List<HttpLoad.Target> targets = load.discoverTargets();
      out.printf(
          Locale.ROOT,
          "load: %d reads/s for %d s, one ingest every %d ms, loopback %s%n",
          rate,
          duration.toSeconds(),
          ingestEvery.toMillis(),
          server.baseUrl());
      return load.run(targets);
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INTERNAL, "benchmark I/O failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorylensException(ErrorCode.INTERNAL, "interrupted");
    } finally {
      deleteQuietly(dir);
    }
  }

  /** Articles per request when loading a JSON Lines file. */
  static final int LOAD_CHUNK = 20;

  /**
   * The request bodies that load {@code file}: JSON Lines in chunks of {@link #LOAD_CHUNK} lines,
   * so that no single request waits for the first analysis of the whole corpus (on a busy machine
   * that outlasts the request timeout); anything else whole.
   */
  static List<String> chunks(Path file) throws IOException {
    String text = Files.readString(file);
    if (!file.getFileName().toString().endsWith(".jsonl")) {
      return List.of(text);
    }
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += LOAD_CHUNK) {
      out.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + LOAD_CHUNK))) + "\n");
    }
    return out;
  }

  /** The default corpus: the seeds, plus news-clusters when the shared data is there. */
  public static List<Path> defaultCorpus(Path repoRoot) {
    List<Path> corpus = new ArrayList<>();
    try (Stream<Path> s = Files.list(repoRoot.resolve("examples/seeds"))) {
      s.filter(Files::isRegularFile).sorted().forEach(corpus::add);
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot list examples/seeds: " + e);
    }
    Optional.of(repoRoot.resolve("../shared/data/news-clusters/dev.jsonl").normalize())
        .filter(Files::isRegularFile)
        .ifPresent(corpus::add);
    return corpus;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp dir is harmless.
    }
  }
}
