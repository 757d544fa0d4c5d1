// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.cluster.OnlineClusterer;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Bench command for the online clusterer at scale: for each store size, streams that many synthetic
 * articles (see {@link ClusterStream}) through one clusterer, reporting throughput (wall and per
 * CPU-second of the clustering thread), heap per million articles, and the CPU time of assigning
 * each of the next 2,000 articles (p50/p99; CPU time because the build machine is shared and wall
 * time there measures the neighbours).
 *
 * <pre>
 * java -cp storylens-bench/target/benchmarks.jar io.storylens.bench.ClusterScale 10000 100000 1000000
 * </pre>
 *
 * Run with a heap large enough for the biggest size (-Xmx6g for a million).
 */
public final class ClusterScale {
  /** Articles timed after the store is filled. */
  static final int PROBES = 2_000;

  private ClusterScale() {}

  @Command(name = "ClusterScale")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Parameters(arity = "0..*", description = "Store sizes to fill (default: 10000 100000).")
    long[] sizes = {10_000, 100_000};
  }

  public static void main(String[] args) {
    long[] sizes = BenchArgs.parse(new Args(), args).sizes;
    ClusterStream corpus = ClusterStream.dev();
    for (long n : sizes) {
      run(corpus, n);
    }
  }

  private static void run(ClusterStream corpus, long n) {
    System.gc();
    long heapBefore = usedHeap();
    OnlineClusterer c = new OnlineClusterer();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long generateCpu = 0;
    long t0 = System.nanoTime();
    long cpu0 = mx.getCurrentThreadCpuTime();
    for (long i = 0; i < n; i++) {
      long g = mx.getCurrentThreadCpuTime();
      var doc = corpus.article(i);
      generateCpu += mx.getCurrentThreadCpuTime() - g;
      c.assign(doc);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    // CPU time of the clustering alone: the machine may be shared, which inflates wall time.
    double cpuSeconds = (mx.getCurrentThreadCpuTime() - cpu0 - generateCpu) / 1e9;
    long heapAfter = usedHeap();
    long[] lat = new long[PROBES];
    for (int p = 0; p < PROBES; p++) {
      var doc = corpus.article(n + p);
      long s = mx.getCurrentThreadCpuTime();
      c.assign(doc);
      lat[p] = mx.getCurrentThreadCpuTime() - s;
    }
    Arrays.sort(lat);
    double bytesPerArticle = (double) (heapAfter - heapBefore) / n;
    System.out.printf(
        Locale.ROOT,
        "stored %,d: throughput %.0f articles/s wall, %.0f articles per CPU-second (one thread);"
            + " assign latency p50 %.3f ms, p99 %.3f ms; heap %.0f MB (%.2f GB per million"
            + " articles)%n",
        n,
        n / seconds,
        n / cpuSeconds,
        lat[PROBES / 2] / 1e6,
        lat[PROBES * 99 / 100] / 1e6,
        (heapAfter - heapBefore) / 1e6,
        bytesPerArticle * 1e6 / 1e9);
    if (c.clustering().events().isEmpty()) {
      throw new IllegalStateException("no events"); // keeps the clusterer reachable until here
    }
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}
