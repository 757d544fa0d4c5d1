// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by commands that use the store. */
public final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "SQLite database file (default: ${DEFAULT-VALUE}).",
      defaultValue = "storylens.db")
  Path db;

  /** Opens the database. */
  Database open() {
    return Database.open(db);
  }
}
