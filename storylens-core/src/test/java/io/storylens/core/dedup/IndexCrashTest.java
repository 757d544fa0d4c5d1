// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed (SIGKILL) while inserting leaves every indexed item whole. */
class IndexCrashTest {
  @TempDir Path dir;

  @Test
  void killMidInsertLeavesNoHalfIndexedItem() throws Exception {
    Path file = dir.resolve("crash.db");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IndexCrashChild.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.contains("inserting")) {
        // wait until the child is busy inserting
      }
      Thread.sleep(300);
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (Database db = Database.open(file)) {
      List<Integer> bandsPerItem =
          db.read(
              c -> {
                List<Integer> counts = new ArrayList<>();
                try (Statement st = c.createStatement();
                    ResultSet rs =
                        st.executeQuery(
                            "SELECT s.article_id, (SELECT COUNT(*) FROM minhash_bands b WHERE"
                                + " b.article_id = s.article_id) FROM minhash_signatures s")) {
                  while (rs.next()) {
                    counts.add(rs.getInt(2));
                  }
                }
                return counts;
              });
      assertThat(bandsPerItem).hasSizeGreaterThan(20);
      assertThat(bandsPerItem).allSatisfy(n -> assertThat(n).isEqualTo(LshBands.DEFAULT.bands()));
      SqliteLshIndex index = new SqliteLshIndex(db, LshBands.DEFAULT);
      int[] sig = index.signature("doc-3").orElseThrow();
      assertThat(index.candidates(sig)).contains("doc-3");
    }
  }
}
