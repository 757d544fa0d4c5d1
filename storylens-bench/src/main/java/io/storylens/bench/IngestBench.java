// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.pipeline.IngestService;
import io.storylens.model.json.Json;
import io.storylens.store.ArticleStore;
import io.storylens.store.Database;
import io.storylens.store.SqliteArticleStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The one-machine scale benchmark: generates a synthetic corpus ({@link SyntheticNews}) as JSON
 * Lines files, then ingests it into a fresh SQLite database through the CLI's own path ({@link
 * IngestService}: read, parse, clean, store with the FTS index). Prints throughput, peak memory and
 * database size, plus the same run on a slice with one thread (parse, then write) as an in-process
 * baseline.
 *
 * <pre>
 * java -cp storylens-bench/target/benchmarks.jar io.storylens.bench.IngestBench \
 *     --articles 1000000 [--per-file 2000] [--threads N] [--work DIR] [--keep] [--no-events]
 *     [--no-baseline] [--digest] [--group ARTICLES_PER_TRANSACTION]
 * </pre>
 *
 * The last line is a JSON object with the figures. Unless {@code --no-events}, every committed
 * article also goes through the online clusterer on its own thread ({@link EventStage}), which
 * gives the article-to-event latency; {@code --no-baseline} skips the two slice runs; {@code
 * --digest} adds a digest of the stored rows and of a few searches ({@link StoreDigest}), to check
 * that a change to the ingest path stores the same data.
 */
public final class IngestBench {
  private IngestBench() {}

  /** How long the last ingest waited, after storing, for the full-text index to catch up. */
  private static double indexWaitSeconds;

  /** Articles per ingest transaction ({@code --group}; a bench knob, not a figure). */
  private static int groupArticles = IngestService.GROUP_ARTICLES;

  @Command(name = "IngestBench")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Option(
        names = "--articles",
        converter = BenchArgs.Count.class,
        description = "Articles generated and ingested (default: 100000).")
    long articles = 100_000;

    @Option(names = "--per-file", description = "Articles per JSON Lines file (default: 2000).")
    int perFile = 2000;

    @Option(names = "--threads", description = "Reader threads (default: the ingest default).")
    int threads = IngestService.defaultReaders();

    @Option(names = "--work", description = "Working directory (default: a temporary one).")
    Path work;

    @Option(names = "--keep", description = "Keep the working directory.")
    boolean keep;

    @Option(names = "--no-events", description = "Skip the online clusterer.")
    boolean noEvents;

    @Option(names = "--no-baseline", description = "Skip the two one-thread slice runs.")
    boolean noBaseline;

    @Option(names = "--digest", description = "Add a digest of the stored rows and searches.")
    boolean digest;

