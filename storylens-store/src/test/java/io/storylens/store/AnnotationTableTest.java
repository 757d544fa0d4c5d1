// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationTableTest {
  @TempDir Path dir;

  @Test
  void keepsOnePayloadPerArticleAndConfigurationAcrossReopening() {
    Path file = dir.resolve("a.db");
    try (Database db = Database.open(file)) {
      AnnotationTable t = new AnnotationTable(db);
      assertThat(t.get("a1", "full")).isEmpty();
      t.put("a1", "full", "{\"sentences\":1}");
      t.put("a1", "time", "{\"sentences\":2}");
      t.put("a1", "full", "{\"sentences\":3}"); // re-annotation replaces
      assertThat(t.get("a1", "full")).contains("{\"sentences\":3}");
      assertThat(t.get("a1", "time")).contains("{\"sentences\":2}");
      assertThat(t.get("a2", "full")).isEmpty();
    }
    try (Database db = Database.open(file)) {
      assertThat(new AnnotationTable(db).get("a1", "full")).contains("{\"sentences\":3}");
    }
  }

  @Test
  void refusesAMissingPayloadNamingIt() {
    try (Database db = Database.open(dir.resolve("b.db"))) {
      assertThatThrownBy(() -> new AnnotationTable(db).put("a1", "full", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("payload");
    }
  }
}
