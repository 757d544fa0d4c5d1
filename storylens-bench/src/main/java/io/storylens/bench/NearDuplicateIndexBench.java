// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Near-duplicate index: insert+query of a whole synthetic corpus (one op = the corpus), Storylens
 * MinHash/LSH vs. java-lsh vs. brute-force all-pairs Jaccard. Recall at Jaccard ≥ 0.8 is printed at
 * setup. Brute force is quadratic: run it with small sizes only, e.g.
 *
 * <pre>
 * java -jar storylens-bench/target/benchmarks.jar NearDuplicateIndexBench \
 *     -p size=10000,100000 -p impl=STORYLENS,JAVA_LSH
 * java -jar storylens-bench/target/benchmarks.jar NearDuplicateIndexBench \
 *     -p size=2000 -p impl=BRUTE_FORCE,STORYLENS,JAVA_LSH
 * </pre>
 *
 * Sizes up to 1,000,000 work with enough heap ({@code -jvmArgs -Xmx12g}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class NearDuplicateIndexBench {
  @Param({"10000", "100000"})
  public int size;

  @Param({"STORYLENS", "STORYLENS_MAP", "JAVA_LSH"})
  public NearDuplicateIndexes.Impl impl;

  private SyntheticCorpus corpus;

  @Setup(Level.Trial)
  public void setUp() {
    corpus = SyntheticCorpus.build(size, 0.8, 20211228L);
    long[] found = NearDuplicateIndexes.run(impl, corpus);
    System.out.printf(
        Locale.ROOT,
        "%n%s size=%d true pairs=%d recall@J>=0.8=%.4f%n",
        impl,
        size,
        corpus.truePairs.length,
        NearDuplicateIndexes.recall(corpus, found));
  }

  @Benchmark
  public long[] insertAndQuery() {
    return NearDuplicateIndexes.run(impl, corpus);
  }
}
