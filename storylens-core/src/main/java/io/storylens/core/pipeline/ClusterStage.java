// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.cluster.CapitalizedPhrases;
import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.Clusterer;
import io.storylens.core.cluster.GroupingSettings;
import io.storylens.core.cluster.GroupingSignals;
import io.storylens.core.cluster.LearnedClusterer;
import io.storylens.core.cluster.LinkModel;
import io.storylens.core.cluster.OnlineClusterer;
import io.storylens.core.cluster.Stories;
import io.storylens.core.embed.ArticleEmbeddings;
import java.util.Objects;
import java.util.function.Function;

/**
 * The event and storyline stage of an {@link Analyzer}: the clusterer a fresh analysis starts with,
 * what a kept analysis keeps of it, and how it resumes one. {@link #restore} must accept what
 * {@link #export} of a clusterer from {@link #create} returns, and give a clusterer that places the
 * next article as the one exported would have.
 */
public interface ClusterStage {
  /** Name of the cheap path ({@link #STANDARD}). */
  String CHEAP = "cheap";

  /** Name of the embedding path ({@link #embedding}). */
  String EMBEDDING = "embedding";

  /**
   * The grouping path's name, recorded with a kept analysis: a kept grouping is taken up only by a
   * stage of the same name, so that switching paths regroups instead of misreading the state.
   */
  default String name() {
    return CHEAP;
  }

  /** A clusterer that has seen nothing yet. */
  Clusterer create();

  /** The state of {@code clusterer} (made by this stage) to keep. */
  KeptGrouping export(Clusterer clusterer);

  /**
   * A clusterer that goes on from {@code state}; {@code docs} gives the document of each article
   * the state holds, as it was assigned.
   */
  Clusterer restore(KeptGrouping state, Function<String, ClusterDoc> docs);

  /** The online clusterer with the default settings ({@link Stories#clusterer()}). */
  ClusterStage STANDARD =
      new ClusterStage() {
        @Override
        public Clusterer create() {
          return Stories.clusterer();
        }

        @Override
        public KeptGrouping export(Clusterer clusterer) {
          return new KeptGrouping.Cheap(((OnlineClusterer) clusterer).export());
        }

        @Override
        public Clusterer restore(KeptGrouping state, Function<String, ClusterDoc> docs) {
          return Stories.restore(((KeptGrouping.Cheap) state).state());
        }
      };

  /**
   * The embedding path: {@link LearnedClusterer} with the shipped {@link LinkModel}, reading each
   * article's embedding from {@code embeddings} (which should keep them in the store, so that a
   * resumed analysis embeds nothing again) and its entities as capitalized phrases.
   */
  static ClusterStage embedding(ArticleEmbeddings embeddings) {
    GroupingSignals signals =
        new GroupingSignals(
            Objects.requireNonNull(embeddings, "embeddings"), new CapitalizedPhrases());
    return new ClusterStage() {
      @Override
      public String name() {
        return EMBEDDING;
      }

      @Override
      public Clusterer create() {
        return new LearnedClusterer(LinkModel.shipped(), GroupingSettings.defaults(), signals);
      }

      @Override
      public KeptGrouping export(Clusterer clusterer) {
        return new KeptGrouping.Embedding(((LearnedClusterer) clusterer).export());
      }

      @Override
      public Clusterer restore(KeptGrouping state, Function<String, ClusterDoc> docs) {
        return LearnedClusterer.restore(
            ((KeptGrouping.Embedding) state).state(),
            LinkModel.shipped(),
            GroupingSettings.defaults(),
            signals::of,
            docs);
      }
    };
  }
}
