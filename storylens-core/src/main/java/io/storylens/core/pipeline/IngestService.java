// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.IngestProblem;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.core.ingest.Inputs;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.store.ArticleStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Ingests inputs into an {@link ArticleStore}: each input is stored in its own transaction, so a
 * crash loses at most the input being written and a bad input never touches what is stored.
 */
public final class IngestService {
  private final Ingestor ingestor;
  private final ArticleStore store;

  public IngestService(IngestOptions options, ArticleStore store) {
    this.ingestor = new Ingestor(options);
    this.store = Objects.requireNonNull(store, "store");
  }

  /** What an ingest run did. */
  public record Summary(
      int inputs, List<String> added, List<String> existing, List<IngestProblem> problems) {
    public Summary {
      added = List.copyOf(added);
      existing = List.copyOf(existing);
      problems = List.copyOf(problems);
    }
  }

  /** Progress after each input: (inputs done, inputs total). */
  public interface Progress {
    void update(int done, int total, InputFile current);

    /** Reports nothing. */
    Progress NONE = (d, t, c) -> {};
  }

  /**
   * Ingests every input argument (file, directory or glob).
   *
   * @param problemSink receives each problem as soon as it is found (for immediate printing)
   */
  public Summary ingest(List<String> args, Progress progress, Consumer<IngestProblem> problemSink) {
    Inputs.Expansion expansion = Inputs.expand(args);
    List<IngestProblem> problems = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> existing = new ArrayList<>();
    for (IngestProblem p : expansion.problems()) {
      problems.add(p);
      problemSink.accept(p);
    }
    List<InputFile> files = expansion.files();
    for (int i = 0; i < files.size(); i++) {
      InputFile f = files.get(i);
      Ingestor.Result r = ingestor.read(f);
      r.problems().forEach(problemSink);
      problems.addAll(r.problems());
      if (!r.articles().isEmpty()) {
        try {
          ArticleStore.PutResult put = store.putAll(r.articles());
          added.addAll(put.added());
          existing.addAll(put.existing());
        } catch (StorylensException e) {
          IngestProblem p = IngestProblem.of(f.name(), ErrorCode.STORE_FAILURE, e.getMessage());
          problems.add(p);
          problemSink.accept(p);
        }
      }
      progress.update(i + 1, files.size(), f);
    }
    return new Summary(files.size(), added, existing, problems);
  }
}
