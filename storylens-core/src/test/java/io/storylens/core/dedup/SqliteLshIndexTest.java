// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Link;
import io.storylens.store.Database;
import io.storylens.store.LinkTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persisted index answers after a restart, and new articles are compared incrementally. */
class SqliteLshIndexTest {
  @TempDir Path dir;

  @Test
  void indexSurvivesRestartAndFindsNearCopies() {
    Path file = dir.resolve("links.db");
    Article original = LinkFixtures.seed("003");
    int[] sig = DerivationLinker.signature(original.text());
    try (Database db = Database.open(file)) {
      SqliteLshIndex index = new SqliteLshIndex(db, LshBands.DEFAULT);
      index.insert(original.id(), sig);
      index.insert(original.id(), sig); // idempotent
      assertThat(index.size()).isEqualTo(1);
    }
    String edited = original.text().replace("January 10", "Jan. 10").replace("mounting", "rising");
    try (Database db = Database.open(file)) {
      SqliteLshIndex index = new SqliteLshIndex(db, LshBands.DEFAULT);
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.signature(original.id())).get().isEqualTo(sig);
      assertThat(index.candidates(DerivationLinker.signature(edited)))
          .containsExactly(original.id());
      assertThat(index.candidates(DerivationLinker.signature(LinkFixtures.seed("004").text())))
          .isEmpty();
    }
  }

  @Test
  void linkerOnPersistedIndexGivesTheSameLinksAndStoresThem() {
    Path file = dir.resolve("links.db");
    List<Article> seeds = List.of("000", "001", "002").stream().map(LinkFixtures::seed).toList();
    List<Link> inMemory = new DerivationLinker().link(seeds);
    try (Database db = Database.open(file)) {
      List<Link> first =
          new DerivationLinker(() -> new SqliteLshIndex(db, LshBands.DEFAULT)).link(seeds);
      assertThat(first).isEqualTo(inMemory);
      new LinkTable(db).replaceAll(first);
    }
    try (Database db = Database.open(file)) {
      assertThat(new SqliteLshIndex(db, LshBands.DEFAULT).size()).isEqualTo(3);
      assertThat(new LinkTable(db).all()).isEqualTo(inMemory);
      List<Link> again =
          new DerivationLinker(() -> new SqliteLshIndex(db, LshBands.DEFAULT)).link(seeds);
      assertThat(again).isEqualTo(inMemory);
    }
  }
}
