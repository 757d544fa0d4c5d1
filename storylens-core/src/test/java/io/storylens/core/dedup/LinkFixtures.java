// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.model.Article;
import io.storylens.testkit.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Real articles for linking tests: the seeds and the dev clusters, through the real ingest. */
final class LinkFixtures {
  private LinkFixtures() {}

  static Article seed(String prefix) {
    return read(Fixtures.seed(prefix)).get(0);
  }

  static List<Article> dev() {
    return read(Fixtures.sharedData("news-clusters").resolve("dev.jsonl"));
  }

  /** The dev data set's own id of an ingested article. */
  static String devId(Article a) {
    return a.metadata().get("id");
  }

  static Article byDevId(List<Article> dev, String prefix) {
    return dev.stream().filter(a -> devId(a).startsWith(prefix)).findFirst().orElseThrow();
  }

  static List<Article> read(Path file) {
    try {
      Ingestor.Result r =
          new Ingestor(IngestOptions.defaults()).read(file.toString(), Files.readAllBytes(file));
      assertThat(r.problems()).isEmpty();
      return r.articles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of {@code a} with another id and text (title, outlet, date kept). */
  static Article withText(Article a, String id, String text) {
    return new Article(
        id,
        a.source() + "#" + id,
        a.format(),
        a.title(),
        a.outlet(),
        a.url(),
        a.published(),
        a.author(),
        a.dateWarnings(),
        a.removed(),
        a.flags(),
        text,
        a.metadata());
  }
}
