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
import io.storylens.core.embed.Embedders;
import io.storylens.core.embed.StoredEmbeddings;
import io.storylens.store.EmbeddingTable;
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

  /**
   * What decides placements on this path beyond its {@link #name()}: the embedding path's link
   * model and the embedder of its vectors. A kept grouping is taken up only under the same
   * identity, so that a process with another model or embedder regroups (and embeds again under its
   * own model name) instead of replaying placements made on other vectors.
   */
  default String identity() {
    return name();
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
   * The embedding path with the shipped {@link LinkModel}, its embeddings computed by the embedder
   * the model was fitted on ({@link LinkModel#embedder()}) and kept in {@code table} under that
   * embedder's name, so that a resumed analysis embeds nothing again and vectors of another
   * embedder are never read.
   */
  static ClusterStage embedding(EmbeddingTable table) {
    String model = LinkModel.shipped().embedder();
    return embedding(new StoredEmbeddings(Embedders.named(model), model, table));
  }

  /**
   * The embedding path: {@link LearnedClusterer} with the shipped {@link LinkModel}, reading each
   * article's embedding from {@code embeddings} (vectors of the embedder the model names, which
   * should keep them in the store, so that a resumed analysis embeds nothing again) and its
   * entities as capitalized phrases.
   */
  static ClusterStage embedding(ArticleEmbeddings embeddings) {
    GroupingSignals signals =
        new GroupingSignals(
            Objects.requireNonNull(embeddings, "embeddings"), new CapitalizedPhrases());
    String identity = EMBEDDING + " " + LinkModel.shipped().identity();
    return new ClusterStage() {
      @Override
      public String name() {
        return EMBEDDING;
      }

      @Override
      public String identity() {
        return identity;
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
