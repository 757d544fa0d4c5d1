// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.core.quotes.SeedArticles;
import io.storylens.model.json.Json;
import io.storylens.testkit.NeedsModels;
import java.util.List;
import org.junit.jupiter.api.Test;

@NeedsModels
class AnalyzerQuotesTest {
  @Test
  void everyArticleInStorylensJsonCarriesItsQuotesAndClaims() throws Exception {
    Report r = new Analyzer().analyze(List.of(SeedArticles.seed("004"), SeedArticles.seed("002")));
    JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(r));
    JsonNode articles = json.get("articles");
    assertThat(articles).hasSize(2);
    for (JsonNode a : articles) {
      assertThat(a.get("quotes").size()).isGreaterThan(3);
      assertThat(a.get("quotes").get(0).has("speaker_kind")).isTrue();
    }
    JsonNode claims = articles.get(1).get("claims");
    assertThat(claims.findValuesAsText("value")).contains("more than 90,000");
  }
}
