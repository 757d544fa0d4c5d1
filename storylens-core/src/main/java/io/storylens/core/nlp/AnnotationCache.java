// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps annotations between runs, keyed by article id and configuration key. */
public interface AnnotationCache {
  /** The cached annotations of {@code articleId} under {@code key}. */
  Optional<ArticleAnnotations> get(String articleId, String key);

  /** Stores {@code annotations}; replaces an older entry with the same id and key. */
  void put(String articleId, String key, ArticleAnnotations annotations);

  /** A cache in memory, for one process. */
  static AnnotationCache inMemory() {
    Map<String, ArticleAnnotations> map = new ConcurrentHashMap<>();
    return new AnnotationCache() {
      @Override
      public Optional<ArticleAnnotations> get(String articleId, String key) {
        return Optional.ofNullable(map.get(articleId + "\n" + key));
      }

      @Override
      public void put(String articleId, String key, ArticleAnnotations annotations) {
        map.put(articleId + "\n" + key, annotations);
      }
    };
  }
}
