// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.model.json.Json;
import io.storylens.testkit.WarcFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Valid inputs of every format, made from the demo corpus: the seed texts as they are (date line,
 * header block, RFC-822, plain), each as an HTML page, all as JSON Lines, all as a WARC and a
 * WARC.gz, and a gzipped text.
 */
public final class FuzzSeeds {
  private FuzzSeeds() {}

  /** Seeds from the text files in {@code seedDir}. */
  public static List<byte[]> from(Path seedDir) {
    try {
      List<Path> files;
      try (Stream<Path> s = Files.list(seedDir)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no seed files in " + seedDir);
      }
      List<byte[]> out = new ArrayList<>();
      List<WarcFixtures.Page> pages = new ArrayList<>();
      StringBuilder jsonl = new StringBuilder();
      int n = 0;
      for (Path f : files) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        out.add(text.getBytes(StandardCharsets.UTF_8));
        List<String> paras =
            Arrays.stream(text.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        String page = WarcFixtures.html("Seed " + n, paras);
        out.add(page.getBytes(StandardCharsets.UTF_8));
        pages.add(
            new WarcFixtures.Page(
                "https://example.org/2022/01/0" + (n + 1) + "/seed-" + n,
                Instant.parse("2022-01-19T08:00:00Z"),
                page));
        jsonl
            .append(
                Json.mapper()
                    .writeValueAsString(
                        Map.of(
                            "title", "Seed " + n,
                            "text", text,
                            "url", "https://example.org/seed-" + n,
                            "date_publish", "2022-01-0" + (n + 1) + " 10:00:00",
                            "source_domain", "example.org")))
            .append('\n');
        n++;
      }
      out.add(jsonl.toString().getBytes(StandardCharsets.UTF_8));
      out.add(Fuzzer.gzip(out.get(0)));
      Path tmp = Files.createTempDirectory("storylens-fuzz");
      try {
        out.add(Files.readAllBytes(WarcFixtures.write(tmp.resolve("s.warc"), pages, false)));
        out.add(
            Files.readAllBytes(WarcFixtures.writeWithNoise(tmp.resolve("s.warc.gz"), pages, true)));
      } finally {
        try (Stream<Path> s = Files.list(tmp)) {
          for (Path p : s.toList()) {
            Files.delete(p);
          }
        }
        Files.delete(tmp);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
