// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.model.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Posts one new article at a time, with a pause between posts, until stopped; then checks that
 * every article the server said it stored can be read back.
 */
final class IngestLoop implements Runnable {
  private final HttpLoad load;
  private final Duration every;
  private volatile boolean running = true;
  final ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();

  IngestLoop(HttpLoad load, Duration every) {
    this.load = load;
    this.every = every;
  }

  void stop() {
    running = false;
  }

  @Override
  public void run() {
    int n = 0;
    while (running) {
      n++;
      long t0 = System.nanoTime();
      long ok = 0;
      long server = -1;
      try {
        String body =
            Json.mapper()
                .writeValueAsString(
                    Map.of(
                        "title", "Load test article " + n,
                        "text",
                            "Benchmark article number "
                                + n
                                + " reports that negotiators met again on Tuesday. "
                                + "Officials said talks would continue next week.",
                        "url", "https://bench.invalid/article/" + n,
                        "date_publish", "2022-01-" + String.format(Locale.ROOT, "%02d", 1 + n % 28),
                        "source_domain", "bench.invalid"));
        HttpResponse<byte[]> r = load.post("/api/articles", body);
        server = HttpLoad.serverNanos(r);
        if (r.statusCode() == 201 || r.statusCode() == 200) {
          JsonNode res = Json.mapper().readTree(r.body());
          res.path("added").forEach(id -> ids.add(id.asText()));
          res.path("existing").forEach(id -> ids.add(id.asText()));
          ok = 1;
        }
      } catch (java.io.IOException e) {
        ok = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      samples.add(new long[] {System.nanoTime() - t0, ok, server});
      try {
        Thread.sleep(every.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** How many stored ids the server cannot return. */
  int verify() {
    int lost = 0;
    for (String id : List.copyOf(ids)) {
      try {
        load.get("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
      } catch (RuntimeException e) {
        lost++;
      }
    }
    return lost;
  }
}
