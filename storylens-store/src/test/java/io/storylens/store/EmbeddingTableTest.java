// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingTableTest {
  @TempDir Path dir;

  @Test
  void returnsTheExactBitsWrittenAcrossReopening() {
    float[] v = {0.1f, -0.0f, Float.MIN_VALUE, 1e-30f, -3.25f};
    Path file = dir.resolve("e.db");
    try (Database db = Database.open(file)) {
      new EmbeddingTable(db).put("a1", "minilm", "h1", v);
    }
    try (Database db = Database.open(file)) {
      float[] back = new EmbeddingTable(db).get("a1", "minilm", "h1").orElseThrow();
      assertThat(back).hasSize(v.length);
      for (int i = 0; i < v.length; i++) {
        assertThat(Float.floatToRawIntBits(back[i])).isEqualTo(Float.floatToRawIntBits(v[i]));
      }
    }
  }

  @Test
  void aVectorOfOtherTextOrAnotherModelCountsAsAbsent() {
    try (Database db = Database.open(dir.resolve("e.db"))) {
      EmbeddingTable t = new EmbeddingTable(db);
      t.put("a1", "minilm", "h1", new float[] {1, 2});
      assertThat(t.get("a1", "minilm", "h2")).isEmpty();
      assertThat(t.get("a1", "other", "h1")).isEmpty();
      assertThat(t.get("a2", "minilm", "h1")).isEmpty();
      t.put("a1", "minilm", "h2", new float[] {3, 4});
      assertThat(t.get("a1", "minilm", "h2").orElseThrow()).containsExactly(3, 4);
      assertThat(t.count("minilm")).isEqualTo(1);
    }
  }
}
