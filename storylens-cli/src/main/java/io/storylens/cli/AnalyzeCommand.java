// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.dedup.DerivationLinker;
import io.storylens.core.dedup.LshBands;
import io.storylens.core.dedup.SqliteLshIndex;
import io.storylens.core.export.DossierFiles;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.nlp.NlpMode;
import io.storylens.core.nlp.SqliteAnnotationCache;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.IngestService;
import io.storylens.core.pipeline.Report;
import io.storylens.core.pipeline.ReportWriter;
import io.storylens.core.pipeline.StoredAnalysis;
import io.storylens.model.Article;
import io.storylens.store.Database;
import io.storylens.store.SqliteAnalysisStore;
import io.storylens.store.SqliteArticleStore;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storylens analyze INPUT… --out DIR}: ingest, run every stage, write the output. */
@Command(
    name = "analyze",
    description =
        "Ingest inputs, run every pipeline stage on them, and write DIR/storylens.json plus"
            + " DIR/<storyline>.md, .html, .json and .timeline.json.")
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin IngestOptionsMixin ingest;
  @Mixin GroupingOption grouping;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--all",
      description = "Analyze every stored article, not only those read from the inputs.")
  boolean all;

  @Override
  public Integer call() {
    var stdout = Cli.stdout();
    try (Database db = store.open()) {
      IngestService.Summary s = ingest.ingest(db, stdout, System.err);
      SqliteArticleStore articles = new SqliteArticleStore(db);
      List<Article> selected;
      if (all) {
        selected = articles.all();
      } else {
        Set<String> ids = new LinkedHashSet<>(s.added());
        ids.addAll(s.existing());
        selected = articles.all().stream().filter(a -> ids.contains(a.id())).toList();
      }
      // Links use the persisted LSH index, so stored articles are never re-signed or re-indexed;
      // annotations are cached in the store (V004), so re-analysis does not re-annotate.
      LanguageLayer language = LanguageLayer.of(NlpMode.analysis(), new SqliteAnnotationCache(db));
      // Per-article results are kept in the store (V011), so an article is analyzed once per
      // pipeline version; an analysis of every stored article goes on from the one kept there
      // (and is kept in turn), so it costs only the articles that are new.
      StoredAnalysis kept =
          new StoredAnalysis(
              Analyzer.builder()
                  .linker(new DerivationLinker(() -> new SqliteLshIndex(db, LshBands.DEFAULT)))
                  .language(language)
                  .clusters(grouping.stage(db))
                  .build(),
              new SqliteAnalysisStore(db));
      boolean everything = selected.size() == articles.count();
      if (everything) {
        kept.resume(selected);
      }
      Report report = kept.analyze(selected, everything);
      new io.storylens.store.LinkTable(db)
          .replaceAmong(selected.stream().map(Article::id).toList(), report.links());
      Path file = ReportWriter.write(report, out);
      List<Path> exports = DossierFiles.writeStorylines(report.dossiers(), selected, out);
      stdout.printf(
          Locale.ROOT,
          "analyzed %d article(s): %d link(s), %d event(s), %d storyline(s) (%s grouping) -> %s"
              + " (+%d dossier file(s))%n",
          report.articles().size(),
          report.links().size(),
          report.events().size(),
          report.storylines().size(),
          grouping.name(),
          file,
          exports.size());
      return s.problems().isEmpty() ? Main.OK : Main.SOME_REJECTED;
    }
  }
}
