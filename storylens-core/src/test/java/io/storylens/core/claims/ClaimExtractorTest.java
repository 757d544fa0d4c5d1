// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.quotes.SeedArticles;
import io.storylens.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numeric claims read from the seeds: counted nouns only, numbers as written. */
class ClaimExtractorTest {
  @Test
  void aNumberUsedAsAPronounCountsNothing() {
    // Seed 004: "The two held their first face-to-face talks ...": "held" is a verb, not a unit.
    List<Claim> claims = new ClaimExtractor().extract(SeedArticles.seed("004"));
    assertThat(claims).extracting(Claim::unit).doesNotContain("held");
    assertThat(claims).extracting(Claim::unit).contains("troops");
  }

  @Test
  void mixedFractionIsOneNumber() {
    // Seed 003: "the first such gathering of the council in 2 1/2 years".
    List<Claim> claims = new ClaimExtractor().extract(SeedArticles.seed("003"));
    Claim years = claims.stream().filter(c -> c.unit().equals("years")).findFirst().orElseThrow();
    assertThat(years.value()).isEqualTo("2 1/2");
    assertThat(years.low()).contains(2.5);
    assertThat(years.high()).contains(2.5);
  }

  @Test
  void fractionAloneIsNotReadAsItsNumerator() {
    assertThat(Quantity.findAll("a 1/2 share")).extracting(Quantity::low).doesNotContain(1.0);
    assertThat(Quantity.findAll("rose 3 1/4 points"))
        .extracting(Quantity::low)
        .containsExactly(3.25);
  }
}
