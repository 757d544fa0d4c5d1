// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.cluster.Assignment;
import io.storylens.core.cluster.OnlineClusterer;
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
 * JMH: latency distribution (p50/p99 in the SampleTime output) of assigning one new article to an
 * online clusterer that already holds {@code stored} synthetic articles. Needs ../shared/data.
 *
 * <pre>
 * java -Xmx6g -jar storylens-bench/target/benchmarks.jar ClusterAssignBenchmark -p stored=10000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class ClusterAssignBenchmark {
  @Param({"10000", "100000", "1000000"})
  long stored;

  private ClusterStream corpus;
  private OnlineClusterer clusterer;
  private long next;

  @Setup(Level.Trial)
  public void fill() {
    corpus = ClusterStream.dev();
    clusterer = new OnlineClusterer();
    for (long i = 0; i < stored; i++) {
      clusterer.assign(corpus.article(i));
    }
    next = stored;
  }

  @Benchmark
  public Assignment assignOne() {
    return clusterer.assign(corpus.article(next++));
  }
}
