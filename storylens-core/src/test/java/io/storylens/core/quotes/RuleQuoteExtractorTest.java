// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleQuoteExtractorTest {
  private final RuleQuoteExtractor extractor = new RuleQuoteExtractor();

  private List<Attribution> of(String text) {
    return extractor.extract("t", text);
  }

  private static Optional<Attribution> containing(List<Attribution> all, String words) {
    return all.stream().filter(a -> a.text().contains(words)).findFirst();
  }

  @Test
  void trailingAttributionAfterCurlyQuoteAndParagraphContinuation() {
    Article a = SeedArticles.seed("000");
    List<Attribution> all = extractor.extract(a);
    Attribution first = containing(all, "moral obligation").orElseThrow();
    assertThat(first.speaker()).isEqualTo("Joe Biden");
    assertThat(first.kind()).isEqualTo(SpeakerKind.NAMED);
    assertThat(first.cue()).isEqualTo("said");
    assertThat(first.marked()).isTrue();
    // The next quote in the same paragraph has no cue of its own: same speaker.
    assertThat(containing(all, "does not extend to NATO").orElseThrow().speaker())
        .isEqualTo("Joe Biden");
  }

  @Test
  void partialQuoteTakesTheCueBeforeIt() {
    List<Attribution> all = extractor.extract(SeedArticles.seed("000"));
    Attribution a = containing(all, "not on the table").orElseThrow();
    assertThat(a.text()).isEqualTo("not on the table.");
    assertThat(a.speaker()).isEqualTo("Joe Biden");
    assertThat(a.cue()).isEqualTo("stated");
  }

  @Test
  void nestedSingleQuoteAndTitledSenator() {
    List<Attribution> all = extractor.extract(SeedArticles.seed("001"));
    Attribution a = containing(all, "weak game plan").orElseThrow();
    assertThat(a.text()).startsWith("‘Speak loudly");
    assertThat(a.speaker()).isEqualTo("Ben Sasse");
    assertThat(a.mention()).isEqualTo("Sen. Ben Sasse");
    assertThat(a.cue()).isEqualTo("told");
  }

  @Test
  void singleQuotesAndNominalSpeakerNotReplacedByNearbyName() {
    List<Attribution> all = extractor.extract(SeedArticles.seed("004"));
    Attribution a = containing(all, "exact very real costs").orElseThrow();
    assertThat(a.speaker()).isEqualTo("A senior U.S. administration official");
    assertThat(a.kind()).isEqualTo(SpeakerKind.NOMINAL);
    assertThat(a.cue()).isEqualTo("told reporters");
    Attribution peskov = containing(all, "lamentable state").orElseThrow();
    assertThat(peskov.speaker()).isEqualTo("Dmitry Peskov");
  }

  @Test
  void reportedSpeechInStrippedQuotes() {
    Article a = SeedArticles.seed("002");
    assertThat(a.flags()).contains("quotes-stripped");
    List<Attribution> all = extractor.extract(a);
    Attribution official = containing(all, "bolster NATOs force posture").orElseThrow();
    assertThat(official.marked()).isFalse();
    assertThat(official.kind()).isEqualTo(SpeakerKind.NOMINAL);
    assertThat(official.speaker()).contains("official");
    // The first-person sentence after "…, the White House official told reporters." continues it.
    Attribution more = containing(all, "we would like to see a reduction").orElseThrow();
    assertThat(more.speaker())
        .isEqualTo(containing(all, "continuing source of great concern").orElseThrow().speaker());
    assertThat(more.speaker()).contains("official");
    Attribution reznikov = containing(all, "large-scale military invasion").orElseThrow();
    assertThat(reznikov.speaker()).isEqualTo("Oleksii Reznikov");
    assertThat(reznikov.cue()).isEqualTo("said");
  }

  @Test
  void accordingToAndToldReporters() {
    List<Attribution> all =
        of(
            "The U.S. and other European countries will hold a third meeting with Russian"
                + " emissaries on January 13, according to a Reuters report.\n\n"
                + "The two leaders are meeting, but a senior White House official told reporters"
                + " the U.S. is prepared to respond with harsh sanctions.");
    Attribution r = containing(all, "third meeting").orElseThrow();
    assertThat(r.cue()).isEqualTo("according to");
    assertThat(r.speaker()).isEqualTo("a Reuters report");
    Attribution o = containing(all, "prepared to respond").orElseThrow();
    assertThat(o.speaker()).isEqualTo("a senior White House official");
    assertThat(o.cue()).isEqualTo("told reporters");
  }

  @Test
  void pronounResolvedToRecentNamedSpeaker() {
    List<Attribution> all =
        of(
            "Mr. Putin warned that Russia will act if NATO expands into Ukraine. He demanded"
                + " that neither will defend Ukraine, officials said.\n\n"
                + "“We are ready,” he said.");
    Attribution he = containing(all, "We are ready").orElseThrow();
    assertThat(he.kind()).isEqualTo(SpeakerKind.PRONOUN_RESOLVED);
    assertThat(he.speaker()).isEqualTo("Putin");
    assertThat(he.mention()).isEqualTo("he");
  }

  @Test
  void unresolvablePronounStaysUnknown() {
    List<Attribution> all = of("“The talks will go ahead as planned,” she said.");
    Attribution a = all.get(0);
    assertThat(a.kind()).isEqualTo(SpeakerKind.UNKNOWN);
    assertThat(a.speaker()).isEmpty();
    assertThat(a.mention()).isEqualTo("she");
  }

  @Test
  void badInputIsBoundedAndUnknownStaysUnknown() {
    StringBuilder huge = new StringBuilder("“");
    for (int i = 0; i < 5000; i++) {
      huge.append("word").append(i % 7 == 0 ? ", " : " ");
    }
    huge.append("end");
    List<Attribution> unbalanced = of(huge.toString());
    assertThat(unbalanced).hasSize(1);
    assertThat(unbalanced.get(0).kind()).isEqualTo(SpeakerKind.UNKNOWN);

    String noPunctuation = "the official said the talks will go ahead ".repeat(500);
    assertThat(of(noPunctuation)).allSatisfy(a -> assertThat(a.text()).isNotEmpty());
    assertThat(of("")).isEmpty();
    assertThat(of("\" ' “ ‘ ” ’ \"\""))
        .allSatisfy(a -> assertThat(a.kind()).isEqualTo(SpeakerKind.UNKNOWN));
  }
}
