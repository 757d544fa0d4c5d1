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
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.model.Article;
import io.storylens.model.Link;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The whole analysis (lean language layer, links, events, storylines, dossiers) of many short
 * near-identical articles: the openings of the first SOURCES development articles, each copied
 * ARTICLES / SOURCES times with one word changed (SOURCES 1 is a flood of near-copies of one
 * article, where every pair is a near duplicate). Prints the process CPU time per article, the peak
 * heap in use, and the number of links (at most {@link DerivationLinker#MAX_LINKS_PER_COPY} per
 * copy, so linear in the articles).
 *
 * <p>Run: {@code java -Xmx4g -XX:+UseParallelGC -cp storylens-bench/target/benchmarks.jar
 * io.storylens.bench.NearCopyBench [ARTICLES=2000] [SOURCES=1] [CHARS=400]}.
 */
public final class NearCopyBench {
  private NearCopyBench() {}

  @Command(name = "NearCopyBench")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Parameters(index = "0", arity = "0..1", description = "Articles (default: 2000).")
    int articles = 2000;

    @Parameters(index = "1", arity = "0..1", description = "Source articles (default: 1).")
    int sources = 1;

    @Parameters(index = "2", arity = "0..1", description = "Characters changed (default: 400).")
    int chars = 400;

    @Option(
        names = "--linker-only",
        description =
            "Run only the linker (no language layer, events or dossiers): its memory and cost"
                + " alone, in a fraction of the time.")
    boolean linkerOnly;
  }

  public static void main(String[] args) throws Exception {
    Args a = BenchArgs.parse(new Args(), args);
    int n = a.articles;
    int sources = a.sources;
    int chars = a.chars;
    byte[] jsonl = Files.readAllBytes(BenchData.shared("news-clusters").resolve("dev.jsonl"));
    List<Article> dev =
        new Ingestor(IngestOptions.defaults()).read("news-clusters/dev.jsonl", jsonl).articles();
    List<Article> articles = variants(dev.subList(0, Math.min(sources, dev.size())), n, chars);
    if (a.linkerOnly) {
      linkOnly(articles);
      return;
    }
    NlpMode mode = NlpMode.analysis();
    LanguageLayer language =
        new LanguageLayer(
            LanguageAnnotator.coreNlp(mode),
            AnnotationCache.inMemory(),
            mode.configHash(),
            LanguageLayer.threads());
    System.out.printf(
        Locale.ROOT,
        "NearCopyBench: %d articles from %d sources (%d chars each), mode %s, %d threads, max heap"
            + " %d MB%n",
        articles.size(),
        sources,
        chars,
        mode,
        LanguageLayer.threads(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.gc();
    AnalysisBench.HeapPeak peak = AnalysisBench.HeapPeak.start();
    long c0 = BenchData.processCpuNanos();
    Report r =
        Analyzer.builder()
            .linker(new DerivationLinker())
            .language(language)
            .build()
            .analyze(articles);
    long c1 = BenchData.processCpuNanos();
    long heap = peak.stop();
    Map<String, Long> perCopy =
        r.links().stream().collect(Collectors.groupingBy(Link::to, Collectors.counting()));
    System.out.printf(
        Locale.ROOT,
        "analysis %.1f CPU-s = %.4f CPU-s/article; peak heap %d MB; %d links (max %d per copy);"
            + " %d events, %d storylines, %d dossiers%n",
        (c1 - c0) / 1e9,
        (c1 - c0) / 1e9 / articles.size(),
        heap >> 20,
        r.links().size(),
        perCopy.values().stream().mapToLong(Long::longValue).max().orElse(0),
        r.events().size(),
        r.storylines().size(),
        r.dossiers().size());
  }

  /** Prints the cost, peak heap and links of {@link DerivationLinker#link} alone. */
  private static void linkOnly(List<Article> articles) throws InterruptedException {
    System.gc();
    AnalysisBench.HeapPeak peak = AnalysisBench.HeapPeak.start();
    long c0 = BenchData.processCpuNanos();
    long w0 = System.nanoTime();
    List<Link> links = new DerivationLinker().link(articles);
    long c1 = BenchData.processCpuNanos();
    long w1 = System.nanoTime();
    long heap = peak.stop();
    System.out.printf(
        Locale.ROOT,
        "linker only, %d articles: %.1f CPU-s, %.1f wall-s; peak heap %d MB; %d links (%s),"
            + " digest %08x%n",
        articles.size(),
        (c1 - c0) / 1e9,
        (w1 - w0) / 1e9,
        heap >> 20,
        links.size(),
        links.stream()
            .collect(Collectors.groupingBy(Link::kind, TreeMap::new, Collectors.counting())),
        // Of the printed links (record hash codes vary between runs: enums hash by identity).
        // Equal digests before and after a change mean the same decisions.
        links.toString().hashCode());
  }

  /** {@code n} copies of the openings of {@code bases}, copy i with word i mod k changed. */
  static List<Article> variants(List<Article> bases, int n, int chars) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article a = bases.get(i % bases.size());
      String text = a.text();
      int end = Math.min(text.length(), chars);
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      String[] words = text.substring(0, end).split(" ");
      int at = words.length > 6 ? 3 + (i / bases.size()) % (words.length - 6) : 0;
      words[at] = "variant" + i;
      String id = "v" + i;
      out.add(
          new Article(
              id,
              a.source() + "#" + id,
              a.format(),
              a.title(),
              a.outlet(),
              a.url(),
              a.published(),
              a.author(),
              a.dateWarnings(),
              a.removed(),
              a.flags(),
              String.join(" ", words),
              a.metadata()));
    }
    return out;
  }
}
