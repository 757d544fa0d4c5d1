// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.pipeline.Report;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches are limited per client: a burst, a rate, and a few at once. */
class ClientLimiterTest {
  private final AtomicLong now = new AtomicLong();

  @Test
  void aClientGetsItsBurstThenItsRateAndOthersAreNotAffected() {
    ClientLimiter limiter = new ClientLimiter("searches", 2, 3, 10, now::get);
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a").close();
    }
    assertThatThrownBy(() -> limiter.acquire("a"))
        .isInstanceOfSatisfying(
            RetryLater.class,
            e -> {
              assertThat(e.code()).isEqualTo(io.storylens.model.ErrorCode.RATE_LIMITED);
              // One token comes back after half a second at two a second: rounded up to 1 s.
              assertThat(e.retryAfter().toMillis()).isEqualTo(1000);
            });
    limiter.acquire("b").close(); // another client has its own bucket
    now.addAndGet(500_000_000L); // half a second: one token back
    limiter.acquire("a").close();
    assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(RetryLater.class);
  }

  @Test
  void aClientRunsOnlySoManyAtOnce() {
    ClientLimiter limiter = new ClientLimiter("searches", 100, 100, 2, now::get);
    ClientLimiter.Permit one = limiter.acquire("a");
    ClientLimiter.Permit two = limiter.acquire("a");
    assertThatThrownBy(() -> limiter.acquire("a"))
        .isInstanceOf(RetryLater.class)
        .hasMessageContaining("at once");
    one.close();
    limiter.acquire("a").close();
    two.close();
  }

  @Test
  void theServerAnswersTooManySearchesWith429AndRetryAfter(@TempDir Path dir) throws Exception {
    try (io.storylens.store.Database db = io.storylens.store.Database.open(dir.resolve("l.db"));
        Library lib =
            new Library(
                new io.storylens.store.SqliteArticleStore(db),
                all -> new Report(List.of(), List.of(), List.of(), List.of(), List.of()),
                IngestOptions.defaults());
        StorylensServer s =
            StorylensServer.start(
                ServerConfig.loopback(TestServer.TOKEN),
                lib,
                new ClientLimiter("searches", 1, 2, 2, now::get))) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      List<Integer> codes = new ArrayList<>();
      HttpResponse<String> last = null;
      for (int i = 0; i < 3; i++) {
        last =
            http.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(s.baseUrl() + "/api/search?q=talks"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        codes.add(last.statusCode());
      }
      assertThat(codes).containsExactly(200, 200, 429);
      assertThat(last.headers().firstValue("Retry-After")).contains("1");
      assertThat(TestServer.json(last).path("error").path("code").asText())
          .isEqualTo("RATE_LIMITED");
      now.addAndGet(1_000_000_000L);
      assertThat(
              http.send(
                      java.net.http.HttpRequest.newBuilder(
                              java.net.URI.create(s.baseUrl() + "/api/search?q=talks"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(200);
    }
  }
}
