// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.dossier.SeedArticles;
import io.storylens.core.text.Sentences;
import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import io.storylens.model.Link;
import io.storylens.model.LinkKind;
import io.storylens.model.SourceRef;
import io.storylens.model.SummarySentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConceptSummarizerTest {
  private final List<Article> seeds = SeedArticles.load();
  private final Map<String, Article> byId =
      seeds.stream().collect(Collectors.toMap(Article::id, Function.identity()));
  private final Summarizer summarizer = new ConceptSummarizer();

  @Test
  void staysWithinTheBudgetAndEverySentenceIsQuotedFromItsSources() {
    List<SummarySentence> summary = summarizer.summarize(SummaryRequest.of(seeds, 120));
    assertThat(summary).isNotEmpty();
    int words = summary.stream().mapToInt(s -> Terms.wordCount(s.text())).sum();
    assertThat(words).isLessThanOrEqualTo(120);
    for (SummarySentence s : summary) {
      assertThat(s.sources()).isNotEmpty();
      assertThat(s.sources()).extracting(r -> sentenceOf(r)).contains(s.text());
      assertThat(s.outlets())
          .containsExactlyElementsOf(
              s.sources().stream()
                  .map(r -> byId.get(r.article()).outletName())
                  .distinct()
                  .sorted()
                  .toList());
    }
  }

  @Test
  void listsEveryArticleThatStatesASentenceNotOnlyTheOneItWasTakenFrom() {
    // 001 rewrites 000: the Ryabkov / Reuters sentences and Biden's quote appear in both
    List<SummarySentence> all = summarizer.summarize(SummaryRequest.of(seeds, 5000));
    Article a000 = SeedArticles.seed(seeds, "000");
    Article a001 = SeedArticles.seed(seeds, "001");
    assertThat(all)
        .anySatisfy(
            s ->
                assertThat(s.sources())
                    .extracting(SourceRef::article)
                    .contains(a000.id(), a001.id()));
  }

  @Test
  void outputDoesNotDependOnInputOrder() {
    List<Article> shuffled = new ArrayList<>(seeds);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(summarizer.summarize(SummaryRequest.of(shuffled, 150)))
        .isEqualTo(summarizer.summarize(SummaryRequest.of(seeds, 150)));
  }

  @Test
  void prefersTheEarliestSourceOfASentence() {
    List<SummarySentence> all = summarizer.summarize(SummaryRequest.of(seeds, 5000));
    List<Article> order = seeds.stream().sorted(Chronology.ORDER).toList();
    for (SummarySentence s : all) {
      // the text comes from the earliest article among the sources whose sentence could be used
      SourceRef taken =
          s.sources().stream()
              .filter(r -> sentenceOf(r).equals(s.text()))
              .findFirst()
              .orElseThrow();
      int takenRank = order.indexOf(byId.get(taken.article()));
      assertThat(s.sources())
          .filteredOn(r -> order.indexOf(byId.get(r.article())) < takenRank)
          .allSatisfy(
              r -> // an earlier source was not usable: quoted, or not the same sentence text
              assertThat(quoted(r))
                      .as("earlier source %s of '%s' should have been preferred", r, s.text())
                      .isTrue());
    }
  }

  @Test
  void marksSentencesWithAFlaggedDisagreementAsDisputed() {
    Article a000 = SeedArticles.seed(seeds, "000");
    Article a001 = SeedArticles.seed(seeds, "001");
    int idx = indexOf(a000, "defend Afghanistan");
    Disagreement d =
        new Disagreement(
            "slot",
            "000 says troops would defend Afghanistan, 001 says Ukraine",
            List.of(a000.id(), a001.id()),
            List.of("Afghanistan", "Ukraine"),
            List.of(new SourceRef(a000.id(), idx)));
    List<SummarySentence> all =
        summarizer.summarize(
            new SummaryRequest(seeds, List.of(), List.of(d), Optional.empty(), 5000));
    SummarySentence s =
        all.stream().filter(x -> x.text().contains("not on the table")).findFirst().orElseThrow();
    assertThat(s.disputed()).isTrue();
    assertThat(s.text()).startsWith("Reports differ (Afghanistan vs Ukraine): ");
    assertThat(s.sources()).contains(new SourceRef(a000.id(), idx));
    assertThat(s.sources()).extracting(SourceRef::article).contains(a001.id());
    assertThat(all.stream().filter(x -> !x.text().contains("not on the table")))
        .noneMatch(SummarySentence::disputed);
  }

  @Test
  void linkedCopiesCountOnceAndAlignedSentencesAreSources() {
    Article a000 = SeedArticles.seed(seeds, "000");
    Article a003 = SeedArticles.seed(seeds, "003");
    SourceGroups groups =
        new SourceGroups(
            seeds.stream().map(Article::id).toList(),
            List.of(new Link(a000.id(), a003.id(), LinkKind.REWRITE, 0.6, 0.8, List.of())));
    assertThat(groups.group(a003.id())).isEqualTo(groups.group(a000.id()));
    assertThat(SentencePool.of(seeds, List.of()).groups).isEqualTo(5);
    assertThat(
            SentencePool.of(
                    seeds,
                    List.of(new Link(a000.id(), a003.id(), LinkKind.REWRITE, 0.6, 0.8, List.of())))
                .groups)
        .isEqualTo(4);
    // an aligned-sentence link adds the aligned sentence to the provenance
    var aligned =
        new io.storylens.model.LinkEvidence(
            "aligned-sentence", "same meeting", Optional.of(0), Optional.of(0));
    Link link = new Link(a000.id(), a003.id(), LinkKind.REWRITE, 0.6, 0.8, List.of(aligned));
    List<SummarySentence> all =
        summarizer.summarize(
            new SummaryRequest(seeds, List.of(link), List.of(), Optional.empty(), 5000));
    assertThat(all)
        .filteredOn(s -> s.sources().contains(new SourceRef(a000.id(), 0)))
        .singleElement()
        .satisfies(s -> assertThat(s.sources()).contains(new SourceRef(a003.id(), 0)));
  }

  @Test
  void tellsQuotationsFromNarrationWithAnEmbeddedQuote() {
    assertThat(SentencePool.closesEarlierQuote("But it is not in the cards right now.”")).isTrue();
    assertThat(SentencePool.closesEarlierQuote("I want to set expectations accordingly.'"))
        .isTrue();
    assertThat(SentencePool.closesEarlierQuote("Biden said it is “not on the table.”")).isFalse();
    assertThat(SentencePool.closesEarlierQuote("He called it a 'red line.'")).isFalse();
    assertThat(SentencePool.closesEarlierQuote("Talks will resume on Monday.")).isFalse();
    String text = "“We will talk. There is hope,” he said. Talks went on.\n\nThe end came.";
    assertThat(SentencePool.quoted(text, Sentences.spans(text)))
        .containsExactly(true, true, false, false);
  }

  @Test
  void handlesEmptyAndDegenerateInput() {
    assertThat(summarizer.summarize(SummaryRequest.of(List.of(), 100))).isEmpty();
    Article blank = seeds.get(0).withText("   \n\n  ");
    assertThat(summarizer.summarize(SummaryRequest.of(List.of(blank), 100))).isEmpty();
    Article binary = seeds.get(0).withText("\u0000\u0001\u0002 \uFFFD\uFFFD");
    assertThat(summarizer.summarize(SummaryRequest.of(List.of(binary), 100))).isEmpty();
    assertThat(summarizer.summarize(SummaryRequest.of(seeds, 1))).isEmpty();
    assertThatThrownBy(() -> SummaryRequest.of(seeds, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wordBudget");
  }

  @Test
  void baselinesAlsoCarryProvenance() {
    for (Summarizer s : List.of(new LeadSummarizer(), new LexRankSummarizer())) {
      List<SummarySentence> out = s.summarize(SummaryRequest.of(seeds, 100));
      assertThat(out).isNotEmpty();
      assertThat(out).allSatisfy(x -> assertThat(x.sources()).isNotEmpty());
      assertThat(out.stream().mapToInt(x -> Terms.wordCount(x.text())).sum())
          .isLessThanOrEqualTo(100);
    }
  }

  private String sentenceOf(SourceRef r) {
    return Sentences.split(byId.get(r.article()).text()).get(r.sentence());
  }

  private boolean quoted(SourceRef r) {
    String text = byId.get(r.article()).text();
    return SentencePool.quoted(text, Sentences.spans(text))[r.sentence()];
  }

  private static int indexOf(Article a, String needle) {
    List<String> s = Sentences.split(a.text());
    for (int i = 0; i < s.size(); i++) {
      if (s.get(i).contains(needle)) {
        return i;
      }
    }
    throw new AssertionError(needle + " not in " + a.id());
  }
}
