// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server.bench;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code storylens bench http}: starts a server on loopback over a fresh temporary store, loads a
 * corpus through the API, runs {@link HttpLoad}, and prints the figures.
 */
public final class HttpBench {
  private HttpBench() {}

  /**
   * Runs the benchmark.
   *
   * @param corpus files to ingest first (seeds, JSON Lines), each posted as one raw body
   */
  public static HttpLoad.Result run(
      List<Path> corpus,
      int rate,
      java.time.Duration duration,
      java.time.Duration ingestEvery,
      PrintStream out) {
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
                BenchGrouping.wrap(new Analyzer().incremental()::analyze),
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
          "corpus: %d articles, %d storylines, %d events%s%n",
          health.path("articles").asInt(),
          health.path("storylines").asInt(),
          health.path("events").asInt(),
          synthetic
              ? " (grouped by the data's event_id: the pipeline produced no storylines)"
              : "");
      List<HttpLoad.Target> targets = load.discoverTargets();
      out.printf(
          "load: %d reads/s for %d s, one ingest every %d ms, loopback %s%n",
          rate, duration.toSeconds(), ingestEvery.toMillis(), server.baseUrl());
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
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp dir is harmless.
    }
  }
}