    @Option(names = "--group", description = "Articles per ingest transaction.")
    int group = IngestService.GROUP_ARTICLES;
  }

  public static void main(String[] args) throws IOException {
    Args a = BenchArgs.parse(new Args(), args);
    groupArticles = a.group;
    Path dir = a.work != null ? a.work : Files.createTempDirectory("storylens-bench");
    Map<String, Object> figures =
        run(dir, a.articles, a.perFile, a.threads, !a.noEvents, !a.noBaseline);
    if (a.digest) {
      figures.putAll(StoreDigest.of(dir.resolve("bench.db")));
    }
    if (!a.keep) {
      delete(dir);
    }
    System.out.println(Json.mapper().writeValueAsString(figures));
  }

  /** Generates, ingests and measures; returns the figures. */
  static Map<String, Object> run(
      Path dir, long articles, int perFile, int threads, boolean events, boolean baseline)
      throws IOException {
    String loadBefore = loadAverage();
    Path dev = BenchData.shared("news-clusters").resolve("dev.jsonl");
    SyntheticNews corpus = SyntheticNews.fromJsonLines(dev, 42);
    Path corpusDir = dir.resolve("corpus");
    long t0 = System.nanoTime();
    List<Path> files = corpus.write(corpusDir, articles, perFile);
    double genSeconds = (System.nanoTime() - t0) / 1e9;
    long inputBytes = size(corpusDir);
    System.err.printf(
        Locale.ROOT,
        "generated %d articles in %d files (%.1f MB) in %.1f s%n",
        articles,
        files.size(),
        inputBytes / 1e6,
        genSeconds);

    // Baseline in the same process: one thread parses and writes the first slice.
    long sliceArticles = 0;
    double slice1 = Double.NaN;
    double sliceN = Double.NaN;
    if (baseline) {
      long sliceFiles = Math.max(1, Math.min(files.size(), 10_000 / perFile));
      Path sliceDir = dir.resolve("slice");
      corpus.write(sliceDir, sliceFiles * perFile, perFile);
      slice1 =
          ingestSeconds(
              dir.resolve("slice-1.db"), sliceDir, 0, null, null, new long[1], new long[1]);
      sliceN =
          ingestSeconds(
              dir.resolve("slice-n.db"), sliceDir, threads, null, null, new long[1], new long[1]);
      sliceArticles = Math.min(articles, sliceFiles * perFile);
    }

    resetPeaks();
    Path db = dir.resolve("bench.db");
    long[] stored = new long[1];
    long[] writerCpu = new long[1];
    long[] indexCpu = new long[1];
    long gc0 = BenchData.gcMillis();
    long cpu0 = BenchData.processCpuNanos();
    Map<String, Object> eventFigures = new LinkedHashMap<>();
    double seconds;
    if (events) {
      try (EventStage stage = new EventStage(2 * perFile, Clock.systemUTC())) {
        seconds = ingestSeconds(db, corpusDir, threads, stored, stage, writerCpu, indexCpu);
        eventFigures = stage.finish();
      }
    } else {
      seconds = ingestSeconds(db, corpusDir, threads, stored, null, writerCpu, indexCpu);
    }
    double cpuSeconds = (BenchData.processCpuNanos() - cpu0) / 1e9;
    long gcMillis = BenchData.gcMillis() - gc0;
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("articles", articles);
    f.put("stored", stored[0]);
    f.put("threads", threads);
    f.put("group_articles", groupArticles);
    f.put("cores", Runtime.getRuntime().availableProcessors());
    f.put("collectors", BenchData.collectors());
    f.put("seconds", round(seconds));
    f.put("articles_per_second", Math.round(articles / seconds));
    // CPU time does not depend on what else runs on the machine; wall time does.
    f.put("cpu_seconds", round(cpuSeconds));
    f.put("articles_per_cpu_second", Math.round(articles / cpuSeconds));
    // The single writer thread bounds throughput however many cores parse; the rest is the
    // readers (parse + clean), the event stage if on, GC and the JIT.
    f.put("cpu_us_per_article", round(cpuSeconds * 1e6 / articles));
    f.put("writer_cpu_us_per_article", round(writerCpu[0] / 1e3 / articles));
    // The full-text index has its own thread (and file) since migration V009.
    f.put("index_cpu_us_per_article", round(indexCpu[0] / 1e3 / articles));
    f.put("index_wait_seconds", round(indexWaitSeconds));
    f.put(
        "other_cpu_us_per_article",
        round((cpuSeconds * 1e9 - writerCpu[0] - indexCpu[0]) / 1e3 / articles));
    f.put("gc_ms", gcMillis);
    f.put("input_mb", round(inputBytes / 1e6));
    f.put("input_mb_per_second", round(inputBytes / 1e6 / seconds));
    f.put("db_mb", round(dbBytes(db) / 1e6));
    f.put("peak_heap_mb", round(peakHeapBytes() / 1e6));
    f.put("max_heap_mb", round(Runtime.getRuntime().maxMemory() / 1e6));
    f.put("peak_rss_mb", round(peakRssKb() / 1e3));
    if (baseline) {
      f.put("baseline_slice_articles", sliceArticles);
      f.put("baseline_1_thread_articles_per_second", Math.round(sliceArticles / slice1));
      f.put("slice_n_threads_articles_per_second", Math.round(sliceArticles / sliceN));
      f.put("speedup_n_vs_1_threads", round(slice1 / sliceN));
    }
    f.put("goal_articles_per_second", 5000);
    f.put("events_stage", events);
    f.putAll(eventFigures);
    // The machine may be shared: the load average says how much of it this run had.
    f.put("load_average_before", loadBefore);
    f.put("load_average_after", loadAverage());
    return f;
  }

  private static double ingestSeconds(
      Path db,
      Path corpusDir,
      int threads,
      long[] stored,
      EventStage events,
      long[] writerCpu,
      long[] indexCpu) {
    var threadBean = ManagementFactory.getThreadMXBean();
    try (Database d = Database.open(db)) {
      SqliteArticleStore store = new SqliteArticleStore(d);
      ArticleStore target = events == null ? store : events.feeding(store);
      IngestService service =
          new IngestService(IngestOptions.defaults(), target, threads, groupArticles);
      long t0 = System.nanoTime();
      long writer0 = threadBean.getCurrentThreadCpuTime();
      long[] lastPrint = {t0};
      IngestService.Summary s =
          service.ingest(
              List.of(corpusDir.toString()),
              (done, total, current) -> {
                long now = System.nanoTime();
                if (now - lastPrint[0] > 10e9) {
                  lastPrint[0] = now;
                  System.err.printf(
                      Locale.ROOT,
                      "  %s: %d/%d files, %.0f s%n",
                      db.getFileName(),
                      done,
                      total,
                      (now - t0) / 1e9);
                }
              },
              p -> System.err.println("  problem: " + p));
      // Searchable, not only stored: the clock stops when the full-text index has caught up.
      long stored0 = System.nanoTime();
      d.awaitIndexed();
      double seconds = (System.nanoTime() - t0) / 1e9;
      indexWaitSeconds = (System.nanoTime() - stored0) / 1e9;
      indexCpu[0] = threadCpuNanos("storylens-fts-index");
      // The calling thread is the writer: it binds, steps and commits; the pool parses.
      writerCpu[0] = threadBean.getCurrentThreadCpuTime() - writer0;
      if (stored != null) {
        stored[0] = store.count();
      }
      System.err.printf(
          Locale.ROOT,
          "ingested %s with %d thread(s): %d new in %.1f s%n",
          db.getFileName(),
          threads,
          s.added().size(),
          seconds);
      return seconds;
    }
  }

  /** CPU time of the live thread called {@code name}, or 0 if there is none. */
  private static long threadCpuNanos(String name) {
    var bean = ManagementFactory.getThreadMXBean();
    for (var info : bean.getThreadInfo(bean.getAllThreadIds())) {
      if (info != null && info.getThreadName().equals(name)) {
        return Math.max(0, bean.getThreadCpuTime(info.getThreadId()));
      }
    }
    return 0;
  }

  /** The 1, 5 and 15 minute load averages (Linux), or "n/a". */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Paths.get("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Peak resident set size of this process (Linux VmHWM), or -1 elsewhere. */
  private static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux: no figure.
    }
    return -1;
  }

  private static long dbBytes(Path db) throws IOException {
    long sum = 0;
    for (String suffix : List.of("", "-wal", "-shm", "-fts", "-fts-wal", "-fts-shm")) {
      Path p = Paths.get(db + suffix);
      if (Files.exists(p)) {
        sum += Files.size(p);
      }
    }
    return sum;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
