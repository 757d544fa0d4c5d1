// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.ingest.InputFile;
import io.storylens.core.pipeline.IngestService;
import io.storylens.store.ArticleStore;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Ingest progress on standard error: a bar on a terminal, plain lines for logs. Counts inputs and,
 * because one JSON Lines file can hold millions of articles, the articles committed so far.
 */
final class IngestProgress implements IngestService.Progress, Consumer<ArticleStore.PutResult> {
  /** Without a terminal, a line per this many committed articles. */
  static final long PLAIN_ARTICLE_STEP = 100_000;

  private final PrintStream err;
  private final boolean tty;
  private final long articleStep;
  private int done;
  private int total;
  private String label = "";
  private long stored;
  private long nextPlain;

  IngestProgress(PrintStream err, boolean tty, long articleStep) {
    this.err = err;
    this.tty = tty;
    this.articleStep = articleStep;
    this.nextPlain = articleStep;
  }

  @Override
  public void update(int done, int total, InputFile current) {
    this.done = done;
    this.total = total;
    this.label = current.name();
    if (tty) {
      bar();
    } else if (total >= 20 && done % Math.max(1, total / 10) == 0) {
      err.printf(Locale.ROOT, "progress: %d/%d inputs%n", done, total);
    }
  }

  /** After each commit. */
  @Override
  public void accept(ArticleStore.PutResult put) {
    stored += put.added().size() + put.existing().size();
    if (tty) {
      if (total == 0) { // no input finished yet, so the number of inputs is not known
        err.print("\r" + stored + " articles committed\u001b[K");
        err.flush();
      } else if (done < total) {
        bar();
      }
    } else if (stored >= nextPlain) {
      err.println(
          "progress: "
              + stored
              + " articles committed"
              + (total > 0 ? ", " + done + "/" + total + " inputs done" : ""));
      nextPlain = (stored / articleStep + 1) * articleStep;
    }
  }

  private void bar() {
    Terminal.progress(err, done, total, label + " · " + stored + " articles");
  }
}
