// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.ReportWriter;
import io.storylens.core.summarize.ConceptSummarizer;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.model.FirstPublisher;
import io.storylens.model.Link;
import io.storylens.model.LinkKind;
import io.storylens.model.Quote;
import io.storylens.model.SpeakerEvidence;
import io.storylens.testkit.NeedsModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DossierBuilderTest {
  private final List<Article> seeds = SeedArticles.load();

  @NeedsModels
  @Test
  void analyzerBuildsThreeEventAndOneStorylineDossierForTheSeeds() {
    var report = new Analyzer().analyze(seeds);
    // Three happenings (the Jan 10 talks, the Dec 30 call, the Dec 7 video call; see
    // SeedStoriesTest) in one storyline.
    assertThat(report.dossiers())
        .extracting(Dossier::kind)
        .containsExactly("event", "event", "event", "storyline");
    Dossier d = report.dossiers().get(3);
    assertThat(d.id()).isEqualTo(report.storylines().get(0).id());
    assertThat(d.articles()).hasSize(5);
    // Effective dates, not headers: 004's stale 2022-01-18 header is read as 2021-12-06 (the eve
    // of the Dec 7 video call it reports), so the story runs from Dec 6 to 002's Dec 29.
    assertThat(d.start()).contains("2021-12-06");
    assertThat(d.end()).contains("2021-12-29");
    assertThat(d.outlets()).isSorted().contains("Daily Caller", "washingtontimes.com");
    assertThat(d.summary()).isNotEmpty();
    // The earliest report of the story is 004's text (republished later under a new date).
    FirstPublisher first = d.firstPublisher().orElseThrow();
    assertThat(first.article()).isEqualTo(SeedArticles.seed(seeds, "004").id());
    assertThat(first.published()).contains("2021-12-06");
    assertThat(String.join(" ", first.evidence())).contains("inferred");
    // Within the Jan 10 talks event, 000 and 003 are both dated 2021-12-28 and 001 (undated) is
    // inferred as 2021-12-27 from its text but derived from 000: the original wins.
    Dossier talks =
        report.dossiers().stream()
            .filter(x -> x.articles().contains(SeedArticles.seed(seeds, "000").id()))
            .filter(x -> x.kind().equals("event"))
            .findFirst()
            .orElseThrow();
    assertThat(talks.firstPublisher().map(FirstPublisher::article))
        .contains(SeedArticles.seed(seeds, "000").id());
  }

  @NeedsModels
  @Test
  void outputIsDeterministicWhateverTheInputOrder() {
    List<Article> shuffled = new ArrayList<>(seeds);
    Collections.shuffle(shuffled, new Random(42));
    assertThat(ReportWriter.toJson(new Analyzer().analyze(shuffled)))
        .isEqualTo(ReportWriter.toJson(new Analyzer().analyze(seeds)));
  }

  @Test
  void keepsOnlyLinksAmongItsArticlesAndUsesWiredStages() {
    Article a000 = SeedArticles.seed(seeds, "000");
    Article a001 = SeedArticles.seed(seeds, "001");
    Link inside = new Link(a000.id(), a001.id(), LinkKind.REWRITE, 0.7, 0.9, List.of());
    Link outside = new Link(a000.id(), "not-in-story", LinkKind.EXACT, 1.0, 0.9, List.of());
    Quote q =
        new Quote(
            "Ben Sasse",
            "named",
            "told",
            "a weak game plan",
            true,
            List.of(a000.id()),
            List.of("Daily Caller"),
            List.of(),
            List.of(),
            0.9,
            new SpeakerEvidence(
                "Ben Sasse", "named", 0, true, 1, 0, "cue", 0, false, "person", false, 0));
    DossierStages stages = DossierStages.none().withQuotes(articles -> List.of(q));
    Dossier d =
        new DossierBuilder(new ConceptSummarizer(), stages, 100)
            .build("sl-x", "storyline", "Talks", seeds, List.of(inside, outside));
    assertThat(d.links()).containsExactly(inside);
    assertThat(d.quotes()).containsExactly(q);
    assertThat(d.entities()).isEmpty();
  }

  @Test
  void emptyInputGivesNoDossiers() {
    var report = new Analyzer().analyze(List.of());
    assertThat(report.dossiers()).isEmpty();
    assertThat(report.storylines()).isEmpty();
  }

  @Test
  void firstPublisherFollowsConfidentDerivationLinksAndExplainsWhy() {
    Article a000 = SeedArticles.seed(seeds, "000");
    Article a003 = SeedArticles.seed(seeds, "003");
    Article a001 = SeedArticles.seed(seeds, "001");
    FirstPublisherFinder f = new FirstPublisherFinder();
    // 000 (dated 2021-12-28, like 003, left out here) is a confident rewrite of the undated 001
    List<Article> without003 = seeds.stream().filter(a -> a != a003).toList();
    FirstPublisher fp =
        f.find(
                without003,
                List.of(new Link(a001.id(), a000.id(), LinkKind.REWRITE, 0.7, 0.9, List.of())))
            .orElseThrow();
    assertThat(fp.article()).isEqualTo(a001.id());
    assertThat(fp.evidence())
        .anyMatch(e -> e.contains("earliest publication date 2021-12-28"))
        .anyMatch(e -> e.contains("is a rewrite of " + a001.id()))
        .anyMatch(e -> e.contains("derivation " + a001.id() + " -> " + a000.id()));
    // a same-day tie is broken in favour of the original, not the copy
    FirstPublisher tie =
        f.find(
                seeds,
                List.of(new Link(a003.id(), a000.id(), LinkKind.REWRITE, 0.5, 0.8, List.of())))
            .orElseThrow();
    assertThat(tie.article()).isEqualTo(a003.id());
    assertThat(tie.published()).contains("2021-12-28");
    assertThat(tie.evidence()).anyMatch(e -> e.contains("original of 1 derived article(s)"));
    // nothing dated, nothing to say
    assertThat(f.find(List.of(a001), List.of())).isEqualTo(Optional.empty());
  }
}
