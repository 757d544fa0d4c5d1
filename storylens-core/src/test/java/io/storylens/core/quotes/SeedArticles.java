// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.model.Article;
import io.storylens.testkit.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Seed articles as ingested and cleaned by the real pipeline. */
public final class SeedArticles {
  private SeedArticles() {}

  public static Article seed(String prefix) {
    Path p = Fixtures.seed(prefix);
    try {
      return new Ingestor(IngestOptions.defaults())
          .read(p.getFileName().toString(), Files.readAllBytes(p))
          .articles()
          .get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
