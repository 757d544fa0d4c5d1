// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.dossier.DossierBuilder;
import io.storylens.core.dossier.DossierStages;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.summarize.ConceptSummarizer;
import io.storylens.core.summarize.SummaryRequest;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.model.Link;
import io.storylens.model.LinkKind;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Dossier of one storyline of 1,000 articles (target: under 2 s on 2 cores). The articles are the
 * 198 news-clusters articles repeated as republications by other outlets on later days, so about
 * four in five are copies, with the links the linking stage would have stored.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class DossierBenchmark {
  /** Articles in the storyline. */
  public static final int SIZE = 1000;

  private List<Article> articles;
  private List<Link> links;
  private DossierBuilder builder;

  @Setup
  public void setup() throws IOException {
    byte[] jsonl = Files.readAllBytes(BenchData.shared("news-clusters").resolve("dev.jsonl"));
    List<Article> base =
        new Ingestor(IngestOptions.defaults()).read("news-clusters/dev.jsonl", jsonl).articles();
    articles = new ArrayList<>();
    links = new ArrayList<>();
    for (int i = 0; articles.size() < SIZE; i++) {
      Article a = base.get(i % base.size());
      int copy = i / base.size();
      if (copy == 0) {
        articles.add(a);
        continue;
      }
      Article c =
          new Article(
              a.id() + "-r" + copy,
              a.source() + "#copy" + copy,
              a.format(),
              a.title(),
              Sourced.of("republisher-" + copy, Provenance.INFERRED, 0.5),
              Sourced.none(),
              Sourced.of(
                  a.publishedDate().orElse(LocalDate.of(2016, 1, 1)).plusDays(copy),
                  Provenance.INFERRED,
                  0.5),
              a.author(),
              List.of(),
              List.of(),
              List.of(),
              a.text(),
              a.metadata());
      articles.add(c);
      links.add(new Link(a.id(), c.id(), LinkKind.EXACT, 1.0, 0.9, List.of()));
    }
    builder =
        new DossierBuilder(
            new ConceptSummarizer(), DossierStages.none(), SummaryRequest.DEFAULT_BUDGET);
  }

  @Benchmark
  public Dossier storylineOf1000Articles() {
    return builder.build("sl-bench", "storyline", "bench", articles, links);
  }

  /**
   * The same measurement as a plain program that reports thread CPU time besides wall time, so the
   * figure stays meaningful on a shared, overloaded machine (wall time there measures the queue for
   * a core): {@code java -cp benchmarks.jar io.storylens.bench.DossierBenchmark [reps]}.
   */
  @Command(name = "DossierBenchmark")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Parameters(index = "0", arity = "0..1", description = "Timed repetitions (default: 5).")
    int reps = 5;
  }

  public static void main(String[] args) throws IOException {
    int reps = BenchArgs.parse(new Args(), args).reps;
    DossierBenchmark b = new DossierBenchmark();
    b.setup();
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    b.storylineOf1000Articles(); // warm-up
    b.storylineOf1000Articles();
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long process = os.getProcessCpuTime(); // includes GC and JIT threads
    long cpu = mx.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    Dossier d = null;
    for (int i = 0; i < reps; i++) {
      d = b.storylineOf1000Articles();
    }
    double cpuMs = (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / reps;
    double wallMs = (System.nanoTime() - wall) / 1e6 / reps;
    double processMs = (os.getProcessCpuTime() - process) / 1e6 / reps;
    System.out.printf(
        Locale.ROOT,
        "dossier of %d articles (%d summary sentences): %.0f ms thread CPU, %.0f ms process CPU"
            + " (with GC), %.0f ms wall per build; target 2000 ms%n",
        d.articles().size(),
        d.summary().size(),
        cpuMs,
        processMs,
        wallMs);
  }
}
