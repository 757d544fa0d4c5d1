// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylens.core.dedup.DerivationLinker;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.nlp.AnnotationCache;
import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.LanguageAnnotator;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.IncrementalAnalyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.model.Article;
import io.storylens.model.json.Json;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Memory of the analysis stages after the language layer on many near-identical short articles:
 * ARTICLES variants of the first dev articles (each variant keeps its source's first sentences and
 * changes one number and one word), given to one incremental analyzer in BATCHES batches, as a
 * server receives them. The language layer is replaced by one that finds nothing, so that the probe
 * measures what the analysis holds per article and per event, not CoreNLP's speed; the real
 * annotations per article are a few kilobytes in the cache.
 *
 * <p>Run: {@code java -Xmx4g -cp storylens-bench/target/benchmarks.jar
 * io.storylens.bench.ScaleProbe [ARTICLES] [BATCHES] [SOURCES]} (defaults 2000, 2, 3).
 */
public final class ScaleProbe {
  private ScaleProbe() {}

  @Command(name = "ScaleProbe")
  static final class Args {
    @Mixin BenchArgs common = new BenchArgs();

    @Parameters(index = "0", arity = "0..1", description = "Articles (default: 2000).")
    int articles = 2000;

    @Parameters(index = "1", arity = "0..1", description = "Batches (default: 2).")
    int batches = 2;

    @Parameters(index = "2", arity = "0..1", description = "Source articles (default: 3).")
    int sources = 3;
  }

  public static void main(String[] args) throws Exception {
    Args a = BenchArgs.parse(new Args(), args);
    int n = a.articles;
    int batches = a.batches;
    int sources = a.sources;
    List<Article> articles = variants(n, sources);
    LanguageAnnotator nothing =
        (text, date) -> new ArticleAnnotations(0, List.of(), List.of(), List.of());
    LanguageLayer language =
        new LanguageLayer(nothing, AnnotationCache.inMemory(), "none", LanguageLayer.threads());
    IncrementalAnalyzer analyzer =
        Analyzer.builder().linker(new DerivationLinker()).language(language).build().incremental();
    AnalysisBench.HeapPeak peak = AnalysisBench.HeapPeak.start();
    long c0 = BenchData.processCpuNanos();
    Report r = null;
    int per = (n + batches - 1) / batches;
    for (int b = 0; b < batches; b++) {
      List<Article> batch = articles.subList(Math.min(n, b * per), Math.min(n, (b + 1) * per));
      r = analyzer.update(batch);
      System.out.printf(
          Locale.ROOT,
          "batch %d: %d articles, %d links, %d events, largest %d articles, heap now %d MB%n",
          b + 1,
          r.articles().size(),
          r.links().size(),
          r.events().size(),
          r.events().stream().mapToInt(e -> e.articles().size()).max().orElse(0),
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
    long c1 = BenchData.processCpuNanos();
    System.out.printf(
        Locale.ROOT,
        "ScaleProbe: %d near-identical articles in %d batches: %.1f CPU-s, peak heap %d MB (max %d"
            + " MB), %d dossiers%n",
        n,
        batches,
        (c1 - c0) / 1e9,
        peak.stop() >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        r.dossiers().size());
  }

  /** {@code n} variants of the first {@code sources} dev articles with at least three sentences. */
  static List<Article> variants(int n, int sources) throws Exception {
    List<JsonNode> base = new ArrayList<>();
    for (String line : Files.readAllLines(BenchData.shared("news-clusters").resolve("dev.jsonl"))) {
      JsonNode j = Json.mapper().readTree(line);
      if (j.path("text").asText("").split("(?<=[.!?])\\s+").length >= 4) {
        base.add(j);
      }
      if (base.size() == sources) {
        break;
      }
    }
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JsonNode src = base.get(i % base.size());
      String[] sentences = src.path("text").asText().split("(?<=[.!?])\\s+");
      String text =
          String.join(" ", List.of(sentences).subList(0, 4))
              + " Officials counted "
              + (100 + i)
              + " people on "
              + (i % 2 == 0 ? "Monday" : "Tuesday")
              + ".";
      ObjectNode j = ((ObjectNode) src.deepCopy());
      j.put("text", text);
      j.put("id", src.path("id").asText() + "-" + i);
      j.put("url", src.path("url").asText() + "?v=" + i);
      j.put("source_domain", "outlet" + (i % 50) + ".example");
      out.addAll(
          ingestor
              .readJsonLine("variants.jsonl", i + 1, Json.mapper().writeValueAsString(j))
              .articles());
    }
    return out;
  }
}
