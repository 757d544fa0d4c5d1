// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import java.util.List;
import java.util.Optional;

/** The registry of evaluation tasks. Register new tasks in {@link #ALL}. */
public final class EvalTasks {
  private EvalTasks() {}

  /** Every task, in the order listed by {@code storylens eval --help}. */
  public static final List<EvalTask> ALL =
      List.of(
          new io.storylens.core.summarize.eval.SummariesEval(),
          new io.storylens.core.quotes.QuoteEval(),
          new io.storylens.core.dedup.ParaphraseEval(),
          new ExtractionEval(),
          new io.storylens.core.timeline.TimexEval(),
          new ClustersEval(),
          new SimilarityEval(),
          new DossierEval(),
          new SpeakerTrainer());

  /** The task called {@code name}. */
  public static Optional<EvalTask> find(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
