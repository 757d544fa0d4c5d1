// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import io.storylens.testkit.Fixtures;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storylens ingest}: what it stores and how it reports inputs it cannot use. */
class IngestCommandTest {
  @TempDir Path dir;

  private static long stored(Path db) {
    try (Database d = Database.open(db)) {
      return new SqliteArticleStore(d).count();
    }
  }

  @Test
  void aFifoAmongTheInputsIsRejectedAsNotARegularFileAndTheOthersAreStored() throws Exception {
    Path fifo = dir.resolve("feed.jsonl");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path db = dir.resolve("s.db");

    CliRun run =
        CliRun.of(
            "ingest", "--db", db.toString(), fifo.toString(), Fixtures.seed("000").toString());

    assertThat(run.exitCode()).isEqualTo(Main.SOME_REJECTED);
    assertThat(run.err())
        .contains("rejected: " + fifo + ": not a regular file (a FIFO) [INVALID_INPUT]")
        .doesNotContain("no such file");
    assertThat(run.out()).contains("1 new article(s), 0 already stored, 1 rejected");
    assertThat(stored(db)).isEqualTo(1);
  }

  @Test
  void everyCommandAndSubcommandPrintsItsOwnHelpAndTheVersion() {
    for (String[] command :
        new String[][] {
          {"ingest"},
          {"analyze"},
          {"list"},
          {"show"},
          {"search"},
          {"eval"},
          {"serve"},
          {"export"},
          {"links"},
          {"stories"}
        }) {
      String name = String.join(" ", command);
      for (String flag : new String[] {"--help", "-h"}) {
        String[] args = Arrays.copyOf(command, command.length + 1);
        args[command.length] = flag;
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(name + " " + flag).isEqualTo(Main.OK);
        assertThat(run.out()).as(name + " " + flag).contains("Usage: storylens " + name);
        assertThat(run.err()).as(name + " " + flag).isEmpty();
      }
      String[] args = Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--version";
      CliRun version = CliRun.of(args);
      assertThat(version.exitCode()).as(name + " --version").isEqualTo(Main.OK);
      assertThat(version.out()).as(name + " --version").contains("storylens 0.1.0");
    }
  }

  @Test
  void helpDoesNotOpenOrCreateTheDatabase() {
    Path db = dir.resolve("never.db");
    assertThat(CliRun.of("ingest", "--db", db.toString(), "--help").exitCode()).isEqualTo(Main.OK);
    assertThat(db).doesNotExist();
  }

  @Test
  void commandsThatReadFailOnAMissingDatabaseInsteadOfCreatingAnEmptyOne() {
    Path missing = dir.resolve("mistyped.db");
    for (String[] command :
        new String[][] {
          {"list"}, {"show", "abc"}, {"search", "talks"}, {"export", "sl-x"}, {"links"}, {"stories"}
        }) {
      String[] args = Arrays.copyOf(command, command.length + 2);
      args[command.length] = "--db";
      args[command.length + 1] = missing.toString();
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(command[0]).isEqualTo(Main.USAGE);
      assertThat(run.err())
          .as(command[0])
          .contains("--db " + missing + ": no such database (storylens ingest --db " + missing);
      assertThat(run.out()).as(command[0]).isEmpty();
      assertThat(missing).as(command[0]).doesNotExist();
      assertThat(dir.resolve("mistyped.db-fts")).as(command[0]).doesNotExist();
    }
    CliRun onDirectory = CliRun.of("list", "--db", dir.toString());
    assertThat(onDirectory.exitCode()).isEqualTo(Main.USAGE);
    assertThat(onDirectory.err()).contains("is a directory, not a database file");
  }

  @Test
  void commandsThatReadStillReadAnExistingDatabase() {
    Path db = dir.resolve("s.db");
    assertThat(
            CliRun.of("ingest", "--db", db.toString(), Fixtures.seed("000").toString()).exitCode())
        .isEqualTo(Main.OK);
    CliRun list = CliRun.of("list", "--db", db.toString());
    assertThat(list.exitCode()).isEqualTo(Main.OK);
    assertThat(list.out().lines()).hasSize(1);
  }
}
