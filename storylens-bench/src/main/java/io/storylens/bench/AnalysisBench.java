// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.dedup.DerivationLinker;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.nlp.AnnotationCache;
import io.storylens.core.nlp.LanguageAnnotator;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.nlp.NlpMode;
import io.storylens.core.nlp.Pipelines;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.model.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The whole analysis (language layer, links, events, storylines, dossiers) in several variants side
 * by side on the same development articles in one process: the lean mode the analysis uses (with
 * its sentence cache), the lean mode annotating every text whole (the analysis before the sentence
 * cache), and the full CoreNLP mode that was the default before the lean mode. For each it prints
 * the CPU time of loading its CoreNLP pipeline, the CPU time of the analysis per article (process
 * CPU: every thread, garbage collection and compilation included, since the machine is shared and
 * wall time is noisy), the peak heap in use during the analysis, and the ratios to the first
 * variant. The analysis CPU is also split by kind of thread ({@link ThreadCpu}): the JIT compilers,
 * the collector, and the work itself; in a cold process the compilers are a large part of it.
 *
 * <p>Every variant runs ROUNDS times, each time from nothing (empty caches): the first round is
 * cold (the JIT compiles as it goes), the later ones warm. The first variant runs first, so that it
 * pays the JIT's warm-up in the cold round: the cold ratio errs against it.
 *
 * <p>Run: {@code java -Xmx4g -XX:+UseParallelGC -cp storylens-bench/target/benchmarks.jar
 * io.storylens.bench.AnalysisBench [ARTICLES] [VARIANTS] [ROUNDS]}, ARTICLES the number of dev
 * articles (default all 198), VARIANTS a comma-separated list of {@code lean}, {@code
 * lean-uncached}, {@code full} (default all three), ROUNDS default 2.
 */
public final class AnalysisBench {
  private AnalysisBench() {}

  /** What is compared. */
  enum Variant {
    /** The analysis as it runs: lean mode, sentence cache. */
    LEAN(NlpMode.LEAN, true),
    /** Lean mode, every text annotated whole. */
    LEAN_UNCACHED(NlpMode.LEAN, false),
    /** The full CoreNLP mode (never caches sentences). */
    FULL(NlpMode.FULL, false);

    final NlpMode mode;
    final boolean sentenceCache;

    Variant(NlpMode mode, boolean sentenceCache) {
      this.mode = mode;
      this.sentenceCache = sentenceCache;
    }

    static Variant parse(String name) {
      return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    LanguageAnnotator annotator() {
      return sentenceCache
          ? LanguageAnnotator.coreNlp(mode)
          : LanguageAnnotator.coreNlpUncached(mode);
    }

    /** Loads what {@link #annotator()} runs. */
    void load() {
      if (sentenceCache) {
        Pipelines.load(mode);
      } else {
        Pipelines.pipeline(mode);
        Pipelines.load(mode);
      }
    }

    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** One variant's figures in one round. */
  record Figures(
      Variant variant,
      int round,
      int articles,
      double loadCpuS,
      double cpuS,
      long peakHeap,
      int events,
      Map<String, Double> threads) {
    double perArticle() {
      return cpuS / articles;
    }
  }

  @Command(name = "AnalysisBench")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Parameters(index = "0", arity = "0..1", description = "Articles (default: all).")
    int articles = Integer.MAX_VALUE;

    @Parameters(
        index = "1",
        arity = "0..1",
        description = "Variants: lean, lean-uncached, full (default: all three).")
    String variants = "lean,lean-uncached,full";

    @Parameters(index = "2", arity = "0..1", description = "Rounds (default: 2).")
    int rounds = 2;
  }

