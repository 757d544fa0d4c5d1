// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.eval.ClustersEval;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * {@link OnlineClusterer#assignAll} extracts features on a pool and places on the calling thread:
 * its result must be exactly that of sequential {@link OnlineClusterer#assign} calls, with any
 * number of threads.
 */
class ParallelAssignTest {
  @NeedsSharedData
  @Test
  void oneAndTwoFeatureThreadsGiveTheSequentialResult() throws Exception {
    List<ClusterDoc> docs = new ArrayList<>();
    for (ClustersEval.Item it :
        ClustersEval.read(Fixtures.sharedData("news-clusters").resolve("dev.jsonl"))) {
      docs.add(it.doc());
    }
    // Twice through the stream (ids made unique), so that chunks of 64 and the window of chunks
    // in flight are both exercised, as is consolidation every 200 articles.
    List<ClusterDoc> stream = new ArrayList<>(docs);
    for (ClusterDoc d : docs) {
      stream.add(
          new ClusterDoc(
              d.id() + "-again",
              d.title(),
              d.text(),
              d.outlet(),
              d.time().plusSeconds(86_400),
              d.flags(),
              d.entities()));
    }
    OnlineClusterer sequential = new OnlineClusterer();
    List<Assignment> expected = new ArrayList<>();
    for (ClusterDoc d : stream) {
      expected.add(sequential.assign(d));
    }
    Clustering reference = sequential.clustering();
    assertThat(reference.events().size()).isGreaterThan(10);
    for (int threads : new int[] {1, 2}) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        OnlineClusterer parallel = new OnlineClusterer();
        assertThat(parallel.assignAll(stream, pool)).isEqualTo(expected);
        assertThat(parallel.clustering()).isEqualTo(reference);
        assertThat(parallel.export()).isEqualTo(sequential.export());
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void aBadDocumentFailsTheCallWithItsOwnError() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<ClusterDoc> docs =
          Arrays.asList(ClusterDoc.of("a", "t", "text", "o", Instant.EPOCH), null);
      assertThatThrownBy(() -> new OnlineClusterer().assignAll(docs, pool))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("doc");
      assertThat(new OnlineClusterer().assignAll(List.of(), pool)).isEmpty();
    } finally {
      pool.shutdown();
    }
  }
}
