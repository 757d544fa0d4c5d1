// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.cluster.Assignment;
import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.Clustering;
import io.storylens.core.cluster.OnlineClusterer;
import io.storylens.core.text.Hashing;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Bench command for total clustering throughput on the cheap path (no CoreNLP): the same synthetic
 * stream (see {@link ClusterStream}) clustered by one thread calling {@link
 * OnlineClusterer#assign}, then by {@link OnlineClusterer#assignAll} with feature extraction on a
 * pool of 1 and 2 threads while the calling thread places. Each configuration runs on a fresh
 * clusterer after a warm-up; the command checks that every configuration gives the identical
 * clustering, and prints wall articles/s, process CPU seconds and the load average (the machine may
 * be shared).
 *
 * <pre>
 * java -cp storylens-bench/target/benchmarks.jar io.storylens.bench.ClusterThroughput 20000 2 0,1,2
 * </pre>
 *
 * Arguments: articles (20,000), rounds (2), configurations (feature threads; 0 = sequential).
 */
public final class ClusterThroughput {
  private ClusterThroughput() {}

  @Command(name = "ClusterThroughput")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Parameters(index = "0", arity = "0..1", description = "Articles (default: 20000).")
    int articles = 20_000;

    @Parameters(index = "1", arity = "0..1", description = "Rounds (default: 2).")
    int rounds = 2;

    @Parameters(
        index = "2",
        arity = "0..1",
        split = ",",
        description = "Feature threads per configuration, 0 = sequential (default: 0,1,2).")
    int[] configs = {0, 1, 2};
  }

  public static void main(String[] args) throws Exception {
    Args a = BenchArgs.parse(new Args(), args);
    int n = a.articles;
    int rounds = a.rounds;
    int[] configs = a.configs;
    List<ClusterDoc> docs = ClusterStream.dev().first(n);
    System.out.printf(Locale.ROOT, "%,d synthetic articles, %s%n", n, BenchData.machine());
    // Warm-up on a slice, every configuration.
    List<ClusterDoc> warm = docs.subList(0, Math.min(n, 5_000));
    for (int threads : configs) {
      run(warm, threads);
    }
    Clustering reference = null;
    for (int r = 0; r < rounds; r++) {
      for (int threads : configs) {
        Result res = run(docs, threads);
        if (reference == null) {
          reference = res.clustering;
        } else if (!reference.equals(res.clustering)) {
          throw new IllegalStateException(
              "clustering with " + threads + " feature threads differs from the sequential one");
        }
        System.out.printf(
            Locale.ROOT,
            "round %d %-46s %,7.0f articles/s wall; CPU s placing %.2f + features %.2f"
                + " -> %,7.0f articles/s on %s; process CPU s %.2f (GC %.2f s); load average"
                + " %.2f%n",
            r + 1,
            threads == 0
                ? "1 thread (assign, sequential):"
                : "placing thread + " + threads + " feature thread(s) (assignAll):",
            n / res.seconds,
            res.placeCpu,
            res.featureCpu,
            threads == 0 ? n / res.placeCpu : res.twoCoreCapacity(n),
            threads == 0 ? "1 idle core" : "2 idle cores",
            res.processCpu,
            res.gcSeconds,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }
    // Printed so that a change meant to be a pure speed-up can be checked against the run before
    // it.
    System.out.println(
        "identical clustering in every configuration: yes; fingerprint "
            + Hashing.sha256Hex(16, String.valueOf(reference)));
  }

  /**
   * @param seconds wall time
   * @param placeCpu CPU seconds of the placing (calling) thread
   * @param featureCpu CPU seconds of the feature threads
   * @param processCpu CPU seconds of the whole process (also garbage collection and compilation)
   * @param gcSeconds time the collectors report for the run
   */
  private record Result(
      double seconds,
      double placeCpu,
      double featureCpu,
      double processCpu,
      double gcSeconds,
      Clustering clustering) {
    /**
     * Articles per second two idle cores would sustain, from the CPU times: the placing thread is
     * serial, the rest spreads over the second core.
     */
    double twoCoreCapacity(int n) {
      return n / Math.max(placeCpu, (placeCpu + featureCpu) / 2);
    }
  }

  private static Result run(List<ClusterDoc> docs, int threads) throws Exception {
    OnlineClusterer c = new OnlineClusterer();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Thread> workers = new CopyOnWriteArrayList<>();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long process0 = BenchData.processCpuNanos();
    long gc0 = BenchData.gcMillis();
    long t0 = System.nanoTime();
    double featureCpu = 0;
    List<Assignment> out;
    if (threads == 0) {
      out = new ArrayList<>(docs.size());
      for (ClusterDoc d : docs) {
        out.add(c.assign(d));
      }
    } else {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "features");
                t.setDaemon(true);
                workers.add(t);
                return t;
              });
      try {
        out = c.assignAll(docs, pool);
        for (Thread t : workers) {
          featureCpu += mx.getThreadCpuTime(t.getId()) / 1e9;
        }
      } finally {
        pool.shutdown();
      }
    }
    Clustering snapshot = c.clustering(); // includes the final consolidation
    double seconds = (System.nanoTime() - t0) / 1e9;
    double placeCpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double processCpu = (BenchData.processCpuNanos() - process0) / 1e9;
    double gcSeconds = (BenchData.gcMillis() - gc0) / 1e3;
    if (out.size() != docs.size()) {
      throw new IllegalStateException("lost assignments");
    }
    return new Result(seconds, placeCpu, featureCpu, processCpu, gcSeconds, snapshot);
  }
}
