// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.eval.ClustersEval;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.core.nlp.Tense;
import io.storylens.core.text.Sentences;
import io.storylens.core.timeline.ResolvedTimex;
import io.storylens.model.Article;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class EventDatesTest {
  private static Article seed(String prefix) throws Exception {
    Path p = Fixtures.seed(prefix);
    return new Ingestor(IngestOptions.defaults())
        .read(new InputFile(p.getFileName().toString(), p))
        .articles()
        .get(0);
  }

  private static List<LocalDate> cheap(Article a, LocalDate anchor) {
    return EventDates.cheap(a.title().value().orElse(""), a.text(), Optional.of(anchor));
  }

  @Test
  void theCheapPathDatesEachSeedsHappeningFromItsLead() throws Exception {
    // "agreed to meet on January 10 ..., the White House announced Monday" (written Dec 28).
    assertThat(cheap(seed("000"), LocalDate.of(2021, 12, 28)))
        .containsExactly(LocalDate.of(2021, 12, 27), LocalDate.of(2022, 1, 10));
    // "will hold security talks on January 10".
    assertThat(cheap(seed("003"), LocalDate.of(2021, 12, 28)))
        .containsExactly(LocalDate.of(2022, 1, 10));
    // Shuffled paragraphs: the sentence restating the headline ("set to speak Thursday") is the
    // tenth, and the Jan. 10 meeting it also mentions is background.
    assertThat(cheap(seed("002"), LocalDate.of(2021, 12, 29)))
        .containsExactly(LocalDate.of(2021, 12, 30));
    // The stale-dated video-call preview, at the effective date the date checker gives it.
    assertThat(cheap(seed("004"), LocalDate.of(2021, 12, 6)))
        .isNotEmpty()
        .allMatch(
            d -> !d.isBefore(LocalDate.of(2021, 12, 6)) && !d.isAfter(LocalDate.of(2021, 12, 7)));
  }

  @Test
  void withoutADateOnlyExplicitYearsCount() throws Exception {
    // 001 has no date line; its lead spells out "December 27, 2021" but not January 10's year.
    assertThat(EventDates.cheap("", seed("001").text(), Optional.empty()))
        .containsExactly(LocalDate.of(2021, 12, 27));
    assertThat(EventDates.cheap("", "Talks will be held on Monday.", Optional.empty())).isEmpty();
  }

  @Test
  void badInputGivesNoDaysRatherThanAnError() {
    LocalDate d = LocalDate.of(2020, 3, 1);
    assertThat(EventDates.cheap("", "", Optional.of(d))).isEmpty();
    assertThat(EventDates.cheap("Title only", "", Optional.of(d))).isEmpty();
    assertThat(
            EventDates.cheap("", "The vote is set for February 31 and March 45.", Optional.of(d)))
        .isEmpty();
    // A background date far from publication is not the happening.
    assertThat(EventDates.cheap("", "Russia seized Crimea on March 18, 2014.", Optional.of(d)))
        .isEmpty();
    assertThat(EventDates.cheap("", "\u0000\u0001 binary \uFFFD junk 12 34", Optional.of(d)))
        .isEmpty();
  }

  @Test
  void theLanguageLayersTimexesAreSelectedByTheSameRule() {
    String text =
        "The two sides met last week. Officials said on Tuesday that the leaders will speak"
            + " on Thursday about the border.";
    List<ResolvedTimex> timexes =
        List.of(
            new ResolvedTimex("last week", "DATE", "2021-W51", 0, Tense.PAST),
            new ResolvedTimex("Tuesday", "DATE", "2021-12-28", 1, Tense.PAST),
            new ResolvedTimex("Thursday", "DATE", "2021-12-30", 1, Tense.FUTURE));
    assertThat(
            EventDates.fromTimexes(
                "Leaders to speak about the border",
                text,
                Optional.of(LocalDate.of(2021, 12, 29)),
                timexes))
        .containsExactly(LocalDate.of(2021, 12, 28), LocalDate.of(2021, 12, 30));
    assertThat(EventDates.fromTimexes("", "", Optional.empty(), List.of())).isEmpty();
  }

  @NeedsSharedData
  @Test
  void theFastDateScanFindsExactlyWhatFindFinds() {
    // The pre-filtered scan must be a pure speed-up: same matches, same groups, on real news text
    // and on edge cases of word boundaries and case.
    List<String> texts = new ArrayList<>();
    for (ClustersEval.Item item :
        ClustersEval.read(Fixtures.sharedData("news-clusters").resolve("dev.jsonl"))) {
      texts.add(item.doc().title());
      texts.addAll(Sentences.split(item.doc().text()));
    }
    texts.addAll(
        List.of(
            "JANUARY 10, 2022 and jan. 3rd",
            "x_Monday, _Tuesday, éMonday, 3Monday, Monday3, TODAY.",
            "on 10 January 2022 (Jan.10) and 1st Feb",
            "tomorrow's talks; yesterday, sept. 11 and Sep 11th",
            "",
            "Mayday Maybe May 5"));
    int matches = 0;
    for (String t : texts) {
      List<String> expected = new ArrayList<>();
      Matcher m = EventDates.DATE.matcher(t);
      while (m.find()) {
        expected.add(describe(m));
      }
      List<String> actual =
          EventDates.dateMatches(t).stream().map(EventDatesTest::describe).toList();
      assertThat(actual).as(t).isEqualTo(expected);
      matches += expected.size();
    }
    assertThat(matches).isGreaterThan(500);
  }

  private static String describe(MatchResult m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append('|').append(m.group(g));
    }
    return b.toString();
  }
}
