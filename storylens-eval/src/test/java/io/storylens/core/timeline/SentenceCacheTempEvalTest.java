// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.LanguageAnnotator;
import io.storylens.core.nlp.NlpMode;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import io.storylens.testkit.NeedsSharedData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lean analysis's entity mentions of the TempEval-3 documents are the same whether the
 * annotator keeps its sentence cache (as it does by default) or tags every document whole.
 *
 * <p>Time expressions are not compared here: SUTime, which the cache leaves alone, is not a
 * function of its document in one process. Annotated again after 25 other documents, one of these
 * ("Wednesday" in APW20000107.0088) moved a week, with or without the cache.
 */
class SentenceCacheTempEvalTest {
  @NeedsModels
  @NeedsSharedData
  @Test
  void everyTempEvalDocumentGetsTheSameMentionsWithTheSentenceCache() {
    List<java.nio.file.Path> files =
        TimexEval.tmlFiles(Fixtures.sharedData("tempeval3").resolve("train"));
    LanguageAnnotator whole = LanguageAnnotator.coreNlpUncached(NlpMode.LEAN);
    LanguageAnnotator cached = LanguageAnnotator.coreNlp(NlpMode.LEAN);
    int mentions = 0;
    for (java.nio.file.Path f : files) {
      TimeMl d = TimeMl.read(f);
      ArticleAnnotations expected = whole.annotate(d.text(), Optional.of(d.dct()));
      assertThat(cached.annotate(d.text(), Optional.of(d.dct())).mentions())
          .as(f.getFileName().toString())
          .isEqualTo(expected.mentions());
      mentions += expected.mentions().size();
    }
    assertThat(files).hasSizeGreaterThan(200);
    assertThat(mentions).isGreaterThan(1_000);
  }
}
