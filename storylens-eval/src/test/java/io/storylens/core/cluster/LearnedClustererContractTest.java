// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.core.embed.ArticleEmbeddings;
import io.storylens.core.embed.Embedder;
import io.storylens.core.embed.Embedders;
import io.storylens.core.embed.EmbeddingText;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LearnedClusterer} with the shipped link model and its embedder meets the clusterer
 * contract.
 */
class LearnedClustererContractTest extends ClustererContract {
  // Keyed by text, not id: the contract feeds copies of one article under many ids, and every
  // test feeds the same dev articles again.
  private static final Map<String, float[]> EMBEDDED = new ConcurrentHashMap<>();
  private static final Embedder MINILM = Embedders.named(LinkModel.shipped().embedder());
  private static final ArticleEmbeddings BY_TEXT =
      (id, title, body) -> EMBEDDED.computeIfAbsent(EmbeddingText.of(title, body), MINILM::embed);

  @Override
  Clusterer create() {
    return new LearnedClusterer(
        LinkModel.shipped(),
        GroupingSettings.defaults(),
        new GroupingSignals(BY_TEXT, new CapitalizedPhrases()));
  }
}
