// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.IngestProblem;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.ingest.InputFile;
import io.storylens.core.ingest.Inputs;
import io.storylens.model.Article;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.store.ArticleStore;
import io.storylens.store.Database;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Ingests inputs into an {@link ArticleStore}, committing in input order, so the result does not
 * depend on the number of threads. An article is reported stored only after the transaction that
 * stored it committed; a crash loses at most the uncommitted group and a bad input never touches
 * what is stored.
 *
 * <p>Reading, parsing and cleaning run on {@code readers} threads, a few parts ahead of the single
 * writer (SQLite has one writer anyway). A part is a whole input, or a chunk of lines of a JSON
 * Lines input ({@link Ingestor#parts}), so one large file is parsed by every reader and never held
 * in memory whole. Parts are grouped into one transaction (up to {@link #GROUP_ARTICLES} articles
 * or {@link #GROUP_MILLIS} ms after its first part, never later while a part is still being
 * parsed), because a commit per one-article file costs more than the article; if a group fails to
 * store, its parts are stored one by one so one bad input cannot sink the others. Progress counts
 * an input once its last part is committed.
 */
public final class IngestService {
  private final Ingestor ingestor;
  private final ArticleStore store;
  private final int readers;
  private final int groupArticles;

  /** By default, a group is committed once it holds this many articles. */
  public static final int GROUP_ARTICLES = 1000;

  /** ... or once its first input waited this long. */
  public static final long GROUP_MILLIS = 250;

  /**
   * Reader threads by default: one core fewer than the machine has, at least one. The writer is the
   * slowest stage (mostly SQLite's full-text indexing) and runs on one thread, so it should have a
   * core to itself: on 2 cores one reader and the writer ingest 13-15 % faster than two readers
   * competing with the writer for the two cores (IngestBench, paired runs).
   */
  public static int defaultReaders() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }

  /** Parses on the calling thread, which also writes ({@code readers} 0). */
  public IngestService(IngestOptions options, ArticleStore store) {
    this(options, store, 0);
  }

  /**
   * @param readers threads that read and parse inputs ahead of the writer; 0: the calling thread
   *     parses, then writes
   */
  public IngestService(IngestOptions options, ArticleStore store, int readers) {
    this(options, store, readers, GROUP_ARTICLES);
  }

  /**
   * @param readers threads that read and parse inputs ahead of the writer; 0: the calling thread
   *     parses, then writes
   * @param groupArticles a group of small inputs is committed once it holds this many articles, at
   *     least 1 (1: every input in its own transaction)
   */
  public IngestService(IngestOptions options, ArticleStore store, int readers, int groupArticles) {
    if (readers < 0) {
      throw new IllegalArgumentException("readers must be >= 0: " + readers);
    }
    if (groupArticles < 1) {
      throw new IllegalArgumentException("groupArticles must be >= 1: " + groupArticles);
    }
    this.ingestor = new Ingestor(options);
    this.store = Objects.requireNonNull(store, "store");
    this.readers = readers;
    this.groupArticles = groupArticles;
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
    ExecutorService pool = readers > 0 ? Executors.newFixedThreadPool(readers, DAEMON) : null;
    Deque<Pending> ahead = new ArrayDeque<>();
    Group group = new Group(problems, added, existing, problemSink, committed, progress, files);
    try (Units units = new Units(files)) {
      while (true) {
        // Keep a few parts parsed ahead, bounded so memory stays flat.
        while (ahead.size() < AHEAD_PER_READER * Math.max(1, readers) && units.hasNext()) {
          Unit u = units.next();
          ahead.add(
              new Pending(
                  u, u.parse() == null || pool == null ? null : pool.submit(u.parse()::get)));
        }
        Pending next = ahead.poll();
        if (next == null) {
          break;
        }
        Unit u = next.unit();
        if (u.parse() == null) {
          group.ended(u.file());
          continue;
        }
        Ingestor.Result r;
        if (next.future() == null) {
          r = u.parse().get();
        } else {
          if (!ready(next.future(), group.deadlineNanos())) {
            group.flush(); // commit what is ready instead of holding it while the parser works
          }
          r = await(next.future(), u.file());
        }
        r.problems().forEach(problemSink);
        problems.addAll(r.problems());
        group.add(u.file(), r.articles());
        if (group.articles >= groupArticles || System.nanoTime() >= group.deadlineNanos()) {
          group.flush();
        }
      }
      group.flush();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return new Summary(files.size(), added, existing, problems);
  }

  /** Parts parsed ahead of the writer, per reader thread (parts are up to a few hundred lines). */
  private static final int AHEAD_PER_READER = 8;

  /** One part of an input to parse, or (parse null) the end of that input. */
  private record Unit(InputFile file, Supplier<Ingestor.Result> parse) {}

  private record Pending(Unit unit, Future<Ingestor.Result> future) {}

  /** The parts of every input in order, each input followed by its end; opens inputs lazily. */
  private final class Units implements AutoCloseable {
    private final List<InputFile> files;
    private int index;
    private Ingestor.Parts current;
    private Unit next;

    Units(List<InputFile> files) {
      this.files = files;
    }

    boolean hasNext() {
      if (next == null) {
        next = advance();
      }
      return next != null;
    }

    Unit next() {
      hasNext();
      Unit u = next;
      next = null;
      return u;
    }

    private Unit advance() {
      if (current == null) {
        if (index == files.size()) {
          return null;
        }
        current = ingestor.parts(files.get(index));
      }
      InputFile f = files.get(index);
      Optional<Supplier<Ingestor.Result>> part = current.next();
      if (part.isPresent()) {
        return new Unit(f, part.get());
      }
      close();
      index++;
      return new Unit(f, null);
    }

    @Override
    public void close() {
      if (current != null) {
        current.close();
        current = null;
      }
    }
  }

  /** Parts read but not yet committed, in input order, and the inputs they complete. */
  private final class Group {
    private final List<InputFile> inputs = new ArrayList<>();
    private final List<InputFile> ended = new ArrayList<>();
    private final List<List<Article>> batches = new ArrayList<>();
    private final List<IngestProblem> problems;
    private final List<String> added;
    private final List<String> existing;
    private final Consumer<IngestProblem> problemSink;
    private final Consumer<ArticleStore.PutResult> committed;
    private final Progress progress;
    private final List<InputFile> files;
    private int articles;
    private long startNanos;
    private int done;

    Group(
        List<IngestProblem> problems,
        List<String> added,
        List<String> existing,
        Consumer<IngestProblem> problemSink,
        Consumer<ArticleStore.PutResult> committed,
        Progress progress,
        List<InputFile> files) {
      this.problems = problems;
      this.added = added;
      this.existing = existing;
      this.problemSink = problemSink;
      this.committed = committed;
      this.progress = progress;
      this.files = files;
    }

    /** When this group is due to be committed even if it is not full. */
    long deadlineNanos() {
      return inputs.isEmpty() ? System.nanoTime() : startNanos + GROUP_MILLIS * 1_000_000;
    }

    void add(InputFile f, List<Article> articles) {
      if (inputs.isEmpty()) {
        startNanos = System.nanoTime();
      }
      inputs.add(f);
      batches.add(articles);
      this.articles += articles.size();
    }

    /** {@code f} has no parts left: it counts as done once what it added is committed. */
    void ended(InputFile f) {
      if (inputs.isEmpty()) {
        progress.update(++done, files.size(), f);
      } else {
        ended.add(f);
      }
    }

    void flush() {
      if (inputs.isEmpty()) {
        return;
      }
      List<Article> all = new ArrayList<>(articles);
      batches.forEach(all::addAll);
      if (!all.isEmpty()) {
        try {
          stored(store.putAll(all));
        } catch (StorylensException e) {
          failIfStoreUnusable(e);
          if (inputs.size() == 1) {
            failed(inputs.get(0), e);
          } else {
            for (int k = 0; k < inputs.size(); k++) { // find the input that fails, keep the rest
              if (!batches.get(k).isEmpty()) {
                try {
                  stored(store.putAll(batches.get(k)));
                } catch (StorylensException one) {
                  failIfStoreUnusable(one);
                  failed(inputs.get(k), one);
                }
              }
            }
          }
        }
      }
      for (InputFile f : ended) {
        progress.update(++done, files.size(), f);
      }
      ended.clear();
      inputs.clear();
      batches.clear();
      articles = 0;
    }

    /**
     * Rethrows {@code e} when the database cannot be written at all (read-only, full, failing disk,
     * damaged file): then no input can be stored, and reporting each as rejected would make the run
     * look like bad inputs (exit 1) instead of a store failure (exit 3). What earlier groups
     * committed stays stored.
     */
    private void failIfStoreUnusable(StorylensException e) {
      if (Database.isUnusable(e)) {
        throw e;
      }
    }

    private void stored(ArticleStore.PutResult put) {
      added.addAll(put.added());
      existing.addAll(put.existing());
      committed.accept(put);
    }

    private void failed(InputFile f, StorylensException e) {
      IngestProblem p = IngestProblem.of(f.name(), ErrorCode.STORE_FAILURE, e.getMessage());
      problems.add(p);
      problemSink.accept(p);
    }
  }

  private static final ThreadFactory DAEMON =
      r -> {
        Thread t = new Thread(r, "storylens-ingest-reader");
        t.setDaemon(true);
        return t;
      };

  /**
   * Whether {@code future} completes by {@code deadline} (System.nanoTime): waiting for a part a
   * little while keeps groups large (small transactions cost more per article, mostly in the
   * full-text index), and the deadline keeps what is parsed from waiting long to be committed.
   */
  private static boolean ready(Future<?> future, long deadline) {
    long left = deadline - System.nanoTime();
    if (future.isDone() || left <= 0) {
      return future.isDone();
    }
    try {
      future.get(left, TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      return true; // await reports it
    }
  }

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
}
