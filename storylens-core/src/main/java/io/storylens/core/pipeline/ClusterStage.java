// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.cluster.ClusterState;
import io.storylens.core.cluster.OnlineClusterer;
import io.storylens.core.cluster.Stories;

/**
 * The event and storyline stage of an {@link Analyzer}: the clusterer a fresh analysis starts with,
 * and how a kept analysis resumes one. {@link #restore} must accept what {@link
 * OnlineClusterer#export()} of a clusterer from {@link #create} returns, and give a clusterer that
 * places the next article as the one exported would have.
 */
public interface ClusterStage {
  /** A clusterer that has seen nothing yet. */
  OnlineClusterer create();

  /** A clusterer that goes on from {@code state}. */
  OnlineClusterer restore(ClusterState state);

  /** The online clusterer with the default settings ({@link Stories#clusterer()}). */
  ClusterStage STANDARD =
      new ClusterStage() {
        @Override
        public OnlineClusterer create() {
          return Stories.clusterer();
        }

        @Override
        public OnlineClusterer restore(ClusterState state) {
          return Stories.restore(state);
        }
      };
}
