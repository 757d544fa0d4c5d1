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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * Ingests inputs into an {@link ArticleStore}: each input is stored in its own transaction, so a
 * crash loses at most the input being written and a bad input never touches what is stored.
 *
 * <p>Reading, parsing and cleaning run on {@code readers} threads, a few inputs ahead of the single
 * writer (SQLite has one writer anyway); inputs are still committed one by one in input order, so
 * the result does not depend on the number of threads.
 */
public final class IngestService {
  private final Ingestor ingestor;
  private final ArticleStore store;
  private final int readers;

  public IngestService(IngestOptions options, ArticleStore store) {
    this(options, store, 1);
  }

  /**
   * @param readers threads that read and parse inputs ahead of the writer, at least 1
   */
  public IngestService(IngestOptions options, ArticleStore store, int readers) {
    if (readers < 1) {
      throw new IllegalArgumentException("readers must be >= 1: " + readers);
    }
    this.ingestor = new Ingestor(options);
    this.store = Objects.requireNonNull(store, "store");
    this.readers = readers;
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
    return ingest(args, progress, problemSink, put -> {});
  }

  /**
   * Like {@link #ingest(List, Progress, Consumer)}, and tells {@code committed} what each
   * transaction stored, right after its commit (crash tests rely on this: what was reported is
   * durable).
   */
  public Summary ingest(
      List<String> args,
      Progress progress,
      Consumer<IngestProblem> problemSink,
      Consumer<ArticleStore.PutResult> committed) {
    Inputs.Expansion expansion = Inputs.expand(args);
    List<IngestProblem> problems = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> existing = new ArrayList<>();
    for (IngestProblem p : expansion.problems()) {
      problems.add(p);
      problemSink.accept(p);
    }
    List<InputFile> files = expansion.files();
    ExecutorService pool = readers > 1 ? Executors.newFixedThreadPool(readers, DAEMON) : null;
    Deque<Future<Ingestor.Result>> ahead = new ArrayDeque<>();
    int submitted = 0;
    try {
      for (int i = 0; i < files.size(); i++) {
        InputFile f = files.get(i);
        Ingestor.Result r;
        if (pool == null) {
          r = ingestor.read(f);
        } else {
          // Keep a few inputs parsed ahead, bounded so memory stays flat.
          while (submitted < files.size() && submitted < i + 2 * readers) {
            InputFile next = files.get(submitted++);
            ahead.add(pool.submit(() -> ingestor.read(next)));
          }
          r = await(ahead.poll(), f);
        }
        store(f, r, problems, added, existing, problemSink, committed);
        progress.update(i + 1, files.size(), f);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return new Summary(files.size(), added, existing, problems);
  }

  private static final ThreadFactory DAEMON =
      r -> {
        Thread t = new Thread(r, "storylens-ingest-reader");
        t.setDaemon(true);
        return t;
      };

  private static Ingestor.Result await(Future<Ingestor.Result> future, InputFile f) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorylensException(ErrorCode.INTERNAL, "interrupted while reading " + f.name());
    } catch (ExecutionException e) {
      // Ingestor.read never throws for bad content; this is an Error such as OutOfMemoryError.
      return new Ingestor.Result(
          List.of(),
          List.of(IngestProblem.of(f.name(), ErrorCode.INTERNAL, "cannot read: " + e.getCause())));
    }
  }

  private void store(
      InputFile f,
      Ingestor.Result r,
      List<IngestProblem> problems,
      List<String> added,
      List<String> existing,
      Consumer<IngestProblem> problemSink,
      Consumer<ArticleStore.PutResult> committed) {
    r.problems().forEach(problemSink);
    problems.addAll(r.problems());
    if (r.articles().isEmpty()) {
      return;
    }
    try {
      ArticleStore.PutResult put = store.putAll(r.articles());
      added.addAll(put.added());
      existing.addAll(put.existing());
      committed.accept(put);
    } catch (StorylensException e) {
      IngestProblem p = IngestProblem.of(f.name(), ErrorCode.STORE_FAILURE, e.getMessage());
      problems.add(p);
      problemSink.accept(p);
    }
  }
}
