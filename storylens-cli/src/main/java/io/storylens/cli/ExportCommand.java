// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.export.DossierPage;
import io.storylens.core.export.ExportFormat;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storylens export ID --format json|md|html|timelinejs}: one dossier from the store. */
@Command(
    name = "export",
    description =
        "Export the dossier of an event or storyline (analyzing the stored articles) as JSON,"
            + " Markdown, a standalone HTML page or TimelineJS JSON.")
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ID", description = "Event or storyline id (a unique prefix is enough).")
  String id;

  @Option(
      names = "--format",
      defaultValue = "json",
      paramLabel = "FORMAT",
      description = "json, md, html or timelinejs (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Override
  public Integer call() throws Exception {
    ExportFormat f = ExportFormat.of(format);
    try (Database db = store.openExisting()) {
      List<Article> articles = new SqliteArticleStore(db).all();
      // Dossiers are not stored yet: they are rebuilt from the stored articles (deterministic).
      Report report = Analyzer.builder().build().analyze(articles);
      List<Dossier> matches = report.dossiers().stream().filter(d -> d.id().equals(id)).toList();
      if (matches.isEmpty()) {
        matches = report.dossiers().stream().filter(d -> d.id().startsWith(id)).toList();
      }
      if (matches.size() != 1) {
        System.err.println(
            "storylens: "
                + (matches.isEmpty() ? "no dossier with id " : "ambiguous dossier id ")
                + Terminal.safe(id)
                + " [NOT_FOUND]; known: "
                + Terminal.safe(
                    String.join(", ", report.dossiers().stream().map(Dossier::id).toList())));
        return Main.SOME_REJECTED;
      }
      String text = f.exporter().export(new DossierPage(matches.get(0), articles));
      if (out == null) {
        Cli.stdout().print(text);
      } else {
        Files.writeString(out, text, StandardCharsets.UTF_8);
        Cli.stdout().println("wrote " + out);
      }
    }
    return Main.OK;
  }
}
