// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates the clusterer cannot trust are replaced by the ingest time and flagged. */
class ClusterDocTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2022-01-05T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void undatedArticleIsPlacedAtIngestTimeAndFlagged() {
    ClusterDoc d = ClusterDoc.of(article(Optional.empty()), CLOCK);
    assertThat(d.time()).isEqualTo(CLOCK.instant());
    assertThat(d.flags()).containsExactly(ClusterDoc.DATE_MISSING);
  }

  @Test
  void futureDateIsPlacedAtIngestTimeAndFlagged() {
    ClusterDoc d = ClusterDoc.of(article(Optional.of(LocalDate.of(2031, 1, 1))), CLOCK);
    assertThat(d.time()).isEqualTo(CLOCK.instant());
    assertThat(d.flags()).containsExactly(ClusterDoc.DATE_IN_FUTURE);
  }

  @Test
  void statedDateIsKept() {
    ClusterDoc d = ClusterDoc.of(article(Optional.of(LocalDate.of(2021, 12, 28))), CLOCK);
    assertThat(d.time()).isEqualTo(Instant.parse("2021-12-28T12:00:00Z"));
    assertThat(d.flags()).isEmpty();
  }

  @Test
  void capitalizedPhrasesFindNamesButNotSentenceStarts() {
    var found =
        new CapitalizedPhrases()
            .extract(
                "",
                "Officials met in Geneva. Russian Deputy Foreign Minister Sergei Ryabkov said the"
                    + " White House agreed.");
    // "Russian" starts a sentence, so the guesser cannot tell it from an ordinary word.
    assertThat(found).contains("geneva", "deputy foreign minister sergei ryabkov", "white house");
    assertThat(found).doesNotContain("officials");
  }

  private static Article article(Optional<LocalDate> date) {
    return new Article(
        "id1",
        "src",
        "plain",
        Sourced.of("Talks set", Provenance.HEADER, 1),
        Sourced.of("Outlet", Provenance.HEADER, 1),
        new Sourced<>(Optional.empty(), Provenance.NONE, 0),
        new Sourced<>(
            date, date.isPresent() ? Provenance.HEADER : Provenance.NONE, date.isPresent() ? 1 : 0),
        new Sourced<>(Optional.empty(), Provenance.NONE, 0),
        List.of(),
        List.of(),
        List.of(),
        "US and Russian officials agreed to meet.",
        Map.of());
  }
}
