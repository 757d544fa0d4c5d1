// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.IngestProblem;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.pipeline.Report;
import io.storylens.model.Article;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.store.ArticleStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored articles and the latest analysis of them. Reads see an immutable {@link Snapshot}; an
 * ingest stores its articles, asks for a new analysis and waits until a snapshot that includes them
 * is published. Analyses run one at a time on one thread; ingests that arrive while one runs are
 * covered together by the next (so a burst of ingests costs two analyses, not one each).
 */
public final class Library implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Library.class);

  /** How long an ingest waits for the analysis that includes it. */
  static final Duration ANALYSIS_WAIT = Duration.ofMinutes(5);

  private final ArticleStore store;
  private final Function<List<Article>, Report> analysis;
  private final Ingestor ingestor;
  private final ExecutorService analyst =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "storylens-analysis");
            t.setDaemon(true);
            return t;
          });
  private final AtomicLong requested = new AtomicLong();
  private final AtomicBoolean pending = new AtomicBoolean();
  private final Object published = new Object();
  private volatile Snapshot current = Snapshot.empty();
  private long failedGeneration; // guarded by published
  private String failure = ""; // guarded by published

  /**
   * @param analysis turns all stored articles into a report, e.g. {@code new
   *     Analyzer().incremental()::analyze}, which redoes only the work new articles cause
   */
  public Library(
      ArticleStore store, Function<List<Article>, Report> analysis, IngestOptions options) {
    this.store = Objects.requireNonNull(store, "store");
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.ingestor = new Ingestor(options);
  }

  /** The latest published analysis. */
  public Snapshot snapshot() {
    return current;
  }

  /** The store (for search). */
  ArticleStore store() {
    return store;
  }

  /** Analyzes what is stored and waits for it (at start-up). */
  public Snapshot refresh() {
    return await(requestAnalysis());
  }

  /**
   * Stores the articles parsed from the named inputs, then waits for an analysis that includes
   * them. Inputs that fail to parse are reported, never stored; the others are stored even if
   * analysis fails later.
   */
  public Views.IngestResult ingest(List<Input> inputs) {
    List<Article> parsed = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    for (Input in : inputs) {
      Ingestor.Result r = ingestor.read(in.name(), in.bytes());
      parsed.addAll(r.articles());
      problems.addAll(r.problems());
    }
    if (parsed.isEmpty()) {
      return new Views.IngestResult(
          List.of(), List.of(), problems, List.of(), current.generation());
    }
    ArticleStore.PutResult put = store.putAll(parsed);
    Snapshot seen = current;
    // Re-posting what the published analysis already holds needs no new analysis.
    boolean known =
        put.added().isEmpty() && parsed.stream().allMatch(a -> seen.article(a.id()).isPresent());
    Snapshot snap = known ? seen : await(requestAnalysis());
    List<Views.Placement> placements = new ArrayList<>();
    parsed.stream().map(Article::id).distinct().forEach(id -> placements.add(snap.placement(id)));
    return new Views.IngestResult(
        put.added(), put.existing(), problems, placements, snap.generation());
  }

  /** One request body to ingest, named for error messages and article identity. */
  public record Input(String name, byte[] bytes) {
    public Input {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  private long requestAnalysis() {
    long generation = requested.incrementAndGet();
    if (pending.compareAndSet(false, true)) {
      analyst.execute(this::analyze);
    }
    return generation;
  }

  private void analyze() {
    pending.set(false);
    long target = requested.get();
    try {
      List<Article> all = store.all();
      Snapshot next = new Snapshot(target, all, analysis.apply(all), Optional.of(current));
      synchronized (published) {
        current = next;
        published.notifyAll();
      }
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("analysis of generation {} failed", target, e);
      synchronized (published) {
        failedGeneration = target;
        failure = e instanceof StorylensException ? e.getMessage() : e.getClass().getSimpleName();
        published.notifyAll();
      }
    }
  }

  private Snapshot await(long generation) {
    long deadline = System.nanoTime() + ANALYSIS_WAIT.toNanos();
    synchronized (published) {
      while (current.generation() < generation) {
        if (failedGeneration >= generation) {
          throw new StorylensException(
              ErrorCode.INTERNAL, "analysis failed (the articles are stored): " + failure);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new StorylensException(
              ErrorCode.INTERNAL, "analysis did not finish in time (the articles are stored)");
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(published, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new StorylensException(ErrorCode.INTERNAL, "interrupted while analyzing");
        }
      }
      return current;
    }
  }

  @Override
  public void close() {
    analyst.shutdownNow();
  }
}
