// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The features of a run of documents, computed once by whichever thread claims the chunk first: a
 * pool thread, or the placing thread when it would otherwise wait (so that placing and feature
 * threads never oversubscribe the cores and the placing thread's idle time is not lost).
 */
final class FeatureChunk implements Runnable {
  private final List<ClusterDoc> docs;
  private final Featurizer featurizer;
  private final AtomicBoolean claimed = new AtomicBoolean();
  final CompletableFuture<List<Featurizer.Features>> result = new CompletableFuture<>();

  FeatureChunk(List<ClusterDoc> docs, Featurizer featurizer) {
    this.docs = docs;
    this.featurizer = featurizer;
  }

  /** Computes the features unless another thread has claimed the chunk (then returns at once). */
  @Override
  public void run() {
    if (!claimed.compareAndSet(false, true)) {
      return;
    }
    try {
      List<Featurizer.Features> f = new ArrayList<>(docs.size());
      for (ClusterDoc d : docs) {
        f.add(featurizer.featurize(Objects.requireNonNull(d, "doc")));
      }
      result.complete(f);
    } catch (RuntimeException | Error e) {
      result.completeExceptionally(e);
    }
  }

  /** Makes a pending run a no-op (after a failure or an interrupt, nothing more is needed). */
  void cancel() {
    claimed.set(true);
  }
}
