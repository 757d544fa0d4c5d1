// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the analysis of the stored articles between runs: per-article results, computed once per
 * article and pipeline version, and the published analysis (what a reader is served), saved as a
 * whole in one transaction so that a crash leaves the previous one intact.
 *
 * <p>Payloads are opaque text (JSON written by the pipeline): the store keeps them and never reads
 * them, so the pipeline's records can change without a migration; a change of format is a change of
 * the pipeline version, under which old per-article results are not returned.
 */
public interface AnalysisStore {

  /**
   * Saved per-article results of {@code pipeline} for those of {@code ids} that have them (results
   * of another pipeline version are not returned).
   */
  Map<String, String> articleResults(String pipeline, Collection<String> ids);

  /**
   * Saves per-article results of {@code pipeline}, replacing any saved for the same articles, in
   * one transaction.
   */
  void putArticleResults(String pipeline, Map<String, String> results);

  /** How many articles have results of {@code pipeline}. */
  int countArticleResults(String pipeline);

  /** The published analysis last saved, if any (of whatever pipeline version). */
  Optional<Published> published();

  /**
   * Replaces the published analysis with {@code p}, in one transaction. Rows whose order and
   * payload are unchanged are not rewritten, so a save costs what changed plus a read of the stored
   * hashes.
   */
  void publish(Published p);

  /** One row of a keyed collection. */
  record Row(String key, String payload) {
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(payload, "payload");
    }
  }

  /**
   * A published analysis.
   *
   * @param pipeline the pipeline version that produced it
   * @param generation how many analyses were published before it, plus one
   * @param values single values by name
   * @param collections keyed collections by kind, each in its order (keys unique per kind)
   */
  record Published(
      String pipeline,
      long generation,
      Map<String, String> values,
      Map<String, List<Row>> collections) {
    public Published {
      Objects.requireNonNull(pipeline, "pipeline");
      values = Map.copyOf(values);
      collections = Map.copyOf(collections);
    }
  }
}
