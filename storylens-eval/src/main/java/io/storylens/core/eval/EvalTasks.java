// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import io.storylens.core.dedup.ParaphraseEval;
import io.storylens.core.quotes.QuoteEval;
import io.storylens.core.summarize.eval.SummariesEval;
import io.storylens.core.timeline.TimexEval;
import java.util.List;
import java.util.Optional;

/** The registry of evaluation tasks. Register new tasks in {@link #ALL}. */
public final class EvalTasks {
  private EvalTasks() {}

  /** Every task, in the order listed by {@code storylens eval --help}. */
  public static final List<EvalTask> ALL =
      List.of(
          new SummariesEval(),
          new QuoteEval(),
          new ParaphraseEval(),
          new ExtractionEval(),
          new TimexEval(),
          new ClustersEval(),
          new SimilarityEval(),
          new DossierEval(),
          new SpeakerTrainer());

  /** The task called {@code name}. */
  public static Optional<EvalTask> find(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
