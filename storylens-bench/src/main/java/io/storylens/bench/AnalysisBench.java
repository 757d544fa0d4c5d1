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
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The whole analysis (language layer, links, events, storylines, dossiers) in the full CoreNLP mode
 * that was the default before, and in the lean mode, side by side on the same development articles
 * in one process. For each mode it prints the CPU time of loading that mode's CPU pipeline, the CPU
 * time of the analysis per article (process CPU: every thread, garbage collection and compilation
 * included, since the machine is shared and wall time is noisy), the peak heap in use during the
 * analysis, and at the end the ratio full / lean.
 *
 * <p>The lean mode runs first, so that it pays the JIT's warm-up: the ratio errs against it.
 *
 * <p>Run: {@code java -Xmx4g -XX:+UseParallelGC -cp storylens-bench/target/benchmarks.jar
 * io.storylens.bench.AnalysisBench [ARTICLES] [MODES]}, ARTICLES the number of dev articles
 * (default all 198), MODES a comma-separated list of {@link NlpMode} names (default {@code
 * lean,full}).
 */
public final class AnalysisBench {
  private AnalysisBench() {}

  /** One mode's figures. */
  record Figures(
      NlpMode mode, int articles, double loadCpuS, double cpuS, long peakHeap, int events) {
    double perArticle() {
      return cpuS / articles;
    }
  }

  @Command(name = "AnalysisBench")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Parameters(index = "0", arity = "0..1", description = "Articles (default: all).")
    int articles = Integer.MAX_VALUE;

    @Parameters(index = "1", arity = "0..1", description = "Modes (default: lean,full).")
    String modes = "lean,full";
  }

  public static void main(String[] args) throws Exception {
    Args a = BenchArgs.parse(new Args(), args);
    int n = a.articles;
    String modes = a.modes;
    byte[] jsonl = Files.readAllBytes(BenchData.shared("news-clusters").resolve("dev.jsonl"));
    List<Article> all =
        new Ingestor(IngestOptions.defaults()).read("news-clusters/dev.jsonl", jsonl).articles();
    List<Article> articles = all.subList(0, Math.min(n, all.size()));
    System.out.printf(
        Locale.ROOT,
        "AnalysisBench: %d articles, %d threads, collectors %s, max heap %d MB%n",
        articles.size(),
        LanguageLayer.threads(),
        BenchData.collectors(),
        Runtime.getRuntime().maxMemory() >> 20);
    List<Figures> out = new ArrayList<>();
    for (String m : modes.split(",")) {
      Figures f = run(NlpMode.valueOf(m.strip().toUpperCase(Locale.ROOT)), articles);
      out.add(f);
      System.out.printf(
          Locale.ROOT,
          "%-5s load %.1f CPU-s; analysis %.1f CPU-s = %.3f CPU-s/article (%.3f with the load);"
              + " peak heap %d MB; %d events%n",
          f.mode(),
          f.loadCpuS(),
          f.cpuS(),
          f.perArticle(),
          (f.cpuS() + f.loadCpuS()) / f.articles(),
          f.peakHeap() >> 20,
          f.events());
    }
    Figures full = out.stream().filter(f -> f.mode() == NlpMode.FULL).findFirst().orElse(null);
    Figures lean = out.stream().filter(f -> f.mode() == NlpMode.LEAN).findFirst().orElse(null);
    if (full != null && lean != null) {
      System.out.printf(
          Locale.ROOT,
          "ratio full/lean: %.2fx per article (%.2fx with the load)%n",
          full.perArticle() / lean.perArticle(),
          (full.cpuS() + full.loadCpuS()) / (lean.cpuS() + lean.loadCpuS()));
    }
  }

  /** Loads {@code mode}'s pipeline, then analyzes {@code articles} from nothing (empty caches). */
  static Figures run(NlpMode mode, List<Article> articles) throws InterruptedException {
    long c0 = BenchData.processCpuNanos();
    Pipelines.load(mode);
    long c1 = BenchData.processCpuNanos();
    LanguageLayer language =
        new LanguageLayer(
            LanguageAnnotator.coreNlp(mode),
            AnnotationCache.inMemory(),
            mode.configHash(),
            LanguageLayer.threads());
    System.gc();
    HeapPeak peak = HeapPeak.start();
    long c2 = BenchData.processCpuNanos();
    Report r =
        Analyzer.builder()
            .linker(new DerivationLinker())
            .language(language)
            .build()
            .analyze(articles);
    long c3 = BenchData.processCpuNanos();
    long heap = peak.stop();
    return new Figures(
        mode, articles.size(), (c1 - c0) / 1e9, (c3 - c2) / 1e9, heap, r.events().size());
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
