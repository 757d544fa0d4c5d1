// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.core.pipeline.IngestService;
import io.storylens.store.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code storylens ingest INPUT…}. */
@Command(name = "ingest", description = "Store articles from files, directories or globs.")
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin IngestOptionsMixin ingest;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = Cli.stdout();
    try (Database db = store.open()) {
      IngestService.Summary s = ingest.ingest(db, out, System.err);
      return s.problems().isEmpty() ? Main.OK : Main.SOME_REJECTED;
    }
  }
}
