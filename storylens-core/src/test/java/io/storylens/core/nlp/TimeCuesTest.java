// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.model.Article;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import io.storylens.testkit.NeedsSharedData;
import io.storylens.testkit.SlowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeCuesTest {
  @Test
  void digitsAndSutimeVocabularyPassOtherSentencesDoNot() {
    assertThat(TimeCues.mayHoldTime("The vote is on 12 March.")).isTrue();
    assertThat(TimeCues.mayHoldTime("He resigned yesterday.")).isTrue();
    assertThat(TimeCues.mayHoldTime("Three weeks ago, the talks failed.")).isTrue();
    assertThat(TimeCues.mayHoldTime("They met on Mondays.")).isTrue();
    assertThat(TimeCues.mayHoldTime("Sales rose in the EIGHTIES.")).isTrue();
    assertThat(TimeCues.mayHoldTime("The bi-weekly meeting was cancelled.")).isTrue();
    assertThat(TimeCues.mayHoldTime("Shoppers crowded the stores at Thanksgiving.")).isTrue();
    assertThat(TimeCues.mayHoldTime("The minister denied the report.")).isFalse();
    assertThat(TimeCues.mayHoldTime("\"We will not back down,\" she said.")).isFalse();
    assertThat(TimeCues.mayHoldTime("")).isFalse();
  }

  /**
   * The pre-filter's contract on real news text: every sentence in which SUTime, run on the whole
   * article, finds a time expression passes it; and it spares SUTime a real share of the sentences
   * (on the 198 dev articles about half of the 6,067 sentences pass; SUTime finds 2,629
   * expressions).
   */
  @Test
  @SlowTest
  @NeedsModels
  @NeedsSharedData
  void everySentenceWithASutimeExpressionPassesOnDevArticles() throws Exception {
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    List<Article> articles =
        new Ingestor(IngestOptions.defaults())
            .read("dev.jsonl", Files.readAllBytes(dev))
            .articles();
    List<String> missed = new ArrayList<>();
    int sentences = 0;
    int passed = 0;
    int expressions = 0;
    for (Article a : articles) {
      Annotation doc = new Annotation(a.text());
      a.publishedDate()
          .ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
      Pipelines.pipeline(NlpMode.TIME).annotate(doc);
      Pipelines.tagAndSutime(doc);
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        String text = s.get(CoreAnnotations.TextAnnotation.class);
        boolean pass = TimeCues.mayHoldTime(text);
        sentences++;
        passed += pass ? 1 : 0;
        List<CoreMap> found = s.get(TimeAnnotations.TimexAnnotations.class);
        if (found != null && !found.isEmpty()) {
          expressions += found.size();
          if (!pass) {
            missed.add(found.get(0).get(CoreAnnotations.TextAnnotation.class) + " in: " + text);
          }
        }
      }
    }
    assertThat(expressions).isGreaterThan(100);
    assertThat(missed).isEmpty();
    assertThat((double) passed / sentences).isLessThan(0.6);
  }
}
