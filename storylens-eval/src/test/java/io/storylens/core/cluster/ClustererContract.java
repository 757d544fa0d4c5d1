// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.eval.ClusterScores;
import io.storylens.core.eval.ClustersEval;
import io.storylens.model.Event;
import io.storylens.model.Storyline;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Clusterer} must meet (Carrot2 style: subclasses only say how to make
 * one). Runs on the news-clusters dev split; skipped with a message when it is absent.
 */
@NeedsSharedData
abstract class ClustererContract {
  /** A fresh clusterer under test. */
  abstract Clusterer create();

  private static List<ClustersEval.Item> items;

  @BeforeAll
  static void load() {
    items = ClustersEval.read(Fixtures.sharedData("news-clusters").resolve("dev.jsonl"));
  }

  @Test
  void shuffledInputOrdersGiveNearlyTheSameGrouping() {
    List<Double> f1 = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      List<ClustersEval.Item> order = new ArrayList<>(items);
      Collections.shuffle(order, new Random(seed));
      f1.add(score(run(order), order).bcubedF1());
    }
    f1.add(score(run(items), items).bcubedF1());
    double spread = Collections.max(f1) - Collections.min(f1);
    assertThat(spread).as("B3 F1 over five input orders: %s", f1).isLessThan(0.02);
  }

  @Test
  void sameOrderTwiceGivesIdenticalOutput() {
    assertThat(run(items)).isEqualTo(run(items));
  }

  @Test
  void everyArticleIsInExactlyOneEventAndEveryEventInOneStoryline() {
    Clustering c = run(items);
    Map<String, Integer> seen = new HashMap<>();
    c.events().forEach(e -> e.articles().forEach(a -> seen.merge(a, 1, Integer::sum)));
    assertThat(seen).hasSize(items.size());
    assertThat(seen.values()).containsOnly(1);
    Map<String, String> storylineOf = new HashMap<>();
    for (Storyline s : c.storylines()) {
      for (String e : s.events()) {
        assertThat(storylineOf.put(e, s.id())).as("event %s in two storylines", e).isNull();
      }
    }
    for (Event e : c.events()) {
      assertThat(storylineOf).containsEntry(e.id(), e.storyline());
      assertThat(e.title()).isNotBlank();
    }
  }

  @Test
  void assigningTheSameArticleAgainChangesNothing() {
    Clusterer c = create();
    items.forEach(i -> c.assign(i.doc()));
    Clustering before = c.clustering();
    Assignment again = c.assign(items.get(7).doc());
    assertThat(again.founded()).isFalse();
    assertThat(c.clustering().events()).isEqualTo(before.events());
  }

  @Test
  void concurrentCallersGetTheResultOfSomeSerialOrder() throws Exception {
    Clusterer c = create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        final int part = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = part; i < items.size(); i += 4) {
                    c.assign(items.get(i).doc());
                    if (i % 25 == 0) {
                      c.clustering(); // readers interleave with writers
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    Clustering result = c.clustering();
    Set<String> all = new HashSet<>();
    result.events().forEach(e -> all.addAll(e.articles()));
    assertThat(all).hasSize(items.size());
    double serial = score(run(items), items).bcubedF1();
    assertThat(score(result, items).bcubedF1())
        .isCloseTo(serial, org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void oneArticleMakesOneEventAndOneStoryline() {
    Clusterer c = create();
    c.assign(items.get(0).doc());
    Clustering r = c.clustering();
    assertThat(r.events()).hasSize(1);
    assertThat(r.storylines()).hasSize(1);
    assertThat(r.events().get(0).title()).isEqualTo(items.get(0).doc().title().strip());
  }

  @Test
  void articlesWithoutTextStillGetAnEventEach() {
    Clusterer c = create();
    c.assign(ClusterDoc.of("empty-1", "", "", "x", Instant.parse("2020-01-01T00:00:00Z")));
    c.assign(ClusterDoc.of("empty-2", "", "   ", "x", Instant.parse("2020-01-01T00:00:00Z")));
    c.assign(items.get(0).doc());
    Clustering r = c.clustering();
    Set<String> all = new HashSet<>();
    r.events().forEach(e -> all.addAll(e.articles()));
    assertThat(all).contains("empty-1", "empty-2", items.get(0).doc().id());
    // Nothing to compare: an empty article must not join a real event.
    String eventOfReal = c.assign(items.get(0).doc()).event();
    assertThat(c.assign(ClusterDoc.of("empty-1", "", "", "x", Instant.EPOCH)).event())
        .isNotEqualTo(eventOfReal);
  }

  @Test
  void undatedAndFutureDatedCopiesJoinTheirEventByContent() {
    Clusterer c = create();
    ClusterDoc d = items.get(3).doc();
    String event = c.assign(d).event();
    // Placed at ingest time years later and flagged: relative dates in the text cannot be
    // resolved without a date, so only content (and the decay floor) decides.
    Instant later = d.time().plusSeconds(4L * 365 * 86_400);
    for (String flag : List.of(ClusterDoc.DATE_MISSING, ClusterDoc.DATE_IN_FUTURE)) {
      ClusterDoc copy =
          new ClusterDoc(
              "copy-" + flag, d.title(), d.text(), d.outlet(), later, List.of(flag), d.entities());
      assertThat(c.assign(copy).event()).isEqualTo(event);
    }
    assertThat(c.clustering().events()).hasSize(1);
  }

  @Test
  void tenThousandCopiesOfOneArticleFormOneEvent() {
    Clusterer c = create();
    ClusterDoc d = items.get(3).doc();
    for (int i = 0; i < 10_000; i++) {
      c.assign(
          new ClusterDoc(
              "copy-" + i, d.title(), d.text(), d.outlet(), d.time(), d.flags(), d.entities()));
    }
    Clustering r = c.clustering();
    assertThat(r.events()).hasSize(1);
    assertThat(r.events().get(0).articles()).hasSize(10_000);
    assertThat(r.storylines()).hasSize(1);
  }

  Clustering run(List<ClustersEval.Item> order) {
    Clusterer c = create();
    order.forEach(i -> c.assign(i.doc()));
    return c.clustering();
  }

  static ClusterScores score(Clustering c, List<ClustersEval.Item> gold) {
    Map<String, String> pred = new HashMap<>();
    c.events().forEach(e -> e.articles().forEach(a -> pred.put(a, e.id())));
    Map<String, String> g = new HashMap<>();
    gold.forEach(i -> g.put(i.doc().id(), i.gold()));
    return ClusterScores.of(pred, g);
  }
}
