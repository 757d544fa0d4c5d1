// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import io.storylens.model.Article;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Stores articles by id; storing an article whose id is already present changes nothing. */
public interface ArticleStore {

  /**
   * Stores the articles in one transaction: either all new ones are stored or none.
   *
   * @return which ids were new and which were already stored
   */
  PutResult putAll(List<Article> articles);

  /** The article with this id. */
  Optional<Article> get(String id);

  /** All stored articles, in the order they were first stored. */
  List<Article> all();

  /**
   * The articles whose URL matches {@code url} once both are normalized ({@link
   * io.storylens.model.Urls#normalized}: {@code https://host:443/a} matches {@code
   * https://host/a}), in the order they were first stored; each keeps its URL as the source gave
   * it.
   */
  List<Article> withUrl(String url);

  /** How many articles are stored. */
  int count();

  /**
   * Full-text search over title and text.
   *
   * @param query words to find; FTS5 operators are not interpreted, every word must match
   * @param limit maximum number of hits, at least 1
   */
  List<SearchHit> search(String query, int limit);

  /**
   * As {@link #search(String, int)}, stopped as soon as {@code abandoned} answers {@code true}
   * (asked now and then while the search runs: the one who asked has gone, so its CPU and its
   * thread are better spent elsewhere).
   *
   * @throws java.util.concurrent.CancellationException when the search was stopped
   */
  default List<SearchHit> search(String query, int limit, BooleanSupplier abandoned) {
    return search(query, limit);
  }

  /** Ids that were stored vs. already present. */
  record PutResult(List<String> added, List<String> existing) {
    public PutResult {
      added = List.copyOf(added);
      existing = List.copyOf(existing);
    }
  }

  /** A search hit with a highlighted snippet (plain text, {@code [} and {@code ]} around hits). */
  record SearchHit(String id, String title, String snippet, double rank) {}
}
