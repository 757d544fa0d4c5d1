// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.IngestProblem;
import io.storylens.core.pipeline.IngestService;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and limits shared by {@code ingest} and {@code analyze}. */
public final class IngestOptionsMixin {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files, directories (recursive) or globs; .gz is read transparently.")
  List<String> inputs;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description =
          "Largest accepted input in bytes; for JSON Lines (streamed) the largest line, for"
              + " WARC the largest record (default: ${DEFAULT-VALUE}).",
      defaultValue = "20971520")
  long maxBytes;

  @Option(
      names = "--readers",
      paramLabel = "N",
      description =
          "Threads that read and parse inputs ahead of the single database writer"
              + " (default: one per core but one, which the writer needs; at least 1).",
      defaultValue = "0")
  int readers;

  /** Runs the ingest, printing problems and a summary; returns the summary. */
  IngestService.Summary ingest(Database db, PrintStream out, PrintStream err) {
    IngestService service =
        new IngestService(
            new IngestOptions(maxBytes),
            new SqliteArticleStore(db),
            readers > 0 ? readers : IngestService.defaultReaders());
    IngestProgress progress =
        new IngestProgress(err, Terminal.interactive(), IngestProgress.PLAIN_ARTICLE_STEP);
    IngestService.Summary s =
        service.ingest(
            inputs,
            progress,
            (IngestProblem p) -> err.println("rejected: " + Terminal.safe(p.toString())),
            progress);
    out.printf(
        Locale.ROOT,
        "ingested %d input(s): %d new article(s), %d already stored, %d rejected%n",
        s.inputs(),
        s.added().size(),
        s.existing().size(),
        s.problems().size());
    return s;
  }
}
