// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.eval.ClustersEval;
import io.storylens.store.Database;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored state lets later articles join the existing structure without reclustering. */
class ClusterRepositoryTest {
  @TempDir Path dir;

  @NeedsSharedData
  @Test
  void laterArticlesJoinTheStoredEventsAsIfNeverStopped() {
    List<ClustersEval.Item> items =
        ClustersEval.read(Fixtures.sharedData("news-clusters").resolve("dev.jsonl"));
    List<ClustersEval.Item> first = items.subList(0, 150);
    List<ClustersEval.Item> later = items.subList(150, items.size());

    OnlineClusterer live = new OnlineClusterer();
    items.forEach(i -> live.assign(i.doc()));

    OnlineClusterer before = new OnlineClusterer();
    first.forEach(i -> before.assign(i.doc()));
    Path file = dir.resolve("s.db");
    try (Database db = Database.open(file)) {
      new ClusterRepository(db).save(before);
    }
    Clustering resumedResult;
    try (Database db = Database.open(file)) {
      OnlineClusterer resumed =
          new ClusterRepository(db).load(ClusterSettings.defaults(), new CapitalizedPhrases());
      assertThat(resumed.clustering().events()).isEqualTo(before.clustering().events());
      later.forEach(i -> resumed.assign(i.doc()));
      new ClusterRepository(db).save(resumed);
      resumedResult = resumed.clustering();
    }
    // Same grouping quality as the uninterrupted run (centroids are rebuilt, not copied, so tiny
    // float differences are allowed to move a borderline article).
    double a = ClustererContract.score(live.clustering(), items).bcubedF1();
    double b = ClustererContract.score(resumedResult, items).bcubedF1();
    assertThat(b).isCloseTo(a, org.assertj.core.data.Offset.offset(0.02));
    // Ids of events that existed before the restart survive it.
    before.clustering().events().stream()
        .limit(10)
        .forEach(
            e ->
                assertThat(resumedResult.events().stream().map(x -> x.id()))
                    .as("event %s", e.id())
                    .contains(e.id()));
    try (Database db = Database.open(file)) {
      OnlineClusterer again =
          new ClusterRepository(db).load(ClusterSettings.defaults(), new CapitalizedPhrases());
      assertThat(again.clustering()).isEqualTo(resumedResult);
    }
  }

  @Test
  void anEmptyStoreLoadsAnEmptyClusterer() {
    try (Database db = Database.open(dir.resolve("e.db"))) {
      OnlineClusterer c =
          new ClusterRepository(db).load(ClusterSettings.defaults(), new CapitalizedPhrases());
      assertThat(c.clustering().events()).isEmpty();
    }
  }
}
