// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static io.storylens.server.TestServer.TOKEN;
import static io.storylens.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.pipeline.Report;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysis runs behind the server: a slow analysis never fails an ingest (202 with a status link
 * once the articles are stored), the queue of ingests and of articles is bounded with a clear 429
 * or 503 and Retry-After, and status and health say what the analysis does and when it fails.
 */
class BackgroundAnalysisTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** An analysis that waits for {@code gate} and fails while {@code failing} is set. */
  private static Library.Analysis gated(CountDownLatch gate, AtomicBoolean failing) {
    return (all, publish) -> {
      try {
        if (!gate.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("gate never opened");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (failing.get()) {
        throw new IllegalStateException("stage bug");
      }
      return new Report(List.of(), List.of(), List.of(), List.of(), List.of());
    };
  }

  private static String article(int i) {
    return "{\"title\": \"Talks "
        + i
        + "\", \"text\": \"Diplomats met in Vienna on day "
        + i
        + " and agreed to meet again.\", \"date_publish\": \"2022-01-1"
        + (i % 10)
        + "\"}";
  }

  private HttpResponse<String> post(StorylensServer s, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/articles"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get(StorylensServer s, String path) throws Exception {
    return json(
        http.send(
            HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void aSlowAnalysisAnswersAcceptedWithAStatusLinkAndAFullQueueAsksToRetry() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    Library.Settings settings =
        Library.Settings.defaults().withIngestWait(Duration.ofMillis(300)).withMaxQueued(2);
    try (Database db = Database.open(dir.resolve("slow.db"));
        Library lib =
            new Library(
                new SqliteArticleStore(db),
                gated(gate, new AtomicBoolean()),
                IngestOptions.defaults(),
                settings,
                CLOCK);
        StorylensServer s = StorylensServer.start(ServerConfig.loopback(TOKEN), lib)) {
      lib.start();
      HttpResponse<String> r = post(s, "[" + article(1) + ", " + article(2) + "]");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
      assertThat(r.headers().firstValue("Location")).contains("/api/status");
      JsonNode body = json(r);
      assertThat(body.path("added")).hasSize(2);
      assertThat(body.path("status").asText()).isEqualTo("/api/status");
      assertThat(body.path("placements")).isEmpty();
      assertThat(lib.store().count()).isEqualTo(2);

      // The analysis thread takes the batch up on its own schedule: wait until it holds it.
      JsonNode status = get(s, "/api/status");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (status.path("running").asInt() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
        status = get(s, "/api/status");
      }
      assertThat(status.path("articles_stored").asInt()).isEqualTo(2);
      assertThat(status.path("articles_analyzed").asInt()).isZero();
      assertThat(status.path("queued").asInt()).isEqualTo(2);
      assertThat(status.path("running").asInt()).isEqualTo(2);
      assertThat(status.path("stage").asText()).isEqualTo("analyzing");
      assertThat(status.path("analysis").asText()).isEqualTo("running");

      // Two articles wait: the queue is full.
      HttpResponse<String> full = post(s, article(3));
      assertThat(full.statusCode()).as(full.body()).isEqualTo(503);
      assertThat(json(full).path("error").path("code").asText()).isEqualTo("BUSY");
      assertThat(full.headers().firstValue("Retry-After"))
          .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
      assertThat(lib.store().count()).isEqualTo(2);

      gate.countDown();
      JsonNode done = waitFor(s, "idle");
      assertThat(done.path("articles_analyzed").asInt()).isEqualTo(2);
      assertThat(done.path("queued").asInt()).isZero();
      assertThat(done.path("estimate_seconds").asInt()).isZero();
      assertThat(post(s, article(3)).statusCode()).isEqualTo(201);
    }
  }

  @Test
  void tooManyIngestsAtOnceAreRefusedWithRetryAfter() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    Library.Settings settings = new Library.Settings(Duration.ofSeconds(30), 100, 1, 200);
    try (Database db = Database.open(dir.resolve("many.db"));
        Library lib =
            new Library(
                new SqliteArticleStore(db),
                gated(gate, new AtomicBoolean()),
                IngestOptions.defaults(),
                settings,
                CLOCK);
        StorylensServer s = StorylensServer.start(ServerConfig.loopback(TOKEN), lib)) {
      CompletableFuture<HttpResponse<String>> first =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return post(s, article(1));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      // The first ingest holds the only slot while it waits for its analysis.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (lib.store().count() < 1 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      HttpResponse<String> second = post(s, article(2));
      assertThat(second.statusCode()).as(second.body()).isEqualTo(429);
      assertThat(json(second).path("error").path("code").asText()).isEqualTo("RATE_LIMITED");
      assertThat(second.headers().firstValue("Retry-After")).contains("1");
      gate.countDown();
      assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    }
  }

  @Test
  void healthAndStatusSayWhenAnalysisFailsAndWhenItRecovers() throws Exception {
    CountDownLatch open = new CountDownLatch(0);
    AtomicBoolean failing = new AtomicBoolean(true);
    try (Database db = Database.open(dir.resolve("fail.db"));
        Library lib =
            new Library(
                new SqliteArticleStore(db),
                gated(open, failing),
                IngestOptions.defaults(),
                Library.Settings.defaults(),
                CLOCK);
        StorylensServer s = StorylensServer.start(ServerConfig.loopback(TOKEN), lib)) {
      HttpResponse<String> r = post(s, article(1));
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(json(r).path("error").path("message").asText()).contains("articles are stored");
      JsonNode health = get(s, "/api/health");
      assertThat(health.path("status").asText()).isEqualTo("degraded");
      assertThat(health.path("analysis").asText()).isEqualTo("failing");
      assertThat(health.path("error").asText()).contains("IllegalStateException");
      JsonNode status = get(s, "/api/status");
      assertThat(status.path("failing_since").asText()).isEqualTo("2026-01-02T03:04:05Z");
      assertThat(status.path("queued").asInt()).isEqualTo(1);

      failing.set(false);
      assertThat(post(s, article(2)).statusCode()).isEqualTo(201);
      assertThat(get(s, "/api/health").path("status").asText()).isEqualTo("ok");
      assertThat(get(s, "/api/status").path("error").isNull()).isTrue();
      assertThat(lib.snapshot().articleRefs()).extracting(Views.ArticleRef::id).hasSize(2);
    }
  }

  private JsonNode waitFor(StorylensServer s, String analysis) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    JsonNode status = get(s, "/api/status");
    while (!status.path("analysis").asText().equals(analysis) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      status = get(s, "/api/status");
    }
    return status;
  }
}
