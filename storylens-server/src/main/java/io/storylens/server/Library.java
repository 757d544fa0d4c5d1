// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.IngestProblem;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.core.pipeline.StoredAnalysis;
import io.storylens.model.Article;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.store.ArticleStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored articles and the latest analysis of them. Reads see an immutable {@link Snapshot}.
 *
 * <p>Analysis runs in the background, one at a time on one thread: {@link #start()} serves the
 * analysis saved in the store at once (when the analysis keeps one) and analyzes what is new behind
 * it. An ingest stores its articles, asks for an analysis and waits for a snapshot that includes
 * them, but at most {@link Settings#ingestWait()}: then it answers that the articles are stored and
 * being analyzed ({@link Views.IngestResult#status()}). Ingests that arrive while an analysis runs
 * share the next one. A large backlog is analyzed in batches (each at least {@link
 * Settings#minBatch()} articles and half what is analyzed already, so the total work stays linear),
 * and each batch is published, except while a new pipeline version analyzes everything again: then
 * the old analysis is served until the new one is complete.
 *
 * <p>Ingests are bounded: at most {@link Settings#maxConcurrentIngests()} at once (more are refused
 * with {@link ErrorCode#RATE_LIMITED}), and none while {@link Settings#maxQueued()} articles wait
 * for analysis ({@link ErrorCode#BUSY}); both carry how long to wait.
 */
public final class Library implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Library.class);

  /**
   * Most articles one ingest may store, however they are sent (a JSON array, or a raw JSON Lines
   * document of many lines).
   */
  public static final int MAX_ARTICLES = 1000;

  /** The analysis a library runs over the stored articles. */
  public interface Analysis {
    /**
     * Analyzes {@code all}, the complete set of articles to analyze (earlier calls' articles plus
     * new ones); with {@code publish}, the result becomes the one served after a restart.
     */
    Report analyze(List<Article> all, boolean publish);

    /** The analysis saved in the store, read without running a stage (empty: none is kept). */
    default Optional<Report> saved(List<Article> stored) {
      return Optional.empty();
    }

    /**
     * Takes up the saved analysis so that the next {@link #analyze} costs only new articles.
     *
     * @return false when it cannot (none saved, or made by another pipeline version): then
     *     everything is analyzed again, while the saved analysis is served
     */
    default boolean resume(List<Article> stored) {
      return false;
    }

    /** The stage running now ("" when idle or not known). */
    default String stage() {
      return "";
    }

    /** How many articles had their per-article stages run since start (-1: not known). */
    default long computed() {
      return -1;
    }

    /** The analysis kept in the store by {@code kept}. */
    static Analysis kept(StoredAnalysis kept) {
      Objects.requireNonNull(kept, "kept");
      return new Analysis() {
        @Override
        public Report analyze(List<Article> all, boolean publish) {
          return kept.analyze(all, publish);
        }

        @Override
        public Optional<Report> saved(List<Article> stored) {
          return kept.published(stored).map(StoredAnalysis.Published::report);
        }

        @Override
        public boolean resume(List<Article> stored) {
          return kept.resume(stored);
        }

        @Override
        public String stage() {
          return kept.stage();
        }

        @Override
        public long computed() {
          return kept.computed();
        }
      };
    }

    /** An analysis that keeps nothing: {@code f} turns the complete set into a report. */
    static Analysis of(Function<List<Article>, Report> f) {
      Objects.requireNonNull(f, "f");
      return (all, publish) -> f.apply(all);
    }
  }

  /**
   * Limits and pacing.
   *
   * @param ingestWait how long an ingest waits for the analysis that includes its articles before
   *     answering that they are stored and queued
   * @param maxQueued articles stored but not analyzed past which ingests are refused
   * @param maxConcurrentIngests ingest requests handled at once
   * @param minBatch the fewest articles an analysis of a backlog takes at once
   */
  public record Settings(
      Duration ingestWait, int maxQueued, int maxConcurrentIngests, int minBatch) {
    public Settings {
      Objects.requireNonNull(ingestWait, "ingestWait");
      if (maxQueued < 1 || maxConcurrentIngests < 1 || minBatch < 1) {
        throw new IllegalArgumentException("limits must be at least 1");
      }
    }

    /**
     * 20 s wait, 20,000 queued articles, 8 ingests at once, batches of at least 100 (what a kill
     * loses at most).
     */
    public static Settings defaults() {
      return new Settings(Duration.ofSeconds(20), 20_000, 8, 100);
    }

    /** These settings with another {@link #ingestWait}. */
    public Settings withIngestWait(Duration wait) {
      return new Settings(wait, maxQueued, maxConcurrentIngests, minBatch);
    }

    /** These settings with another {@link #maxQueued}. */
    public Settings withMaxQueued(int max) {
      return new Settings(ingestWait, max, maxConcurrentIngests, minBatch);
    }
  }

  private final ArticleStore store;
  private final Analysis analysis;
  private final Ingestor ingestor;
  private final Settings settings;
  private final Clock clock;
  private final Semaphore ingestSlots;
  private final ExecutorService analyst =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "storylens-analysis");
            t.setDaemon(true);
            return t;
          });
  private final AtomicLong requested = new AtomicLong();
  private final AtomicBoolean pending = new AtomicBoolean();
  private final AtomicBoolean started = new AtomicBoolean();
  private final Object published = new Object();
  private volatile Snapshot current = Snapshot.empty();
  private long failedGeneration; // guarded by published
  private String failure = ""; // guarded by published

  // Progress, written by the analysis thread only.
  private volatile boolean resumed;
  private volatile boolean reanalyzing;
  private volatile int covered; // articles the analysis holds
  private volatile int running; // articles of the batch being analyzed
  private volatile String phase = "";
  private volatile double secondsPerArticle = Double.NaN;
  private volatile Optional<Instant> failingSince = Optional.empty();
  private volatile String lastError = "";

  /** Ids of the articles the analysis holds; analysis thread only. */
  private final Set<String> have = new HashSet<>();

  /**
   * A library whose analysis keeps nothing (tests, stand-in stages); an ingest waits up to five
   * minutes for its analysis.
   *
   * @param analysis turns all stored articles into a report
   */
  public Library(
      ArticleStore store, Function<List<Article>, Report> analysis, IngestOptions options) {
    this(
        store,
        Analysis.of(analysis),
        options,
        Settings.defaults().withIngestWait(Duration.ofMinutes(5)),
        Clock.systemUTC());
  }

  /**
   * @param analysis the analysis, e.g. one kept in the store
   * @param clock tells when analysis started failing
   */
  public Library(
      ArticleStore store,
      Analysis analysis,
      IngestOptions options,
      Settings settings,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.ingestor = new Ingestor(options);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ingestSlots = new Semaphore(settings.maxConcurrentIngests());
  }

  /** The latest published analysis. */
  public Snapshot snapshot() {
    return current;
  }

  /** The store (for search). */
  ArticleStore store() {
    return store;
  }

  /**
   * Serves the analysis saved in the store (if any) and starts analyzing, in the background, what
   * it does not cover. Returns at once; calling it again does nothing.
   */
  public void start() {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    List<Article> stored = store.all();
    Optional<Report> saved = analysis.saved(stored);
    if (saved.isPresent()) {
      Report r = saved.get();
      Set<String> ids = new HashSet<>();
      r.articles().forEach(v -> ids.add(v.id()));
      publish(new Snapshot(1, stored.stream().filter(a -> ids.contains(a.id())).toList(), r));
    }
    requestAnalysis();
  }

  /** Starts, then waits until every article stored now is analyzed (tests, batch use). */
  public Snapshot refresh() {
    start();
    Set<String> ids = new LinkedHashSet<>();
    store.all().forEach(a -> ids.add(a.id()));
    long generation = requestAnalysis();
    return await(ids, generation, Duration.ofDays(1))
        .orElseThrow(() -> new StorylensException(ErrorCode.INTERNAL, "analysis did not finish"));
  }

  /**
   * Stores the articles parsed from the named inputs, then waits (at most {@link
   * Settings#ingestWait()}) for an analysis that includes them. Inputs that fail to parse are
   * reported, never stored; the others are stored even if analysis fails later.
   *
   * @throws RetryLater when too many ingests run at once or too many articles wait for analysis
   */
  public Views.IngestResult ingest(List<Input> inputs) {
    if (!ingestSlots.tryAcquire()) {
      throw new RetryLater(
          ErrorCode.RATE_LIMITED,
          "too many ingests at once (at most " + settings.maxConcurrentIngests() + ")",
          Duration.ofSeconds(1));
    }
    try {
      return ingestNow(inputs);
    } finally {
      ingestSlots.release();
    }
  }

  private Views.IngestResult ingestNow(List<Input> inputs) {
    int queued = status().queued();
    if (queued >= settings.maxQueued()) {
      throw new RetryLater(
          ErrorCode.BUSY,
          queued + " articles are waiting for analysis (at most " + settings.maxQueued() + ")",
          estimate(queued).orElse(Duration.ofSeconds(30)));
    }
    List<Article> parsed = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    for (Input in : inputs) {
      Ingestor.Result r = ingestor.read(in.name(), in.bytes());
      parsed.addAll(r.articles());
      problems.addAll(r.problems());
    }
    if (parsed.size() > MAX_ARTICLES) {
      throw new StorylensException(
          ErrorCode.TOO_LARGE,
          parsed.size()
              + " articles in one request (e.g. lines of a JSON Lines body); the limit is "
              + MAX_ARTICLES);
    }
    if (parsed.isEmpty()) {
      return new Views.IngestResult(
          List.of(), List.of(), problems, List.of(), current.generation(), Optional.empty());
    }
    ArticleStore.PutResult put = store.putAll(parsed);
    Set<String> ids = new LinkedHashSet<>();
    parsed.forEach(a -> ids.add(a.id()));
    Snapshot seen = current;
    // Re-posting what the published analysis already holds needs no new analysis.
    boolean known = ids.stream().allMatch(id -> seen.article(id).isPresent());
    Optional<Snapshot> snap =
        known ? Optional.of(seen) : await(ids, requestAnalysis(), settings.ingestWait());
    if (snap.isEmpty()) {
      return new Views.IngestResult(
          put.added(),
          put.existing(),
          problems,
          List.of(),
          current.generation(),
          Optional.of("/api/status"));
    }
    List<Views.Placement> placements = new ArrayList<>();
    ids.forEach(id -> placements.add(snap.get().placement(id)));
    return new Views.IngestResult(
        put.added(),
        put.existing(),
        problems,
        placements,
        snap.get().generation(),
        Optional.empty());
  }

  /** One request body to ingest, named for error messages and article identity. */
  public record Input(String name, byte[] bytes) {
    public Input {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /** What the analysis is doing now. */
  public Views.Status status() {
    Snapshot s = current;
    int stored = store.count();
    int queued = Math.max(0, stored - (resumed ? covered : s.articleRefs().size()));
    boolean busy = running > 0 || pending.get() || !phase.isEmpty();
    String stage =
        busy ? Optional.of(analysis.stage()).filter(x -> !x.isEmpty()).orElse(phase) : "";
    return new Views.Status(
        stored,
        s.articleRefs().size(),
        queued,
        running,
        stage,
        estimate(queued).map(Duration::toSeconds),
        reanalyzing,
        failingSince.isPresent() ? "failing" : busy || queued > 0 ? "running" : "idle",
        failingSince.map(x -> lastError),
        failingSince.map(Instant::toString),
        s.generation(),
        Optional.of(analysis.computed()).filter(n -> n >= 0));
  }

  /** Time to analyze {@code queued} articles at the rate measured so far (empty: not known). */
  private Optional<Duration> estimate(int queued) {
    double rate = secondsPerArticle;
    if (Double.isNaN(rate) || queued == 0) {
      return queued == 0 ? Optional.of(Duration.ZERO) : Optional.empty();
    }
    return Optional.of(Duration.ofMillis((long) Math.ceil(queued * rate * 1000)));
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
      if (!resumed) {
        phase = "resuming";
        boolean ok = analysis.resume(store.all());
        reanalyzing = !ok && current.generation() > 0;
        if (ok) {
          have.addAll(ids(current));
        }
        covered = have.size();
        resumed = true;
      }
      while (true) {
        phase = "reading articles";
        List<Article> stored = store.all().stream().sorted(Analyzer.ORDER).toList();
        List<Article> missing = stored.stream().filter(a -> !have.contains(a.id())).toList();
        if (missing.isEmpty()) {
          break;
        }
        int batch = Math.max(settings.minBatch(), have.size() / 2);
        List<Article> take = missing.subList(0, Math.min(batch, missing.size()));
        Set<String> next = new HashSet<>(have);
        take.forEach(a -> next.add(a.id()));
        List<Article> all = stored.stream().filter(a -> next.contains(a.id())).toList();
        boolean done = take.size() == missing.size();
        boolean publish = done || !reanalyzing;
        running = take.size();
        phase = "analyzing";
        long t0 = System.nanoTime();
        Report r = analysis.analyze(all, publish);
        // Cleared before the snapshot is published: whoever sees the new snapshot sees health ok.
        failingSince = Optional.empty();
        double perArticle = (System.nanoTime() - t0) / 1e9 / take.size();
        secondsPerArticle =
            Double.isNaN(secondsPerArticle)
                ? perArticle
                : 0.5 * secondsPerArticle + 0.5 * perArticle;
        have.addAll(next);
        covered = have.size();
        running = 0;
        if (publish) {
          phase = "publishing";
          publish(new Snapshot(current.generation() + 1, all, r, Optional.of(current)));
          reanalyzing = false;
        }
      }
      synchronized (published) {
        published.notifyAll();
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      LOG.error("analysis of generation {} failed", target, e);
      String why = e instanceof StorylensException ? e.getMessage() : e.getClass().getSimpleName();
      lastError = why;
      if (failingSince.isEmpty()) {
        failingSince = Optional.of(clock.instant());
      }
      synchronized (published) {
        failedGeneration = target;
        failure = why;
        published.notifyAll();
      }
    } finally {
      running = 0;
      phase = "";
    }
  }

  private static Set<String> ids(Snapshot s) {
    Set<String> out = new HashSet<>();
    s.articleRefs().forEach(a -> out.add(a.id()));
    return out;
  }

  private void publish(Snapshot next) {
    synchronized (published) {
      current = next;
      published.notifyAll();
    }
  }

  /**
   * Waits until the published snapshot holds every one of {@code ids}; empty when {@code wait}
   * passes first.
   *
   * @throws StorylensException when the analysis asked for as {@code generation} failed
   */
  private Optional<Snapshot> await(Set<String> ids, long generation, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (published) {
      while (!ids.stream().allMatch(id -> current.article(id).isPresent())) {
        if (failedGeneration >= generation) {
          throw new StorylensException(
              ErrorCode.INTERNAL, "analysis failed (the articles are stored): " + failure);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return Optional.empty();
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(published, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Optional.empty();
        }
      }
      return Optional.of(current);
    }
  }

  @Override
  public void close() {
    analyst.shutdownNow();
    try {
      // The analysis thread may be writing the store: let it finish before the store closes.
      analyst.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
