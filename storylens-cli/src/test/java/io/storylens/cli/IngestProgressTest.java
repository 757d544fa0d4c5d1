// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.pipeline.IngestService;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One large JSON Lines file still shows progress: the articles committed so far. */
class IngestProgressTest {
  @TempDir Path dir;

  private String ingest(boolean tty) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 2500; i++) {
      sb.append("{\"title\":\"T")
          .append(i)
          .append("\",\"text\":\"Officials met in Geneva for round ")
          .append(i)
          .append(" of the talks.\"}\n");
    }
    Path in = dir.resolve("big.jsonl");
    Files.writeString(in, sb, StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Database db = Database.open(dir.resolve(tty + ".db"))) {
      IngestProgress progress = new IngestProgress(err, tty, 1000);
      IngestService service =
          new IngestService(IngestOptions.defaults(), new SqliteArticleStore(db), 1, 300);
      service.ingest(List.of(in.toString()), progress, p -> {}, progress);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void plainLinesCountCommittedArticles() throws Exception {
    List<String> lines = ingest(false).lines().toList();
    assertThat(lines).hasSize(2).allMatch(l -> l.matches("progress: \\d+ articles committed"));
    assertThat(lines.get(0)).startsWith("progress: 1");
    assertThat(lines.get(1)).startsWith("progress: 2");
  }

  @Test
  void theBarShowsTheArticlesOfTheInputBeingRead() throws Exception {
    String out = ingest(true);
    assertThat(out)
        .containsPattern("\r\\d+ articles committed\u001b\\[K")
        .doesNotContain("0/0")
        .contains("] 1/1 ")
        .endsWith("big.jsonl · 2500 articles\u001b[K\n");
  }
}
