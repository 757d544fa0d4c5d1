// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import io.storylens.testkit.WarcFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcIngestCommandTest {
  @TempDir Path dir;

  @Test
  void ingestReadsAWarcGzAndReportsSkippedRecords() {
    Path warc =
        WarcFixtures.writeWithNoise(
            dir.resolve("crawl.warc.gz"),
            List.of(
                new WarcFixtures.Page(
                    "https://example.org/2022/01/10/talks",
                    Instant.parse("2022-01-11T00:00:00Z"),
                    WarcFixtures.html(
                        "Talks open in Geneva",
                        List.of(
                            "U.S. and Russian officials opened security talks in Geneva on"
                                + " Monday amid mounting tensions over Ukraine.",
                            "Deputy Secretary of State Wendy Sherman led the U.S. delegation.")))),
            true);
    Path db = dir.resolve("s.db");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    int code;
    Cli.stdout(); // Cli remembers the real stdout when first used: before the redirect
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute("ingest", "--db", db.toString(), warc.toString());
      // Idempotent: the second run stores nothing new.
      Main.execute("ingest", "--db", db.toString(), warc.toString());
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }

    assertThat(code).isEqualTo(Main.SOME_REJECTED);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("ingested 1 input(s): 1 new article(s), 0 already stored, 1 rejected")
        .contains("ingested 1 input(s): 0 new article(s), 1 already stored, 1 rejected");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "crawl.warc.gz: skipped 3 of 5 WARC records: 1 non-HTML response, 1 non-2xx"
                + " response, 1 revisit [UNSUPPORTED_FORMAT]");
    try (Database d = Database.open(db)) {
      var articles = new SqliteArticleStore(d).all();
      assertThat(articles)
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.format()).isEqualTo("warc");
                assertThat(a.title().value()).contains("Talks open in Geneva");
                assertThat(a.published().value().map(Object::toString)).contains("2022-01-10");
                assertThat(a.text()).contains("Wendy Sherman");
              });
    }
  }
}
