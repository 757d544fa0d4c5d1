// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.json.Json;
import io.storylens.store.Database;
import io.storylens.testkit.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Helpers for tests that run {@link IngestChild} in other JVMs and then inspect the database. */
final class ChildIngests {
  private ChildIngests() {}

  /**
   * Writes {@code files} JSON Lines files of {@code perFile} distinct articles each, made from the
   * seed texts with a numbered closing paragraph.
   */
  static Path corpus(Path dir, int files, int perFile) throws IOException {
    List<String> seeds = new ArrayList<>();
    try (var s = Files.list(Fixtures.seeds())) {
      for (Path p : s.sorted().toList()) {
        seeds.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int f = 0; f < files; f++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < perFile; k++) {
        int n = f * perFile + k;
        Map<String, String> line =
            Map.of(
                "title", "Article " + n,
                "text", seeds.get(n % seeds.size()) + "\n\nThis is copy number " + n + ".",
                "date_publish", "2022-01-" + String.format("%02d", 1 + n % 28),
                "source_domain", "outlet" + n % 7 + ".example");
        b.append(Json.mapper().writeValueAsString(line)).append('\n');
      }
      Files.writeString(in.resolve(String.format("part-%04d.jsonl", f)), b.toString());
    }
    return in;
  }

  /** Starts the child; its stdout lines go to {@code stored} (ids) as they come. */
  static Process start(Path db, Path input, Set<String> stored, List<String> lines) {
    try {
      Process p =
          new ProcessBuilder(
                  Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx512m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  IngestChild.class.getName(),
                  db.toString(),
                  input.toString())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = r.readLine()) != null) {
                    if (line.startsWith("stored ")) {
                      stored.add(line.substring(7));
                    }
                    lines.add(line);
                  }
                } catch (IOException e) {
                  // The child was killed mid-line: what was read so far counts.
                }
              });
      reader.setDaemon(true);
      reader.start();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> newIdSet() {
    return ConcurrentHashMap.newKeySet();
  }

  /** Checks the file, the FTS index and uniqueness; returns how often each id is stored. */
  static Map<String, Integer> inspect(Path dbFile) {
    try (Database db = Database.open(dbFile)) {
      // Catches up with what the killed process stored but did not index, then checks the index
      // (throws when damaged): it must hold every stored row once.
      long indexed = db.checkFullTextIndex();
      Map<String, Integer> stored =
          db.read(
              c -> {
                try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check");
                    ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  assertThat(rs.getString(1)).isEqualTo("ok");
                }
                Map<String, Integer> counts = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles");
                    ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    counts.merge(rs.getString(1), 1, Integer::sum);
                  }
                }
                return counts;
              });
      assertThat(indexed).isEqualTo(stored.values().stream().mapToLong(Integer::longValue).sum());
      return stored;
    }
  }
}
