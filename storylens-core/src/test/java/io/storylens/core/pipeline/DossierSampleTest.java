// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.model.Article;
import io.storylens.model.Link;
import io.storylens.model.LinkKind;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierSampleTest {
  private static List<Article> dev() throws Exception {
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    return new Ingestor(IngestOptions.defaults())
        .read("dev.jsonl", Files.readAllBytes(dev)).articles().stream()
            .sorted(Analyzer.ORDER)
            .toList();
  }

  @Test
  @NeedsSharedData
  void aStoryWithinTheBoundIsReadWhole() throws Exception {
    List<Article> some = dev().subList(0, DossierSample.MAX);
    assertThat(DossierSample.of(some, List.of())).isSameAs(some);
  }

  @Test
  @NeedsSharedData
  void copiesGoFirstAndTheOrderIsKept() throws Exception {
    List<Article> all = dev();
    assertThat(all.size()).isGreaterThan(DossierSample.MAX);
    // Every odd article is declared a near duplicate of its predecessor.
    List<Link> links = new ArrayList<>();
    for (int i = 1; i < all.size(); i += 2) {
      links.add(
          new Link(
              all.get(i - 1).id(), all.get(i).id(), LinkKind.NEAR_DUPLICATE, 0.9, 0.8, List.of()));
    }
    List<Article> sample = DossierSample.of(all, links);
    assertThat(sample).hasSize(DossierSample.MAX);
    List<Article> originals = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 2) {
      originals.add(all.get(i));
    }
    assertThat(sample).containsAll(originals);
    // Filled up with the earliest copies, in the story's own order.
    assertThat(sample).containsSubsequence(originals);
    assertThat(all).containsSubsequence(sample);
    assertThat(sample).contains(all.get(1)).doesNotContain(all.get(all.size() - 1));
  }
}
