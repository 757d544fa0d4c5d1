// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.model.Article;
import io.storylens.model.Event;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events and storylines of the five seed articles, read the way a careful reader would.
 *
 * <p>The reader's view: one storyline, US–Russia talks over Ukraine (Dec 2021 – Jan 2022), and
 * three events, because the articles report three different dated happenings:
 *
 * <ul>
 *   <li>the agreement of Dec 27–28 to hold US–Russia security talks in Geneva on Jan 10: 000, its
 *       rewrite 001, and 003 ("will hold security talks on January 10");
 *   <li>the Biden–Putin phone call of Thursday Dec 30, previewed by 002 (published Dec 29; "set to
 *       speak Thursday"). It also mentions the Jan 10 meeting, but only as background: its headline
 *       and the sentence that restates it are about the call;
 *   <li>the Biden–Putin video call of Dec 7, previewed by 004, whose header (18 Jan 2022) is a
 *       stale republication date: the text says "the December 7 meeting, to be held via
 *       videoconference", and the date checker gives it the effective date Dec 6.
 * </ul>
 *
 * <p>Vocabulary alone cannot make this split: the five share their cast (Biden, Putin, Russia,
 * Ukraine, NATO) and 002 and 004 talk about the talks too, so 002 is lexically closer to the Jan 10
 * reports than 003 is to 000. What tells them apart is what a reader uses: each article dates the
 * happening it reports (the dates of the lead sentence that restates the headline: Jan 10 / Dec 27,
 * Dec 30, Dec 6–7), and names it with different words (talks and meeting vs speak vs a round of
 * talks by video). The clusterer penalizes joining an article to an event whose event days are more
 * than two days away unless their headline words (names excluded) largely agree.
 */
@NeedsModels
class SeedStoriesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Map<String, String> ID_OF = new HashMap<>();
  private static Report report;

  @BeforeAll
  static void analyze() throws Exception {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    List<Article> articles = new ArrayList<>();
    try (var files = Files.list(Fixtures.seeds())) {
      for (Path p : files.sorted().toList()) {
        List<Article> read = ingestor.read(new InputFile(p.getFileName().toString(), p)).articles();
        assertThat(read).hasSize(1);
        ID_OF.put(p.getFileName().toString().substring(0, 3), read.get(0).id());
        articles.addAll(read);
      }
    }
    report = Analyzer.builder().clock(CLOCK).build().analyze(articles);
  }

  @Test
  void allFiveSeedsFormOneStoryline() {
    assertThat(report.storylines()).hasSize(1);
    assertThat(report.storylines().get(0).articles())
        .containsExactlyInAnyOrderElementsOf(ID_OF.values());
  }

  @Test
  void theRewriteAndTheJanuaryTenReportsShareAnEvent() {
    String e = eventOf("000");
    assertThat(eventOf("001")).isEqualTo(e);
    assertThat(eventOf("003")).isEqualTo(e);
  }

  @Test
  void threeHappeningsMakeThreeEvents() {
    assertThat(report.events()).hasSize(3);
    // The phone call (002) and the video call (004) are events of their own, apart from the
    // Jan 10 talks and from each other.
    assertThat(eventOf("002")).isNotEqualTo(eventOf("000")).isNotEqualTo(eventOf("004"));
    assertThat(eventOf("004")).isNotEqualTo(eventOf("000"));
    Event call =
        report.events().stream()
            .filter(e -> e.id().equals(eventOf("002")))
            .findFirst()
            .orElseThrow();
    assertThat(call.articles()).containsExactly(ID_OF.get("002"));
    for (Event e : report.events()) {
      assertThat(e.storyline()).isEqualTo(report.storylines().get(0).id());
    }
  }

  @Test
  void theStaleDatedVideoCallArticleStaysInTheStoryline() {
    Event e =
        report.events().stream()
            .filter(x -> x.articles().contains(ID_OF.get("004")))
            .findFirst()
            .orElseThrow();
    assertThat(e.storyline()).isEqualTo(report.storylines().get(0).id());
  }

  @Test
  void eventTitleIsAMemberHeadlineAndEveryArticleIsInOneEvent() {
    List<String> all = new ArrayList<>();
    report.events().forEach(e -> all.addAll(e.articles()));
    assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ID_OF.values());
    for (Event e : report.events()) {
      assertThat(e.title()).isNotBlank();
    }
  }

  private static String eventOf(String seed) {
    return report.events().stream()
        .filter(e -> e.articles().contains(ID_OF.get(seed)))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
