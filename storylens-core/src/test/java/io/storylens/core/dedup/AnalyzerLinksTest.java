// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.core.pipeline.ReportWriter;
import io.storylens.model.Article;
import io.storylens.model.json.Json;
import io.storylens.testkit.NeedsModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyzer writes the links into storylens.json under the contract's field names. */
@NeedsModels
class AnalyzerLinksTest {
  @Test
  void storylensJsonCarriesTheRewriteWithEvidence() throws Exception {
    List<Article> seeds =
        List.of("000", "001", "002", "003", "004").stream().map(LinkFixtures::seed).toList();
    Report report = new Analyzer().analyze(seeds);
    JsonNode links = Json.mapper().readTree(ReportWriter.toJson(report)).get("links");

    assertThat(links).hasSize(1);
    JsonNode l = links.get(0);
    assertThat(l.get("from").asText()).isEqualTo(LinkFixtures.seed("000").id());
    assertThat(l.get("to").asText()).isEqualTo(LinkFixtures.seed("001").id());
    assertThat(l.get("kind").asText()).isEqualTo("rewrite");
    assertThat(l.get("similarity").asDouble()).isBetween(0.4, 1.0);
    assertThat(l.get("direction_confidence").asDouble()).isGreaterThan(0.7);
    JsonNode first = l.get("evidence").get(0);
    assertThat(first.has("cue")).isTrue();
    assertThat(first.has("from_sentence")).isTrue();
    assertThat(first.has("to_sentence")).isTrue();
  }
}
