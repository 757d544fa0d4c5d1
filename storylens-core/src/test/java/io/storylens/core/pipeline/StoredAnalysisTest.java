// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.dedup.DerivationLinker;
import io.storylens.core.dossier.SeedArticles;
import io.storylens.core.nlp.LanguageAnnotator;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.nlp.NlpMode;
import io.storylens.core.nlp.SqliteAnnotationCache;
import io.storylens.model.Article;
import io.storylens.store.Database;
import io.storylens.store.SqliteAnalysisStore;
import io.storylens.store.SqliteArticleStore;
import io.storylens.testkit.NeedsModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis kept in the store: a reopened store serves the saved analysis without running a
 * stage, goes on from it analyzing only new articles, and a new pipeline version analyzes again
 * while the old analysis stays readable.
 */
class StoredAnalysisTest {
  private static final LanguageAnnotator CORE_NLP = LanguageAnnotator.coreNlp(NlpMode.FULL);

  @TempDir Path dir;

  /** How often the language layer's annotator ran (the costly stage), per "process". */
  private final AtomicInteger annotated = new AtomicInteger();

  private Analyzer analyzer(Database db) {
    LanguageAnnotator counting =
        (text, date) -> {
          annotated.incrementAndGet();
          return CORE_NLP.annotate(text, date);
        };
    return Analyzer.builder()
        .linker(new DerivationLinker())
        .language(
            new LanguageLayer(
                counting, new SqliteAnnotationCache(db), NlpMode.FULL.configHash(), 1))
        .build();
  }

  /** The seeds in analysis order. */
  static List<Article> seeds() {
    return SeedArticles.load().stream().sorted(Analyzer.ORDER).toList();
  }

  @Test
  @NeedsModels
  void aReopenedStoreServesTheSavedAnalysisAndAnalyzesOnlyNewArticles() {
    Path file = dir.resolve("s.db");
    List<Article> seeds = seeds();
    List<Article> first = seeds.subList(0, 4);
    String saved;
    try (Database db = Database.open(file)) {
      new SqliteArticleStore(db).putAll(first);
      StoredAnalysis a = new StoredAnalysis(analyzer(db), new SqliteAnalysisStore(db));
      assertThat(a.resume(first)).isFalse();
      assertThat(a.published(first)).isEmpty();
      Report r = a.analyze(first, true);
      assertThat(a.computed()).isEqualTo(4);
      // At least once per article; an article whose header date is not trusted is annotated
      // again at its effective date by the dossier stage.
      assertThat(annotated.get()).isGreaterThanOrEqualTo(4);
      saved = ReportWriter.toJson(r);
    }
    annotated.set(0);
    try (Database db = Database.open(file)) {
      List<Article> stored = new SqliteArticleStore(db).all();
      StoredAnalysis a = new StoredAnalysis(analyzer(db), new SqliteAnalysisStore(db));
      // Served as saved, before and without any stage running.
      StoredAnalysis.Published p = a.published(stored).orElseThrow();
      assertThat(ReportWriter.toJson(p.report())).isEqualTo(saved);
      assertThat(p.generation()).isEqualTo(1);
      assertThat(a.resume(stored)).isTrue();
      assertThat(ReportWriter.toJson(a.analyze(stored, false))).isEqualTo(saved);
      assertThat(a.computed()).isZero();
      assertThat(annotated).hasValue(0);
      // One new article: one article's worth of per-article work.
      new SqliteArticleStore(db).putAll(seeds);
      Report next = a.analyze(new SqliteArticleStore(db).all(), true);
      assertThat(a.computed()).isEqualTo(1);
      assertThat(annotated.get()).isBetween(1, 2);
      assertThat(next.articles()).hasSize(5);
      // The same grouping as an analysis that never stopped.
      assertThat(groups(next)).isEqualTo(groups(new Analyzer().analyze(seeds)));
      assertThat(a.published(seeds).orElseThrow().generation()).isEqualTo(2);
    }
  }

  @Test
  @NeedsModels
  void anotherPipelineVersionAnalyzesAgainWhileTheOldAnalysisStaysReadable() {
    Path file = dir.resolve("s.db");
    List<Article> seeds = seeds();
    String saved;
    try (Database db = Database.open(file)) {
      new SqliteArticleStore(db).putAll(seeds);
      StoredAnalysis a = new StoredAnalysis(analyzer(db), new SqliteAnalysisStore(db), "v1");
      saved = ReportWriter.toJson(a.analyze(seeds, true));
    }
    try (Database db = Database.open(file)) {
      StoredAnalysis a = new StoredAnalysis(analyzer(db), new SqliteAnalysisStore(db), "v2");
      assertThat(a.resume(seeds)).isFalse();
      assertThat(ReportWriter.toJson(a.published(seeds).orElseThrow().report())).isEqualTo(saved);
      // Analyzed again but not yet published: the old analysis is still the published one.
      a.analyze(seeds, false);
      assertThat(a.computed()).isEqualTo(5);
      StoredAnalysis.Published old = a.published(seeds).orElseThrow();
      assertThat(old.pipeline()).isEqualTo("v1");
      a.publish();
      assertThat(a.published(seeds).orElseThrow().pipeline()).isEqualTo("v2");
      assertThat(a.published(seeds).orElseThrow().generation()).isEqualTo(2);
    }
  }

  /** The events of {@code r} as sets of article ids (ids and titles aside). */
  static Set<Set<String>> groups(Report r) {
    return r.events().stream().map(e -> Set.copyOf(e.articles())).collect(Collectors.toSet());
  }
}
