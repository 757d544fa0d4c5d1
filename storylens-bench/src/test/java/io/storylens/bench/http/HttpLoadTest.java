// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.model.StorylensException;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The load generator's arithmetic and its loopback guard (the timed run is the bench command). */
class HttpLoadTest {
  @Test
  void scheduleKeepsTheWeights() {
    List<String> s =
        HttpLoad.schedule(
            List.of(
                new HttpLoad.Target("a", 3, List.of("/a1", "/a2")),
                new HttpLoad.Target("b", 1, List.of("/b"))));
    assertThat(s).hasSize(200);
    long a = s.stream().filter(p -> p.startsWith("/a")).count();
    assertThat(a).isEqualTo(150);
    assertThat(Collections.frequency(s, "/a1")).isEqualTo(75);
    // Spread out: no run of more than a few of the same kind.
    assertThat(String.join("", s.subList(0, 40))).doesNotContain("/b/b/b");
  }

  @Test
  void nearestRankPercentiles() {
    long[] ns = new long[100];
    for (int i = 0; i < 100; i++) {
      ns[i] = (i + 1) * 1_000_000L;
    }
    assertThat(HttpLoad.pct(ns, 0.5)).isEqualTo(50.0);
    assertThat(HttpLoad.pct(ns, 0.99)).isEqualTo(99.0);
    assertThat(HttpLoad.pct(new long[0], 0.99)).isZero();
    HttpLoad.Stats st =
        HttpLoad.stats("x", List.of(new long[] {2_000_000, 1}, new long[] {4_000_000, 0}));
    assertThat(st.errors()).isEqualTo(1);
    assertThat(st.max()).isEqualTo(4.0);
  }

  @Test
  void refusesTargetsBeyondLoopbackAndUnboundedRuns() {
    assertThatThrownBy(
            () ->
                new HttpLoad(
                    new HttpLoad.Options(
                        URI.create("http://192.0.2.1:8080"),
                        "t",
                        10,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1))))
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("loopback");
    assertThatThrownBy(
            () ->
                new HttpLoad.Options(
                    URI.create("http://127.0.0.1:1"),
                    "t",
                    10,
                    Duration.ofHours(2),
                    Duration.ofSeconds(1)))
        .hasMessageContaining("duration");
  }
}
