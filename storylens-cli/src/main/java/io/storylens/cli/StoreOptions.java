// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --db} option shared by commands that use the store. */
public final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "SQLite database file (default: ${DEFAULT-VALUE}).",
      defaultValue = "storylens.db")
  Path db;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** Opens the database, creating it if needed: for commands that store articles. */
  Database open() {
    return Database.open(db);
  }

  /**
   * Opens the database, which must exist: for commands that read what was stored. Why: opening
   * creates a missing database, so a mistyped {@code --db} would silently show an empty store.
   */
  Database openExisting() {
    if (!Files.isRegularFile(db)) {
      String why =
          !Files.exists(db)
              ? "no such database (storylens ingest --db " + db + " creates it)"
              : Files.isDirectory(db)
                  ? "is a directory, not a database file"
                  : "is not a regular file, not a database file";
      throw new ParameterException(command.commandLine(), "--db " + db + ": " + why);
    }
    return Database.open(db);
  }
}
