// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import io.storylens.model.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * An {@link ArticleStore} that passes every call to another one: extend it and override what a
 * decorator changes (e.g. {@link #putAll} to observe commits or to inject failures in tests), in
 * the manner of Guava's {@code Forwarding*} classes.
 */
public abstract class ForwardingArticleStore implements ArticleStore {
  private final ArticleStore delegate;

  protected ForwardingArticleStore(ArticleStore delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public PutResult putAll(List<Article> articles) {
    return delegate.putAll(articles);
  }

  @Override
  public Optional<Article> get(String id) {
    return delegate.get(id);
  }

  @Override
  public List<Article> all() {
    return delegate.all();
  }

  @Override
  public List<Article> withUrl(String url) {
    return delegate.withUrl(url);
  }

  @Override
  public int count() {
    return delegate.count();
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    return delegate.search(query, limit);
  }

  @Override
  public List<SearchHit> search(String query, int limit, BooleanSupplier abandoned) {
    return delegate.search(query, limit, abandoned);
  }
}
