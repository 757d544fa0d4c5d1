// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.store.Database;
import io.storylens.store.EmbeddingTable;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredEmbeddingsTest {
  @TempDir Path dir;

  private static final String TITLE = "US and Russia agree to hold security talks on January 10";
  private static final String BODY =
      "Officials from the U.S. and Russia have agreed to meet on January 10 to discuss security"
          + " issues as Russian troops appear poised to invade Ukraine, the White House announced.";

  @Test
  void anArticleIsEmbeddedOnceAndAgainOnlyWhenItsLeadChanges() {
    AtomicInteger calls = new AtomicInteger();
    MiniLmEmbedder minilm = new MiniLmEmbedder();
    Embedder counting =
        text -> {
          calls.incrementAndGet();
          return minilm.embed(text);
        };
    Path file = dir.resolve("s.db");
    float[] first;
    try (Database db = Database.open(file)) {
      StoredEmbeddings s =
          new StoredEmbeddings(counting, MiniLmEmbedder.MODEL, new EmbeddingTable(db));
      first = s.of("a1", TITLE, BODY);
      assertThat(s.of("a1", TITLE, BODY)).containsExactly(first);
      assertThat(calls).hasValue(1);
    }
    try (Database db = Database.open(file)) {
      StoredEmbeddings s =
          new StoredEmbeddings(counting, MiniLmEmbedder.MODEL, new EmbeddingTable(db));
      // After reopening, the stored bits come back without embedding again.
      assertThat(s.of("a1", TITLE, BODY)).containsExactly(first);
      assertThat(calls).hasValue(1);
      float[] corrected = s.of("a1", TITLE, BODY.replace("January 10", "January 12"));
      assertThat(calls).hasValue(2);
      assertThat(corrected).isNotEqualTo(first);
      assertThat(Embedder.cosine(first, corrected)).isGreaterThan(0.9);
    }
  }
}
