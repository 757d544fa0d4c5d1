// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.List;

/**
 * A child process for crash and concurrency tests: {@code IngestChild DB INPUT} ingests INPUT and
 * prints {@code stored ID} for every new article right after its transaction commits, then {@code
 * done}.
 */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    try (Database db = Database.open(Paths.get(args[0]))) {
      IngestService service =
          // Small groups (a few 20-article inputs each) so the kills land between many commits.
          new IngestService(IngestOptions.defaults(), new SqliteArticleStore(db), 2, 50);
      service.ingest(
          List.of(args[1]),
          IngestService.Progress.NONE,
          p -> System.err.println("problem: " + p),
          put -> {
            for (String id : put.added()) {
              out.println("stored " + id);
            }
            out.flush();
          });
    }
    out.println("done");
    out.flush();
  }
}
