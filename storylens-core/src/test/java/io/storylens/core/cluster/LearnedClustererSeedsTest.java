// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.embed.ArticleEmbeddings;
import io.storylens.core.embed.Embedders;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.model.Article;
import io.storylens.model.Event;
import io.storylens.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedding path on the five seed articles (US–Russia talks over Ukraine, Dec 2021). */
class LearnedClustererSeedsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Map<String, String> ID_OF = new HashMap<>();
  private static Clustering result;

  @BeforeAll
  static void cluster() throws Exception {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    LearnedClusterer c =
        new LearnedClusterer(
            LinkModel.shipped(),
            GroupingSettings.defaults(),
            new GroupingSignals(
                ArticleEmbeddings.direct(Embedders.named(LinkModel.shipped().embedder())),
                new CapitalizedPhrases()));
    try (var files = Files.list(Fixtures.seeds())) {
      for (Path p : files.sorted().toList()) {
        Article a = ingestor.read(new InputFile(p.getFileName().toString(), p)).articles().get(0);
        ID_OF.put(p.getFileName().toString().substring(0, 3), a.id());
        c.assign(ClusterDoc.of(a, CLOCK));
      }
    }
    result = c.clustering();
  }

  private static String eventOf(String seed) {
    return result.events().stream()
        .filter(e -> e.articles().contains(ID_OF.get(seed)))
        .map(Event::id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void allFiveSeedsFormOneStoryline() {
    assertThat(result.storylines()).hasSize(1);
    assertThat(result.storylines().get(0).articles())
        .containsExactlyInAnyOrderElementsOf(ID_OF.values());
  }

  @Test
  void theRewriteAndTheJanuaryTenReportsShareAnEvent() {
    assertThat(eventOf("001")).isEqualTo(eventOf("000"));
    assertThat(eventOf("003")).isEqualTo(eventOf("000"));
  }
}
