// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.cluster.ClusterState;
import io.storylens.core.cluster.LearnedState;
import java.util.Objects;

/**
 * What a kept analysis holds of its grouping, by path: the cheap path's whole clusterer state, or
 * the embedding path's placements (its embeddings are in the store, so replaying the placements
 * embeds nothing again).
 */
public sealed interface KeptGrouping {
  /** The name of the {@link ClusterStage} that exported it. */
  String path();

  /** The cheap path's state ({@link io.storylens.core.cluster.OnlineClusterer#export()}). */
  record Cheap(ClusterState state) implements KeptGrouping {
    public Cheap {
      Objects.requireNonNull(state, "state");
    }

    @Override
    public String path() {
      return ClusterStage.CHEAP;
    }
  }

  /**
   * The embedding path's placements ({@link io.storylens.core.cluster.LearnedClusterer#export}).
   */
  record Embedding(LearnedState state) implements KeptGrouping {
    public Embedding {
      Objects.requireNonNull(state, "state");
    }

    @Override
    public String path() {
      return ClusterStage.EMBEDDING;
    }
  }
}
