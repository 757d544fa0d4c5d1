// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.dossier.SeedArticles;
import io.storylens.model.Article;
import io.storylens.testkit.NeedsSharedData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The rewrite candidates from the index are those of comparing every pair: on the real dev clusters
 * and seeds, every pair whose whole-article cosine reaches the threshold is listed, from both
 * sides, while far fewer pairs than all are listed.
 */
@NeedsSharedData
class CosineCandidatesTest {
  @Test
  void everyPairAtTheThresholdIsListedOnTheDevClustersAndSeeds() {
    List<Article> articles = new ArrayList<>(LinkFixtures.dev());
    articles.addAll(SeedArticles.load());
    List<Map<String, Double>> vectors = DerivationLinker.rewriteVectors(articles);
    assertThat(vectors).hasSizeGreaterThan(200);
    for (double threshold : new double[] {0.1, DerivationLinker.REWRITE_CANDIDATE_COSINE, 0.6}) {
      CosineCandidates index = new CosineCandidates(vectors, threshold);
      long listed = 0;
      long close = 0;
      for (int i = 0; i < vectors.size(); i++) {
        int[] partners = index.of(i);
        listed += partners.length;
        for (int j = 0; j < vectors.size(); j++) {
          if (j != i && DerivationLinker.cosine(vectors.get(i), vectors.get(j)) >= threshold) {
            close++;
            assertThat(Arrays.binarySearch(partners, j))
                .as("pair %d-%d at threshold %s", i, j, threshold)
                .isNotNegative();
          }
        }
      }
      long all = (long) vectors.size() * (vectors.size() - 1);
      assertThat(close).as("close pairs at %s", threshold).isPositive();
      assertThat(listed).as("listed at %s", threshold).isLessThan(all);
      if (threshold == DerivationLinker.REWRITE_CANDIDATE_COSINE) {
        // The bound on what lies outside the common prefix terms spares most pairs that share
        // only common words (prefixes alone listed 88% of the dev pairs).
        assertThat(listed).isLessThan(all / 10);
      }
    }
  }

  @Test
  void partnersAreListedOnceAscendingAndAgainOnASecondProbe() {
    List<Map<String, Double>> vectors = DerivationLinker.rewriteVectors(LinkFixtures.dev());
    CosineCandidates index = new CosineCandidates(vectors, 0.1);
    int[] first = index.of(0);
    assertThat(first).isSorted().doesNotHaveDuplicates().doesNotContain(0).isNotEmpty();
    assertThat(index.of(0)).containsExactly(first);
    assertThat(IntStream.of(first).allMatch(j -> j < vectors.size())).isTrue();
  }
}
