// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import io.storylens.model.json.Json;
import io.storylens.server.bench.HttpBench;
import io.storylens.server.bench.HttpLoad;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storylens bench http}: bounded load benchmarks. */
@Command(
    name = "bench",
    description = "Bounded benchmarks.",
    subcommands = {BenchCommand.Http.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing benchmark, e.g. http");
  }

  /** HTTP load against a server started on loopback over a temporary store. */
  @Command(
      name = "http",
      description = {
        "Start a server on loopback over a temporary store, load the corpus through the API, then"
            + " send mixed reads at a fixed rate plus one ingest at a time; print p50/p99 latency,"
            + " errors and lost ingests. The last line is a JSON object."
      })
  static final class Http implements Callable<Integer> {
    @Option(
        names = "--rate",
        defaultValue = "200",
        description = "Reads per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(
        names = "--seconds",
        defaultValue = "60",
        description = "Duration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
        names = "--ingest-every-ms",
        defaultValue = "250",
        description = "Pause between ingests (default: ${DEFAULT-VALUE}).")
    int ingestEveryMs;

    @Parameters(
        arity = "0..*",
        paramLabel = "FILE",
        description = "Corpus files (default: examples/seeds and ../shared/data/news-clusters).")
    List<Path> corpus;

    @Override
    public Integer call() throws Exception {
      var out = Cli.stdout();
      List<Path> files =
          corpus == null || corpus.isEmpty()
              ? HttpBench.defaultCorpus(Path.of(System.getProperty("user.dir")))
              : corpus;
      HttpLoad.Result r =
          HttpBench.run(
              files, rate, Duration.ofSeconds(seconds), Duration.ofMillis(ingestEveryMs), out);
      out.printf(
          "%-12s %7s %7s %9s %9s %9s%n",
          "request", "count", "errors", "p50 ms", "p99 ms", "max ms");
      for (HttpLoad.Stats s : r.reads()) {
        print(out, s);
      }
      print(out, r.allReads());
      print(out, r.ingests());
      out.printf(
          "achieved %.1f reads/s; %d articles ingested during the run, %d lost%n",
          r.achievedRate(), r.ingestedArticles(), r.lostIngests());
      r.failures().forEach((why, n) -> out.printf("failed: %d x %s%n", n, why));
      Map<String, Object> figures = new LinkedHashMap<>();
      for (HttpLoad.Stats s : r.reads()) {
        figures.put(s.name() + "_p50_ms", round(s.p50()));
        figures.put(s.name() + "_p99_ms", round(s.p99()));
        figures.put(s.name() + "_server_p99_ms", round(s.serverP99()));
      }
      figures.put("reads", r.allReads().count());
      figures.put("read_errors", r.allReads().errors());
      figures.put("reads_p50_ms", round(r.allReads().p50()));
      figures.put("reads_p99_ms", round(r.allReads().p99()));
      figures.put("ingests", r.ingests().count());
      figures.put("ingest_errors", r.ingests().errors());
      figures.put("ingest_p50_ms", round(r.ingests().p50()));
      figures.put("ingest_p99_ms", round(r.ingests().p99()));
      figures.put("ingest_server_p99_ms", round(r.ingests().serverP99()));
      figures.put("load_average_1m", round(loadAverage()));
      figures.put("lost_ingests", r.lostIngests());
      figures.put("achieved_rate", round(r.achievedRate()));
      out.println(Json.mapper().writeValueAsString(figures));
      return r.allReads().errors() == 0 && r.ingests().errors() == 0 && r.lostIngests() == 0
          ? Main.OK
          : Main.FAILURE;
    }

    private static void print(java.io.PrintStream out, HttpLoad.Stats s) {
      out.printf(
          "%-12s %7d %7d %9.2f %9.2f %9.2f%n",
          s.name(), s.count(), s.errors(), s.p50(), s.p99(), s.max());
    }

    /** The machine's 1-minute load average, to read the latencies against (-1 if unknown). */
    private static double loadAverage() {
      return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
          .getSystemLoadAverage();
    }

    private static double round(double v) {
      return Math.round(v * 100) / 100.0;
    }
  }
}
