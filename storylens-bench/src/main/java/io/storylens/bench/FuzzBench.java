// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.model.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The long fuzz run:
 *
 * <pre>
 * java -cp storylens-bench/target/benchmarks.jar io.storylens.bench.FuzzBench \
 *     [--inputs 100000] [--seed 1] [--timeout-ms 30000] [--threads N] [--max-seconds S] [--seeds examples/seeds]
 * </pre>
 *
 * Prints each finding, then the figures as one JSON line; exits 1 when there was any finding. With
 * {@code --max-seconds} the run stops early and reports how many inputs it did.
 */
public final class FuzzBench {
  private FuzzBench() {}

  @Command(name = "FuzzBench")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Option(
        names = "--inputs",
        converter = BenchArgs.Count.class,
        description = "Inputs to generate (default: 100000).")
    long inputs = 100_000;

    @Option(names = "--seed", description = "Random seed (default: 1).")
    long seed = 1;

    @Option(names = "--timeout-ms", description = "CPU time allowed per input (default: 30000).")
    long timeout = 30_000;

    @Option(names = "--seeds", description = "Seed articles (default: examples/seeds found up).")
    Path seeds;

    @Option(names = "--threads", description = "Fuzzer threads (default: the processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-seconds", description = "Stop early after this many seconds.")
    long maxSeconds = Long.MAX_VALUE / 2_000_000_000L;
  }

  public static void main(String[] args) throws IOException {
    Args a = BenchArgs.parse(new Args(), args);
    long inputs = a.inputs;
    long seed = a.seed;
    long timeout = a.timeout;
    int threads = a.threads;
    long maxSeconds = a.maxSeconds;
    Path seeds = a.seeds != null ? a.seeds : findSeeds();
    Fuzzer.Stats s =
        runParallel(
            FuzzSeeds.from(seeds),
            timeout,
            inputs,
            seed,
            threads,
            System.nanoTime() + maxSeconds * 1_000_000_000L);
    s.findings().forEach(f -> System.out.println("finding: " + f));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("inputs_planned", inputs);
    out.put("inputs", s.inputs());
    out.put("seed", seed);
    out.put("findings", s.findings().size());
    out.put("articles", s.articles());
    out.put("rejections_by_code", s.rejections());
    out.put("max_ms_per_input", s.maxMillis());
    out.put("timeout_ms_cpu", timeout);
    out.put("threads", threads);
    out.put("seconds", Math.round(s.seconds()));
    out.put("inputs_per_second", Math.round(s.inputs() / s.seconds()));
    System.out.println(Json.mapper().writeValueAsString(out));
    System.exit(s.findings().isEmpty() ? 0 : 1);
  }

  /** Splits the input range over {@code threads} fuzzers and merges their figures. */
  static Fuzzer.Stats runParallel(
      List<byte[]> seeds, long timeout, long inputs, long seed, int threads, long deadline) {
    long t0 = System.nanoTime();
    List<Fuzzer.Stats> parts =
        IntStream.range(0, threads)
            .parallel()
            .mapToObj(
                k ->
                    new Fuzzer(seeds, timeout)
                        .withProgress()
                        .run(inputs * k / threads, inputs * (k + 1) / threads, seed, deadline))
            .toList();
    Map<String, Long> rejections = new TreeMap<>();
    List<String> findings = new ArrayList<>();
    long articles = 0;
    long max = 0;
    long done = 0;
    for (Fuzzer.Stats p : parts) {
      done += p.inputs();
      p.rejections().forEach((c, v) -> rejections.merge(c, v, Long::sum));
      findings.addAll(p.findings());
      articles += p.articles();
      max = Math.max(max, p.maxMillis());
    }
    return new Fuzzer.Stats(
        done, articles, rejections, findings, max, (System.nanoTime() - t0) / 1e9);
  }

  private static Path findSeeds() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path p = dir.resolve("examples").resolve("seeds");
      if (Files.isDirectory(p)) {
        return p;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("examples/seeds not found above the working directory");
  }
}
