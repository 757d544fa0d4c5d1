// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.model.Article;
import io.storylens.testkit.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Seed articles ingested as the CLI would. */
public final class SeedArticles {
  private SeedArticles() {}

  /** The seed whose file name starts with {@code prefix}. */
  public static Article seed(String prefix) {
    Path p = Fixtures.seed(prefix);
    try {
      List<Article> out =
          new Ingestor(IngestOptions.defaults())
              .read(p.getFileName().toString(), Files.readAllBytes(p))
              .articles();
      return out.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed whose file name starts with {@code prefix}, with one phrase of its real text replaced
   * (to place a date trap in an otherwise unchanged article); fails when the phrase is absent.
   */
  public static Article seedEdited(String prefix, String phrase, String replacement) {
    Path p = Fixtures.seed(prefix);
    try {
      String text = Files.readString(p);
      if (!text.contains(phrase)) {
        throw new IllegalArgumentException(p + " does not contain: " + phrase);
      }
      byte[] edited =
          text.replace(phrase, replacement).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      return new Ingestor(IngestOptions.defaults())
          .read(p.getFileName().toString(), edited)
          .articles()
          .get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every seed. */
  public static List<Article> all() {
    return List.of(seed("000"), seed("001"), seed("002"), seed("003"), seed("004"));
  }
}
