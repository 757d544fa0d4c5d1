// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.nlp.LanguageLayer;
import io.storylens.model.Article;
import io.storylens.model.Sourced;
import io.storylens.testkit.NeedsModels;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article without a date gets one inferred from its content, marked as inferred. */
@NeedsModels
class UndatedArticleTest {
  @Test
  void seed001WithoutHeaderDateGetsInferredDate() {
    Article dated = SeedArticles.seed("001");
    Article a =
        new Article(
            dated.id() + "-undated",
            dated.source(),
            dated.format(),
            dated.title(),
            dated.outlet(),
            dated.url(),
            Sourced.none(),
            dated.author(),
            List.of(),
            dated.removed(),
            dated.flags(),
            dated.text(),
            dated.metadata());
    ArticleTimes t = ArticleTimes.of(a, LanguageLayer.shared().annotateAll(List.of(a)).get(a.id()));
    // "Ryabkov confirmed the meeting on December 28" is the latest past day with a year anchor
    // only through "On December 27, 2021"; without a header the explicit date is what counts.
    assertThat(t.check().from()).isEqualTo("inferred");
    assertThat(t.check().effectiveDate()).contains(LocalDate.of(2021, 12, 27));
    assertThat(t.article().dateWarnings()).anyMatch(w -> w.contains("inferred 2021-12-27"));
    // Expressions SUTime left open without a date are resolved against the inferred one:
    // "agreed to convene on January 10" is the coming January.
    assertThat(t.timexRecords())
        .filteredOn(x -> x.text().equals("January 10"))
        .extracting(io.storylens.model.Timex::value)
        .containsExactly("2022-01-10");
  }
}
