// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.dedup.CompactLshIndex;
import io.storylens.core.dedup.LshBands;
import io.storylens.core.dedup.MinHash;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * One-shot side-by-side report (same process, same corpus): documents/s for insert+query, recall at
 * Jaccard ≥ 0.8, the ratio to java-lsh, and the heap the Storylens index takes per million
 * articles. Usage: {@code java -cp storylens-bench/target/benchmarks.jar
 * io.storylens.bench.NearDuplicateReport 10000 100000}. Brute force runs for sizes ≤ 10,000.
 */
public final class NearDuplicateReport {
  private NearDuplicateReport() {}

  @Command(name = "NearDuplicateReport")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Parameters(arity = "0..*", description = "Corpus sizes (default: 10000 100000).")
    int[] sizes = {10_000, 100_000};
  }

  public static void main(String[] args) {
    int[] sizes = BenchArgs.parse(new Args(), args).sizes;
    System.out.println("size     impl           docs/s(cpu) recall@0.8  pairs  vs java-lsh");
    for (int size : sizes) {
      SyntheticCorpus c = SyntheticCorpus.build(size, 0.8, 20211228L);
      double javaLsh = 0;
      for (NearDuplicateIndexes.Impl impl : NearDuplicateIndexes.Impl.values()) {
        if (impl == NearDuplicateIndexes.Impl.BRUTE_FORCE && size > 10_000) {
          continue;
        }
        NearDuplicateIndexes.run(impl, c); // warm-up
        // CPU time of this thread: the machine is shared, wall time would measure the neighbours.
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        long[] found = NearDuplicateIndexes.run(impl, c);
        double secs = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
        double rate = size / secs;
        if (impl == NearDuplicateIndexes.Impl.JAVA_LSH) {
          javaLsh = rate;
        }
        System.out.printf(
            Locale.ROOT,
            "%-8d %-14s %10.0f %10.4f  %6d  %s%n",
            size,
            impl,
            rate,
            NearDuplicateIndexes.recall(c, found),
            c.truePairs.length,
            impl == NearDuplicateIndexes.Impl.BRUTE_FORCE || javaLsh == 0
                ? "-"
                : String.format(Locale.ROOT, "%.2fx", rate / javaLsh));
      }
      System.out.printf(
          Locale.ROOT,
          "%-8d memory: %.0f MB per million articles (compact index + signatures)%n",
          size,
          memoryPerMillion(c) / 1e6);
    }
  }

  private static double memoryPerMillion(SyntheticCorpus c) {
    MinHash mh = new MinHash(LshBands.DEFAULT.signatureLength(), 42);
    long before = used();
    CompactLshIndex index = new CompactLshIndex(LshBands.DEFAULT);
    for (int i = 0; i < c.docs.length; i++) {
      index.add(mh.signature(SyntheticCorpus.shingles(c.docs[i])));
    }
    long after = used();
    if (index.size() != c.docs.length) {
      throw new IllegalStateException("index lost items");
    }
    return (after - before) / (double) c.docs.length * 1_000_000;
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
