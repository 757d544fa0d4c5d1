// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterTablesTest {
  @TempDir Path dir;

  private static ClusterTables.Snapshot state(String firstEvent, long documents) {
    return new ClusterTables.Snapshot(
        documents,
        List.of(new ClusterTables.Term("quake", 3), new ClusterTables.Term("aid", 1)),
        List.of(new ClusterTables.Node("s1", "", true, "Quake in Turkey")),
        List.of(
            new ClusterTables.Node(firstEvent, "s1", true, "Quake strikes"),
            new ClusterTables.Node("e0", "s1", false, "")),
        List.of(
            new ClusterTables.Member(
                "a2", firstEvent, 20L, "Aid arrives", "[]", "{\"aid\":1.0}", "[]", "[\"aid\"]"),
            new ClusterTables.Member(
                "a1",
                firstEvent,
                10L,
                "Quake strikes",
                "[\"undated\"]",
                "{\"quake\":2.0}",
                "[\"2023-02-06\"]",
                "[\"quake\"]")),
        List.of(new ClusterTables.Change("MERGE", "event", "e0", firstEvent, 2L)));
  }

  @Test
  void anEmptyDatabaseHoldsNoState() {
    try (Database db = Database.open(dir.resolve("empty.db"))) {
      assertThat(new ClusterTables(db).load())
          .isEqualTo(
              new ClusterTables.Snapshot(0, List.of(), List.of(), List.of(), List.of(), List.of()));
    }
  }

  @Test
  void keepsEveryRowInTheOrderWrittenAcrossReopening() {
    Path file = dir.resolve("c.db");
    ClusterTables.Snapshot saved = state("e1", 2);
    try (Database db = Database.open(file)) {
      new ClusterTables(db).replace(saved);
    }
    try (Database db = Database.open(file)) {
      assertThat(new ClusterTables(db).load()).isEqualTo(saved);
    }
  }

  @Test
  void aSaveReplacesThePreviousStateWhole() {
    try (Database db = Database.open(dir.resolve("r.db"))) {
      ClusterTables t = new ClusterTables(db);
      t.replace(state("e1", 2));
      ClusterTables.Snapshot second = state("e9", 5);
      t.replace(second);
      assertThat(t.load()).isEqualTo(second);
    }
  }
}
