// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.model.json.Json;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import io.storylens.testkit.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A server on loopback over a fresh store in {@code dir}, analysed by {@link FixtureStage}, with
 * the seeds and one hostile article loaded through the API, as a user would.
 */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789abcdef";
  static final String HOSTILE_TITLE =
      "<script>window.__xss=2</script><b>Bold</b> claim & <img src=x onerror=\"window.__xss=3\">";
  static final String HOSTILE_TEXT =
      "\"<script>window.__xss=4</script>We <i>never</i> said that,\" Mallory told reporters on"
          + " Monday. The statement was posted on a site that also hosts <iframe"
          + " src=\"javascript:alert(1)\"></iframe> markup.";

  final Database db;
  final Library library;
  final StorylensServer server;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  final List<String> seedIds = new ArrayList<>();
  String hostileId;

  TestServer(Path dir) {
    this(dir, ServerConfig.loopback(TOKEN));
  }

  TestServer(Path dir, ServerConfig config) {
    db = Database.open(dir.resolve("test.db"));
    library = new Library(new SqliteArticleStore(db), new FixtureStage(), IngestOptions.defaults());
    library.refresh();
    server = StorylensServer.start(config, library);
  }

  /** Posts every seed file as a raw body and the hostile article as JSON. */
  TestServer loadSeeds() {
    try (Stream<Path> files = Files.list(Fixtures.seeds())) {
      for (Path f : files.sorted().toList()) {
        HttpResponse<String> r =
            post("/api/articles?name=" + f.getFileName(), Files.readString(f), "text/plain", TOKEN);
        if (r.statusCode() != 201) {
          throw new IllegalStateException("seed " + f + ": " + r.statusCode() + " " + r.body());
        }
        seedIds.add(json(r).path("added").path(0).asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpResponse<String> r =
        post(
            "/api/articles",
            Json.mapper()
                .createObjectNode()
                .put("title", HOSTILE_TITLE)
                .put("text", HOSTILE_TEXT)
                .put("url", "javascript:alert(5)")
                .put("date_publish", "2022-01-03")
                .put("source_domain", "<b>evil</b>.example")
                .toString(),
            "application/json",
            TOKEN);
    if (r.statusCode() != 201) {
      throw new IllegalStateException("hostile article: " + r.statusCode() + " " + r.body());
    }
    hostileId = json(r).path("added").path(0).asText();
    return this;
  }

  String base() {
    return server.baseUrl();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    headers.forEach(b::header);
    return send(b.build());
  }

  HttpResponse<String> post(String path, String body, String type, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  HttpResponse<String> send(HttpRequest req) {
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return Json.mapper().readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + r.body(), e);
    }
  }

  @Override
  public void close() {
    server.close();
    library.close();
    db.close();
  }
}
