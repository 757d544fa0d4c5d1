// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.model.json.Json;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import io.storylens.testkit.SlowTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code storylens serve} in a child process, killed with SIGKILL once it has analyzed the seeds
 * and started again: the restarted server answers with the whole analysis as soon as it listens,
 * and analyzes nothing again.
 */
@NeedsModels
@SlowTest
class ServeRestartTest {
  private static final Pattern SERVING = Pattern.compile("serving (http://\\S+) \\((\\d+) of");

  @TempDir Path dir;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** A running child server and its base URL. */
  private record Child(Process process, String base, int analyzedAtStart) {}

  private Child serve(Path db, String grouping) throws Exception {
    Process p =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--port",
                "0",
                "--db",
                db.toString(),
                "--grouping",
                grouping)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    CompletableFuture<Matcher> line =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String l;
                while ((l = r.readLine()) != null) {
                  Matcher m = SERVING.matcher(l);
                  if (m.find()) {
                    return m;
                  }
                }
                throw new IllegalStateException("the server ended without serving");
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    Matcher m = line.get(5, TimeUnit.MINUTES);
    return new Child(p, m.group(1), Integer.parseInt(m.group(2)));
  }

  private HttpResponse<String> get(Child c, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(c.base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode status(Child c) throws Exception {
    return Json.mapper().readTree(get(c, "/api/status").body());
  }

  /** Polls until the analysis is idle with nothing queued. */
  private JsonNode settled(Child c) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    JsonNode s = status(c);
    while (!(s.path("analysis").asText().equals("idle") && s.path("queued").asInt() == 0)) {
      assertThat(System.nanoTime()).as("analysis settles: " + s).isLessThan(deadline);
      assertThat(s.path("analysis").asText()).as(s.toString()).isNotEqualTo("failing");
      Thread.sleep(200);
      s = status(c);
    }
    return s;
  }

  /** On either grouping path: the kept analysis records its path, and the embeddings are kept. */
  @ParameterizedTest
  @ValueSource(strings = {"cheap", "embedding"})
  void aKilledServerRestartsWithItsAnalysisAndAnalyzesNothingAgain(String grouping)
      throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv("STORYLENS_TOKEN") == null, "skipped: STORYLENS_TOKEN is set here");
    Path db = dir.resolve("serve.db");
    List<Path> seeds;
    try (var files = Files.list(Fixtures.seeds())) {
      seeds = files.sorted().toList();
    }
    // The store is filled through the CLI, so that the server starts with work to do.
    assertThat(Main.execute("ingest", "--db", db.toString(), Fixtures.seeds().toString()))
        .isEqualTo(Main.OK);
    Child first = serve(db, grouping);
    String storylines;
    try {
      JsonNode s = settled(first);
      assertThat(s.path("articles_analyzed").asInt()).isEqualTo(seeds.size());
      assertThat(s.path("analyzed_since_start").asInt()).isEqualTo(seeds.size());
      storylines = get(first, "/api/storylines").body();
      assertThat(Json.mapper().readTree(storylines).path("total").asInt()).isPositive();
    } finally {
      first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
      first.process().waitFor(1, TimeUnit.MINUTES);
    }
    long t0 = System.nanoTime();
    Child second = serve(db, grouping);
    try {
      double startSeconds = (System.nanoTime() - t0) / 1e9;
      // The whole analysis is there when the server listens: read from the store, not redone.
      assertThat(second.analyzedAtStart()).isEqualTo(seeds.size());
      assertThat(get(second, "/api/storylines").body()).isEqualTo(storylines);
      JsonNode s = settled(second);
      assertThat(s.path("analyzed_since_start").asInt()).isZero();
      assertThat(get(second, "/api/storylines").body()).isEqualTo(storylines);
      System.out.printf("restarted server listened after %.1f s%n", startSeconds);
    } finally {
      second.process().destroyForcibly();
      second.process().waitFor(1, TimeUnit.MINUTES);
    }
  }
}
