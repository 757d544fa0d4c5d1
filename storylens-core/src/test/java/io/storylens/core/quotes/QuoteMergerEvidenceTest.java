// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Quote;
import io.storylens.model.SpeakerEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence and confidence a merged quote carries for its speaker, on the seed articles. */
class QuoteMergerEvidenceTest {
  private static Quote quoteStarting(List<Quote> quotes, String start) {
    return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void aSpeakerNamedBesideTheCueInTwoOutletsIsEvidencedByBoth() {
    List<Article> seeds = List.of(SeedArticles.seed("000"), SeedArticles.seed("001"));
    Quote q = quoteStarting(new QuoteMerger().merge(seeds), "We have a moral obligation");
    SpeakerEvidence e = q.speakerEvidence();
    assertThat(e.candidate()).endsWith("Biden");
    assertThat(e.candidateKind()).isEqualTo("named");
    assertThat(e.agreeing()).isEqualTo(2);
    assertThat(e.disagreeing()).isZero();
    assertThat(e.cue()).isTrue();
    assertThat(e.distance()).isLessThan(10); // “…,” Biden said
    assertThat(q.speakerConfidence()).isBetween(0.0, 1.0);
    if (q.speakerConfidence() >= SpeakerConfidence.model().threshold()) {
      assertThat(q.speaker()).isEqualTo(e.candidate());
    } else {
      assertThat(q.speaker()).isEmpty();
      assertThat(q.speakerKind()).isEqualTo("unknown");
    }
  }

  @Test
  void twoOutletsNamingTheSpeakerAreTrustedMoreThanOne() {
    Quote one =
        quoteStarting(
            new QuoteMerger().merge(List.of(SeedArticles.seed("000"))),
            "We have a moral obligation");
    Quote two =
        quoteStarting(
            new QuoteMerger().merge(List.of(SeedArticles.seed("000"), SeedArticles.seed("001"))),
            "We have a moral obligation");
    assertThat(one.speakerEvidence().agreeing()).isEqualTo(1);
    assertThat(two.speakerConfidence()).isGreaterThan(one.speakerConfidence());
  }

  @Test
  void aQuoteWithoutASpeakerHasNoConfidenceAndNoCandidate() {
    Article a =
        Article.ofText(
            "a1",
            "test",
            "The sign on the door read “Closed until further notice for repairs to the roof”.");
    for (Quote q : new QuoteMerger().merge(List.of(a))) {
      assertThat(q.speaker()).isEmpty();
      assertThat(q.speakerConfidence()).isZero();
      assertThat(q.speakerEvidence()).isEqualTo(SpeakerEvidence.NONE);
    }
  }
}
