// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.quotes.QuoteMerger;
import io.storylens.core.quotes.SeedArticles;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Disagreement;
import io.storylens.model.Quote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementsTest {
  private final Article s000 = SeedArticles.seed("000");
  private final Article s001 = SeedArticles.seed("001");
  private final Article s004 = SeedArticles.seed("004");

  @Test
  void hedgedQuantitiesBecomeComparableRanges() {
    List<Quantity> q =
        Quantity.findAll(
            "tens of thousands of troops, roughly 100,000 troops, more than 90,000 troops and as"
                + " many as 175,000 troops");
    assertThat(q)
        .extracting(Quantity::hedge)
        .containsExactly("", "roughly", "more than", "as many as");
    assertThat(q.get(0).low()).isEqualTo(10_000);
    assertThat(q.get(1).low()).isEqualTo(90_000);
    assertThat(q.get(1).high()).isEqualTo(110_000);
    assertThat(q.get(2).overlaps(q.get(1))).isTrue();
    assertThat(q.get(3).high()).isEqualTo(175_000);
    assertThat(q.get(0).overlaps(q.get(3))).isFalse();
  }

  @Test
  void claimsCarrySubjectHedgeAndAttribution() {
    List<Claim> claims = new ClaimExtractor().extract(s004);
    Claim ukr =
        claims.stream().filter(c -> c.value().equals("more than 90,000")).findFirst().orElseThrow();
    assertThat(ukr.subject()).isEqualTo("russian troops");
    assertThat(ukr.unit()).isEqualTo("troops");
    assertThat(ukr.hedge()).isEqualTo("more than");
    assertThat(ukr.attribution()).contains("Ukrainian officials");
    assertThat(claims).noneMatch(c -> c.value().equals("7") || c.value().equals("2014"));
  }

  @Test
  void claimsAboutTheSameSubjectGroupAcrossOutlets() {
    List<Claim> all = new ArrayList<>();
    ClaimExtractor ex = new ClaimExtractor();
    for (Article a : List.of(s000, s001, s004)) {
      all.addAll(ex.extract(a));
    }
    List<Claim> merged = Claims.merge(all);
    Claim tens =
        merged.stream()
            .filter(c -> c.value().equalsIgnoreCase("tens of thousands"))
            .findFirst()
            .orElseThrow();
    assertThat(tens.articles()).containsExactly(s000.id(), s001.id());
    assertThat(Claims.bySubject(merged).get("troop"))
        .extracting(Claim::value)
        .contains("tens of thousands", "more than 90,000", "175,000");
  }

  @Test
  void slotDisagreementAfghanistanVersusUkraine() {
    List<Disagreement> d = Disagreements.find(List.of(s000, s001));
    assertThat(d)
        .anySatisfy(
            x -> {
              assertThat(x.kind()).isEqualTo("slot");
              assertThat(x.values()).containsExactly("Afghanistan", "Ukraine");
              assertThat(x.articles()).containsExactly(s000.id(), s001.id());
            });
  }

  @Test
  void onlyTheRealSlotIsReportedBetweenTheRewriteAndItsSource() {
    List<Disagreement> slots =
        Disagreements.find(List.of(s000, s001)).stream()
            .filter(d -> d.kind().equals("slot"))
            .toList();
    // "Jan. 12" / "January 12" is the same date; clause-final dates of different events are not
    // aligned slots.
    assertThat(slots)
        .extracting(Disagreement::values)
        .containsExactly(List.of("Afghanistan", "Ukraine"));
  }

  @Test
  void badInputEndsWithoutDisagreementsOrErrors() {
    String noPunctuation = "the official said the troops number 5000 and rising ".repeat(600);
    Article odd = Article.ofText("odd", "odd.txt", "“" + noPunctuation);
    List<Disagreement> d = Disagreements.find(List.of(odd, s001));
    assertThat(d).noneMatch(x -> x.kind().equals("slot") || x.kind().equals("quote-edit"));
  }

  @Test
  void numberWordsInsideOtherWordsAreNotClaims() {
    Article s002 = SeedArticles.seed("002");
    assertThat(s002.text()).contains("tensions");
    assertThat(new ClaimExtractor().extract(s002))
        .noneMatch(c -> c.value().equalsIgnoreCase("ten"));
  }

  @Test
  void quoteEditOfTheBidenQuoteStaysWithTheQuoteNotAmongFactualDisagreements() {
    List<Quote> quotes = new QuoteMerger().merge(List.of(s000, s001));
    Quote biden =
        quotes.stream()
            .filter(q -> q.text().contains("does not extend to NATO"))
            .findFirst()
            .orElseThrow();
    assertThat(biden.speaker()).isEqualTo("Joe Biden");
    assertThat(biden.articles()).containsExactly(s000.id(), s001.id());
    assertThat(biden.variants()).hasSize(1);
    assertThat(biden.variants().get(0).diff()).contains("-NATO");
    assertThat(biden.variants().get(0).changesMeaning()).isTrue();
    List<Disagreement> d = Disagreements.find(List.of(s000, s001));
    assertThat(d).noneMatch(x -> x.kind().equals("quote-edit"));
    assertThat(d).allSatisfy(x -> assertThat(x.confidence()).isBetween(0.5, 1.0));
  }

  @Test
  void sameQuoteInBothArticlesIsOneQuoteWithBothOutlets() {
    List<Quote> quotes = new QuoteMerger().merge(List.of(s000, s001));
    Quote sasse =
        quotes.stream().filter(q -> q.text().contains("weak game plan")).findFirst().orElseThrow();
    assertThat(sasse.articles()).hasSize(2);
    assertThat(sasse.speaker()).isEqualTo("Ben Sasse");
    assertThat(sasse.variants()).isEmpty();
  }
}
