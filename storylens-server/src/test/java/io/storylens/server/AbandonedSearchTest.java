// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.pipeline.Report;
import io.storylens.store.ArticleStore;
import io.storylens.store.Database;
import io.storylens.store.ForwardingArticleStore;
import io.storylens.store.SqliteArticleStore;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search whose client hangs up stops, and its thread and the client's permit are free again. */
class AbandonedSearchTest {
  /** Many articles with the same words, so that a search keeps SQLite busy for a while. */
  private static String corpus(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(
          String.format(
              Locale.ROOT,
              "{\"title\":\"Harbour report %d\",\"text\":\"Diplomats met at the harbour on"
                  + " Monday, report number %d said. The harbour talks went on.\","
                  + "\"date_publish\":\"2022-01-03\",\"url\":\"https://example.org/%d\"}%n",
              i,
              i,
              i));
    }
    return out.toString();
  }

  @Test
  void aSearchWhoseClientLeftStopsAndFreesItsPermit(@TempDir Path dir) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Throwable> ended = new CompletableFuture<>();
    try (Database db = Database.open(dir.resolve("a.db"))) {
      SqliteArticleStore real = new SqliteArticleStore(db);
      real.putAll(
          new Ingestor(IngestOptions.defaults())
              .read("harbour.jsonl", corpus(2_000).getBytes(StandardCharsets.UTF_8))
              .articles());
      // Holds the search "slow" until the server says its client has gone (a minute at most, so
      // that a server that never notices fails the test instead of hanging it), then searches
      // the store for real with the same check.
      ArticleStore store =
          new ForwardingArticleStore(real) {
            @Override
            public List<SearchHit> search(String query, int limit, BooleanSupplier abandoned) {
              if (!query.equals("slow")) {
                return super.search(query, limit, abandoned);
              }
              started.countDown();
              long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
              while (!abandoned.getAsBoolean() && System.nanoTime() < until) {
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  break;
                }
              }
              try {
                List<SearchHit> hits = super.search("diplomats harbour", 100, abandoned);
                ended.complete(null);
                return hits;
              } catch (RuntimeException e) {
                ended.complete(e);
                throw e;
              }
            }
          };
      try (Library lib =
              new Library(
                  store,
                  all -> new Report(List.of(), List.of(), List.of(), List.of(), List.of()),
                  IngestOptions.defaults());
          StorylensServer s =
              StorylensServer.start(
                  ServerConfig.loopback(TestServer.TOKEN),
                  lib,
                  // One search at a time per client: a search still running would refuse the next.
                  new ClientLimiter("searches", 100, 100, 1, System::nanoTime))) {
        URI base = URI.create(s.baseUrl());
        try (Socket client = new Socket(base.getHost(), base.getPort())) {
          OutputStream out = client.getOutputStream();
          out.write(
              "GET /api/search?q=slow HTTP/1.1\r\nHost: localhost\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
          out.flush();
          assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
        }

        assertThat(ended.get(1, TimeUnit.MINUTES)).isInstanceOf(CancellationException.class);
        // The permit is given back just after the store gave up: a 429 may answer in between.
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> next;
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        do {
          next =
              http.send(
                  HttpRequest.newBuilder(base.resolve("/api/search?q=harbour")).build(),
                  HttpResponse.BodyHandlers.ofString());
        } while (next.statusCode() == 429 && System.nanoTime() < until);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(next).path("hits")).isNotEmpty();
      }
    }
  }
}
