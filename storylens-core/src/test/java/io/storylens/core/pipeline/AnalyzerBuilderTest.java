// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.Clusterer;
import io.storylens.core.dossier.SeedArticles;
import io.storylens.core.nlp.AnnotationCache;
import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every stage chosen through {@link Analyzer#builder()} is the one the analysis runs, in a full and
 * in an incremental analysis. The language layer here finds nothing, so no CoreNLP model is needed
 * and the rule stages run on the seed text alone.
 */
class AnalyzerBuilderTest {
  private static final LanguageLayer NOTHING_FOUND =
      new LanguageLayer(
          (text, date) -> new ArticleAnnotations(0, List.of(), List.of(), List.of()),
          AnnotationCache.inMemory(),
          "nothing-found",
          1);

  private static List<Article> seeds() {
    return SeedArticles.load().stream().sorted(Analyzer.ORDER).toList();
  }

  private static Analyzer.Builder base() {
    return Analyzer.builder().language(NOTHING_FOUND);
  }

  @Test
  void theDefaultStagesFindQuotesAndSummariesInTheSeeds() {
    Report r = base().build().analyze(seeds());
    assertThat(r.dossiers()).isNotEmpty();
    assertThat(r.dossiers().stream().mapToInt(d -> d.quotes().size()).sum()).isPositive();
    assertThat(r.dossiers()).allSatisfy(d -> assertThat(d.summary()).isNotEmpty());
  }

  @Test
  void aChosenQuoteStageAndSummarizerReplaceTheDefaults() {
    Report r =
        base()
            .quotes(hints -> article -> List.of())
            .summarizer(() -> request -> List.of())
            .build()
            .analyze(seeds());
    assertThat(r.dossiers()).isNotEmpty();
    assertThat(r.dossiers()).allSatisfy(d -> assertThat(d.quotes()).isEmpty());
    assertThat(r.dossiers()).allSatisfy(d -> assertThat(d.summary()).isEmpty());
    // The other stages are untouched: the same events as with the defaults.
    assertThat(r.events()).isEqualTo(base().build().analyze(seeds()).events());
  }

  @Test
  void theChosenClusterStageMakesAndResumesTheClusterer() {
    List<String> calls = new ArrayList<>();
    ClusterStage counting =
        new ClusterStage() {
          @Override
          public Clusterer create() {
            calls.add("create");
            return ClusterStage.STANDARD.create();
          }

          @Override
          public KeptGrouping export(Clusterer clusterer) {
            return ClusterStage.STANDARD.export(clusterer);
          }

          @Override
          public Clusterer restore(KeptGrouping state, Function<String, ClusterDoc> docs) {
            calls.add("restore");
            return ClusterStage.STANDARD.restore(state, docs);
          }
        };
    Analyzer analyzer = base().clusters(counting).build();
    IncrementalAnalyzer first = analyzer.incremental();
    Report before = first.update(seeds());
    IncrementalAnalyzer.State kept = first.export();
    assertThat(calls).containsExactly("create");

    IncrementalAnalyzer resumed = analyzer.incremental();
    resumed.restore(kept, seeds());
    // A resumed analyzer starts fresh and then goes on from the kept state.
    assertThat(calls).startsWith("create", "create").endsWith("restore");
    assertThat(resumed.report().events()).isEqualTo(before.events());
    assertThat(before.dossiers().stream().map(Dossier::id))
        .containsExactlyElementsOf(resumed.report().dossiers().stream().map(Dossier::id).toList());
  }
}
