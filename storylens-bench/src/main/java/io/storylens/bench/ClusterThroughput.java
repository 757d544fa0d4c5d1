// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.cluster.Assignment;
import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.cluster.Clustering;
import io.storylens.core.cluster.OnlineClusterer;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * java -cp storylens-bench/target/benchmarks.jar io.storylens.bench.ClusterThroughput 20000
 * </pre>
 */
public final class ClusterThroughput {
  private ClusterThroughput() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    ClusterStream corpus =
        new ClusterStream(BenchData.shared("news-clusters").resolve("dev.jsonl"));
    // Generated up front: the generator is not part of clustering.
    List<ClusterDoc> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      docs.add(corpus.article(i));
    }
    System.out.printf(
        Locale.ROOT,
        "%,d synthetic articles, %d available processors, load average %.2f%n",
        n,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    // Warm-up on a slice, every configuration.
    List<ClusterDoc> warm = docs.subList(0, Math.min(n, 5_000));
    run(warm, 0);
    run(warm, 1);
    run(warm, 2);
    Clustering reference = null;
    for (int r = 0; r < rounds; r++) {
      for (int threads : new int[] {0, 1, 2}) {
        Result res = run(docs, threads);
        if (reference == null) {
          reference = res.clustering;
        } else if (!reference.equals(res.clustering)) {
          throw new IllegalStateException(
              "clustering with " + threads + " feature threads differs from the sequential one");
        }
        System.out.printf(
            Locale.ROOT,
            "round %d %-44s %,8.0f articles/s wall, %.2f s CPU (process), load average %.2f%n",
            r + 1,
            threads == 0
                ? "1 thread (assign, sequential):"
                : "placing thread + " + threads + " feature thread(s) (assignAll):",
            n / res.seconds,
            res.cpuSeconds,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }
    System.out.println("identical clustering in every configuration: yes");
  }

  private record Result(double seconds, double cpuSeconds, Clustering clustering) {}

  private static Result run(List<ClusterDoc> docs, int threads) throws Exception {
    OnlineClusterer c = new OnlineClusterer();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    List<Assignment> out;
    if (threads == 0) {
      out = new ArrayList<>(docs.size());
      for (ClusterDoc d : docs) {
        out.add(c.assign(d));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        out = c.assignAll(docs, pool);
      } finally {
        pool.shutdown();
      }
    }
    Clustering snapshot = c.clustering(); // includes the final consolidation
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    if (out.size() != docs.size()) {
      throw new IllegalStateException("lost assignments");
    }
    return new Result(seconds, cpu, snapshot);
  }
}
