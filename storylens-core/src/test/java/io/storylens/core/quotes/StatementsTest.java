// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Quote;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The quote list of the seed story holds statements, not every attribution. */
class StatementsTest {
  private static final List<Article> SEEDS =
      Stream.of("000", "001", "002", "003", "004").map(SeedArticles::seed).toList();

  private static List<String> quoted(List<Quote> quotes) {
    return quotes.stream().map(q -> q.speaker() + " " + q.cue() + ": " + q.text()).toList();
  }

  @Test
  void nounPhraseAfterAnAttitudeVerbIsNoQuote() {
    List<String> quotes = quoted(new QuoteMerger().merge(SEEDS));
    // "the United States and its European allies threatened Moscow with harsh consequences"
    assertThat(quotes).noneMatch(q -> q.contains("threatened") && q.contains("consequences"));
    // "Putin demanded a guarantee from the U.S. and NATO", "The two leaders are hoping to ease"
    assertThat(quotes).noneMatch(q -> q.contains("demanded: a guarantee"));
    assertThat(quotes).noneMatch(q -> q.contains("hoping"));
  }

  @Test
  void reportedClausesAndQuoteMarksStay() {
    List<String> quotes = quoted(new QuoteMerger().merge(SEEDS));
    // "Biden warned the U.S. would impose strong economic and other measures"
    assertThat(quotes).anyMatch(q -> q.contains("warned: the U.S. would impose"));
    // "Russian officials insisted they have no plans to invade"
    assertThat(quotes).anyMatch(q -> q.contains("insisted: they have no plans"));
    // A quote in marks stays even when it is short ("loom large.").
    assertThat(quotes).anyMatch(q -> q.startsWith("Dmitry Peskov") && q.contains("loom large"));
  }
}
