// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.timeline.SeedArticles;
import io.storylens.model.Article;
import io.storylens.store.Database;
import io.storylens.testkit.NeedsModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-analysis does not re-annotate: annotations survive in the store. */
@NeedsModels
class AnnotationCacheTest {
  @Test
  void secondRunReadsTheStoreInsteadOfAnnotating(@TempDir Path dir) {
    List<Article> articles = List.of(SeedArticles.seed("000"), SeedArticles.seed("003"));
    AtomicInteger calls = new AtomicInteger();
    LanguageAnnotator time = LanguageAnnotator.coreNlp(NlpMode.TIME);
    LanguageAnnotator counting =
        (text, date) -> {
          calls.incrementAndGet();
          return time.annotate(text, date);
        };
    String hash = NlpMode.TIME.configHash();
    var first = Map.<String, ArticleAnnotations>of();
    try (Database db = Database.open(dir.resolve("s.db"))) {
      first =
          new LanguageLayer(counting, new SqliteAnnotationCache(db), hash, 2).annotateAll(articles);
    }
    assertThat(calls).hasValue(2);
    try (Database db = Database.open(dir.resolve("s.db"))) {
      var second =
          new LanguageLayer(counting, new SqliteAnnotationCache(db), hash, 2).annotateAll(articles);
      assertThat(second).isEqualTo(first);
    }
    assertThat(calls).hasValue(2);
    assertThat(first.get(articles.get(0).id()).timexes()).isNotEmpty();
  }
}
