// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.model.Article;
import io.storylens.model.SourceRef;
import io.storylens.model.SummarySentence;
import io.storylens.model.json.Json;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What-happened summaries of the 38 development events: no page furniture, no headline, no sentence
 * pointing back at an antecedent the summary lacks, every sentence with its sources.
 */
class WhatHappenedTest {
  @Test
  void captionsCreditsAndDisclaimersFromTheCorpusAreUnfit() {
    Set<String> none = Set.of();
    for (String s :
        List.of(
            "FILE - In this May 18, 2017 file photo, actress Uma Thurman poses for photographers.",
            "13, 2016, file photo, the logo for Goldman Sachs appears above a trading post.",
            "(AP Photo/Richard Drew, File)",
            "Getty - Contributor Cash and Jessica are proud parents to daughters Honor and Haven",
            "GETTY The Tiangong-1 Chinese space station was launched into orbit in 2011",
            "NPR transcripts are created on a rush deadline by Verb8tm, Inc., an NPR contractor.",
            "Enlarge this image toggle caption Brendan Smialowski/Getty Images")) {
      assertThat(UnfitSentences.reason(s, none)).as(s).isPresent();
    }
    // Statements that only mention a photo, a transcript or a name after "By" stay fit.
    for (String s :
        List.of(
            "By Monday, the death toll had risen to 12, officials said.",
            "The White House released a transcript of the call on Wednesday.",
            "Officials from the U.S. and Russia have agreed to meet on January 10.")) {
      assertThat(UnfitSentences.reason(s, none)).as(s).isEmpty();
    }
    assertThat(
            UnfitSentences.reason(
                "NYC subway work trains collide in tunnel, 1 worker injured",
                Set.of("nyc subway work trains collide in tunnel, 1 worker injured")))
        .contains("headline");
  }

  @Test
  void openersThatPointBackAreRecognised() {
    assertThat(UnfitSentences.dangling("But the official noted that the talks would go on."))
        .isTrue();
    assertThat(UnfitSentences.dangling("He was sentenced to three years in prison.")).isTrue();
    assertThat(UnfitSentences.dangling("The pair held a video conference this month.")).isTrue();
    assertThat(UnfitSentences.dangling("Herbert Smith was sentenced on Monday.")).isFalse();
    assertThat(UnfitSentences.dangling("Theresa May spoke on Monday.")).isFalse();
  }

  @Test
  @NeedsSharedData
  void developmentEventSummariesReadOnTheirOwn() throws IOException {
    Map<Integer, List<Article>> events = new TreeMap<>();
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    for (String line :
        Files.readAllLines(Fixtures.sharedData("news-clusters").resolve("dev.jsonl"))) {
      JsonNode n = Json.mapper().readTree(line);
      Article a =
          ingestor
              .read("dev.jsonl", (line + "\n").getBytes(StandardCharsets.UTF_8))
              .articles()
              .get(0);
      events.computeIfAbsent(n.path("event_id").asInt(), k -> new ArrayList<>()).add(a);
    }
    ConceptSummarizer summarizer = new ConceptSummarizer();
    int sentences = 0;
    for (var e : events.entrySet()) {
      List<Article> articles = e.getValue();
      Set<String> titles = new HashSet<>();
      articles.forEach(a -> a.title().value().ifPresent(t -> titles.add(t.toLowerCase())));
      List<SummarySentence> summary =
          summarizer.summarize(
              new SummaryRequest(articles, List.of(), List.of(), Optional.empty(), 120));
      assertThat(summary).as("event %s", e.getKey()).isNotEmpty();
      assertThat(UnfitSentences.dangling(summary.get(0).text()))
          .as("event %s opens with: %s", e.getKey(), summary.get(0).text())
          .isFalse();
      for (int i = 0; i < summary.size(); i++) {
        SummarySentence s = summary.get(i);
        sentences++;
        assertThat(s.sources()).isNotEmpty();
        assertThat(UnfitSentences.reason(s.text(), titles)).as(s.text()).isEmpty();
        if (UnfitSentences.dangling(s.text())) {
          // Its antecedent is the sentence right before it, from the same article.
          List<SourceRef> before = i == 0 ? List.of() : summary.get(i - 1).sources();
          assertThat(s.sources())
              .as("%s follows its antecedent", s.text())
              .anyMatch(
                  r ->
                      before.stream()
                          .anyMatch(
                              p ->
                                  p.article().equals(r.article())
                                      && p.sentence() == r.sentence() - 1));
        }
      }
    }
    assertThat(sentences).isGreaterThan(100);
  }
}
