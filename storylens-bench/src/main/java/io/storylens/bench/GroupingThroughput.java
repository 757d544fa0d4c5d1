// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.cluster.CapitalizedPhrases;
import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.GroupingSettings;
import io.storylens.core.cluster.GroupingSignals;
import io.storylens.core.cluster.LearnedClusterer;
import io.storylens.core.cluster.LinkModel;
import io.storylens.core.cluster.OnlineClusterer;
import io.storylens.core.embed.ArticleEmbeddings;
import io.storylens.core.embed.Embedder;
import io.storylens.core.embed.Embedders;
import io.storylens.core.embed.EmbeddingText;
import io.storylens.core.embed.MiniLmBatchEmbedder;
import io.storylens.core.embed.MiniLmEmbedder;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Bench command comparing the two grouping paths on the same articles in one process: the cheap
 * path ({@link OnlineClusterer}, no embeddings) and the embedding path (the shipped link model's
 * embedder on title and lead, one text per call as {@code analyze} and {@code serve} embed, then
 * {@link LearnedClusterer}), plus that embedding step alone on 1 and 2 threads, the library
 * embedder at its 128 word pieces, and batches of 32 texts at the same window. Prints articles/s by
 * wall clock and by process CPU time (the machine may be shared: CPU time is the figure that does
 * not depend on other load), and the ratio of the two paths.
 *
 * <pre>
 * java -cp storylens-bench/target/benchmarks.jar io.storylens.bench.GroupingThroughput 2000
 * </pre>
 *
 * Argument: articles (2,000), synthetic ones built from news-clusters dev text ({@link
 * ClusterStream}), so every embedding is computed, none is cached.
 */
public final class GroupingThroughput {
  private GroupingThroughput() {}

  @Command(name = "GroupingThroughput")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Parameters(index = "0", arity = "0..1", description = "Articles (default: 2000).")
    int articles = 2_000;
  }

  public static void main(String[] args) throws Exception {
    int n = BenchArgs.parse(new Args(), args).articles;
    List<ClusterDoc> docs = ClusterStream.dev().first(n);
    System.out.printf(Locale.ROOT, "%,d articles, %s%n", n, BenchData.machine());
    // The embedder of the embedding path of analyze and serve: the one the shipped model names.
    String model = LinkModel.shipped().embedder();
    Embedder shipped = Embedders.named(model);
    Embedder library = new MiniLmEmbedder();
    // Warm-up: class loading, JIT, the ONNX session.
    List<ClusterDoc> warm = docs.subList(0, Math.min(n, 100));
    cheap(warm);
    embedding(warm, shipped);
    embedOnly(warm, shipped, 2);
    embedOnly(warm, library, 1);

    Result c = measure(() -> cheap(docs));
    print("cheap path (OnlineClusterer)", n, c);
    Result e = measure(() -> embedding(docs, shipped));
    print("embedding path (" + model + " + LearnedClusterer)", n, e);
    Result e1 = measure(() -> embedOnly(docs, shipped, 1));
    print("embedding alone (" + model + "), 1 thread", n, e1);
    Result e2 = measure(() -> embedOnly(docs, shipped, 2));
    print("embedding alone (" + model + "), 2 threads", n, e2);
    Result l1 = measure(() -> embedOnly(docs, library, 1));
    print("library embedder (128 word pieces), 1 thread", n, l1);
    List<String> texts = docs.stream().map(d -> EmbeddingText.of(d.title(), d.text())).toList();
    Result b48 = batched(texts, Embedders.GROUPING_PIECES, 2);
    print("batches of 32, 48 word pieces, 2 workers", n, b48);
    System.out.printf(
        Locale.ROOT,
        "ratio cheap / embedding path: %.1f (wall), %.1f (CPU)%n",
        e.wall / c.wall,
        e.cpu / c.cpu);
    System.out.printf(
        Locale.ROOT,
        "{\"cheap_articles_per_s\": %.1f, \"cheap_articles_per_cpu_s\": %.1f,"
            + " \"embedding_articles_per_s\": %.1f, \"embedding_articles_per_cpu_s\": %.1f,"
            + " \"embed_2_threads_articles_per_s\": %.1f,"
            + " \"embed_articles_per_cpu_s\": %.1f, \"library_articles_per_cpu_s\": %.1f,"
            + " \"batched_48_articles_per_cpu_s\": %.1f}%n",
        n / c.wall,
        n / c.cpu,
        n / e.wall,
        n / e.cpu,
        n / e2.wall,
        n / e2.cpu,
        n / l1.cpu,
        n / b48.cpu);
  }

  private record Result(double wall, double cpu) {}

  private interface Work {
    void run() throws Exception;
  }

  private static Result measure(Work w) throws Exception {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    w.run();
    return new Result((System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9);
  }

  private static void print(String what, int n, Result r) {
    System.out.printf(
        Locale.ROOT,
        "%-44s %8.1f articles/s wall  %8.1f articles/CPU-s  (%.2f s wall, %.2f s CPU)%n",
        what,
        n / r.wall,
        n / r.cpu,
        r.wall,
        r.cpu);
  }

  /**
   * The batched embedder on {@code texts}, in batches of {@link #BATCH}, after a warm-up call (the
   * tokenizer and session are loaded once per embedder and process).
   */
  private static Result batched(List<String> texts, int pieces, int workers) throws Exception {
    MiniLmBatchEmbedder b = new MiniLmBatchEmbedder(pieces, BATCH, workers);
    b.embedAll(texts.subList(0, Math.min(texts.size(), 2 * BATCH)));
    return measure(() -> b.embedAll(texts));
  }

  /** Texts per session call of the batched embedder. */
  private static final int BATCH = 32;

  private static void cheap(List<ClusterDoc> docs) {
    OnlineClusterer c = new OnlineClusterer();
    docs.forEach(c::assign);
    c.clustering();
  }

  private static void embedding(List<ClusterDoc> docs, Embedder embedder) {
    LearnedClusterer c =
        new LearnedClusterer(
            LinkModel.shipped(),
            GroupingSettings.defaults(),
            new GroupingSignals(ArticleEmbeddings.direct(embedder), new CapitalizedPhrases()));
    docs.forEach(c::assign);
    c.clustering();
  }

  private static void embedOnly(List<ClusterDoc> docs, Embedder embedder, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        final int part = t;
        fs.add(
            pool.submit(
                () -> {
                  for (int i = part; i < docs.size(); i += threads) {
                    ClusterDoc d = docs.get(i);
                    embedder.embed(EmbeddingText.of(d.title(), d.text()));
                  }
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
