// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.model.Article;
import io.storylens.testkit.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five seed articles, ingested under machine-independent source names ("seeds/000_…"). */
public final class SeedArticles {
  private SeedArticles() {}

  public static List<Article> load() {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Fixtures.seeds())) {
      for (Path f : files.sorted().toList()) {
        out.addAll(ingestor.read("seeds/" + f.getFileName(), Files.readAllBytes(f)).articles());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The seed whose file name starts with {@code prefix}. */
  public static Article seed(List<Article> seeds, String prefix) {
    return seeds.stream()
        .filter(a -> a.source().startsWith("seeds/" + prefix))
        .findFirst()
        .orElseThrow();
  }
}