  public static void main(String[] args) throws Exception {
    Args a = BenchArgs.parse(new Args(), args);
    int n = a.articles;
    String variants = a.variants;
    int rounds = a.rounds;
    byte[] jsonl = Files.readAllBytes(BenchData.shared("news-clusters").resolve("dev.jsonl"));
    List<Article> all =
        new Ingestor(IngestOptions.defaults()).read("news-clusters/dev.jsonl", jsonl).articles();
    List<Article> articles = all.subList(0, Math.min(n, all.size()));
    System.out.printf(
        Locale.ROOT,
        "AnalysisBench: %d articles, %d threads, collectors %s, max heap %d MB, %d rounds%n",
        articles.size(),
        LanguageLayer.threads(),
        BenchData.collectors(),
        Runtime.getRuntime().maxMemory() >> 20,
        rounds);
    List<Variant> order = new ArrayList<>();
    for (String v : variants.split(",")) {
      order.add(Variant.parse(v));
    }
    for (int round = 1; round <= rounds; round++) {
      List<Figures> out = new ArrayList<>();
      for (Variant v : order) {
        Figures f = run(v, round, articles);
        out.add(f);
        System.out.printf(
            Locale.ROOT,
            "round %d (%s) %-13s load %.1f CPU-s; analysis %.1f CPU-s = %.3f CPU-s/article"
                + " (%.3f with the load); peak heap %d MB; %d events; CPU-s by thread: %s%n",
            round,
            round == 1 ? "cold" : "warm",
            v.label(),
            f.loadCpuS(),
            f.cpuS(),
            f.perArticle(),
            (f.cpuS() + f.loadCpuS()) / f.articles(),
            f.peakHeap() >> 20,
            f.events(),
            ThreadCpu.format(f.threads()));
      }
      Figures first = out.get(0);
      for (Figures f : out.subList(1, out.size())) {
        System.out.printf(
            Locale.ROOT,
            "round %d (%s) ratio %s/%s: %.2fx per article%n",
            round,
            round == 1 ? "cold" : "warm",
            f.variant().label(),
            first.variant().label(),
            f.perArticle() / first.perArticle());
      }
    }
  }

  /** Loads {@code v}'s pipeline, then analyzes {@code articles} from nothing (empty caches). */
  static Figures run(Variant v, int round, List<Article> articles) throws InterruptedException {
    long c0 = BenchData.processCpuNanos();
    v.load();
    long c1 = BenchData.processCpuNanos();
    LanguageLayer language =
        new LanguageLayer(
            v.annotator(),
            AnnotationCache.inMemory(),
            v.mode.configHash(),
            LanguageLayer.threads());
    System.gc();
    HeapPeak peak = HeapPeak.start();
    Map<String, Double> t2 = ThreadCpu.byKind();
    long c2 = BenchData.processCpuNanos();
    Report r =
        Analyzer.builder()
            .linker(new DerivationLinker())
            .language(language)
            .build()
            .analyze(articles);
    long c3 = BenchData.processCpuNanos();
    Map<String, Double> t3 = ThreadCpu.byKind();
    long heap = peak.stop();
    return new Figures(
        v,
        round,
        articles.size(),
        (c1 - c0) / 1e9,
        (c3 - c2) / 1e9,
        heap,
        r.events().size(),
        ThreadCpu.since(t2, t3, (c3 - c2) / 1e9));
  }

  /**
   * The largest heap in use while it runs: the collectors' pools report peaks only per pool (their
   * sum overstates), so a daemon thread samples the used heap every 20 ms and the pools' peak of
   * the old generation after the last collection is taken as a floor.
   */
  static final class HeapPeak {
    private final AtomicLong max = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapPeak() {
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) {
          p.resetPeakUsage();
        }
      }
      sampler =
          new Thread(
              () -> {
                var mem = ManagementFactory.getMemoryMXBean();
                while (running) {
                  max.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-peak");
      sampler.setDaemon(true);
      sampler.start();
    }

    static HeapPeak start() {
      return new HeapPeak();
    }

    long stop() throws InterruptedException {
      running = false;
      sampler.join();
      return max.get();
    }
  }
}
