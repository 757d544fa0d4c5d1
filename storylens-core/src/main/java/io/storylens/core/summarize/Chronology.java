// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.model.Article;
import java.util.Comparator;

/** Reading order of articles: publication date (undated last), then source, then id. */
public final class Chronology {
  private Chronology() {}

  /** Earliest first; undated articles last; ties broken by source and id, so it is total. */
  public static final Comparator<Article> ORDER =
      Comparator.comparing((Article a) -> a.publishedDate().map(Object::toString).orElse("9999"))
          .thenComparing(Article::source)
          .thenComparing(Article::id);
}
