// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.storylens.core.nlp.AnnotationCache;
import io.storylens.core.nlp.LanguageAnnotator;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.nlp.NlpMode;
import io.storylens.core.nlp.Pipelines;
import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import io.storylens.model.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CoreNLP's default English pipeline (the annotators of its bundled StanfordCoreNLP.properties:
 * tokenize, ssplit, pos, lemma, ner, depparse, coref, kbp; one document after another) against the
 * Storylens annotation path (only the annotators the output needs: tokenize, ssplit, pos, lemma,
 * ner with SUTime; a bounded pool; the annotation cache) on the same news-clusters dev articles.
 * One operation annotates all {@link #articles} articles; tokens per second = tokens / time. Setup
 * prints the token count and whether NER tags and timex values are identical.
 *
 * <p>Run: {@code java -Xmx8g -jar storylens-bench/target/benchmarks.jar LanguageBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Timeout(time = 30, timeUnit = TimeUnit.MINUTES)
public class LanguageBench {
  @Param("4")
  public int articles;

  private List<Article> docs;
  private LanguageLayer warm;

  @Setup
  public void setup() throws IOException {
    docs = load(articles);
    warm = LanguageLayer.of(NlpMode.FULL, AnnotationCache.inMemory());
    warm.annotateAll(docs);
  }

  /** The default pipeline; loaded only by the benchmark that uses it (its models are large). */
  @State(Scope.Benchmark)
  public static class Baseline {
    StanfordCoreNLP pipeline;

    @Setup
    public void setup(LanguageBench bench) {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp");
      // Same sentence breaking as Storylens so NER and timex output compare token by token.
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      p.setProperty("tokenize.options", "invertible=true");
      pipeline = new StanfordCoreNLP(p);
      bench.compare(pipeline);
    }
  }

  /** The default pipeline, document after document. */
  @Benchmark
  public int coreNlpDefault(Baseline b) {
    int tokens = 0;
    for (Article a : docs) {
      tokens += baseline(b.pipeline, a).get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return tokens;
  }

  /** Storylens: chosen annotators on a bounded pool, no cache (first analysis). */
  @Benchmark
  public int storylensCold() {
    LanguageLayer cold = LanguageLayer.of(NlpMode.FULL, AnnotationCache.inMemory());
    return cold.annotateAll(docs).values().stream().mapToInt(a -> a.tokens()).sum();
  }

  /** Storylens on re-analysis: every article is in the cache. */
  @Benchmark
  public int storylensCached() {
    return warm.annotateAll(docs).values().stream().mapToInt(a -> a.tokens()).sum();
  }

  private static Annotation baseline(StanfordCoreNLP baseline, Article a) {
    Annotation doc = new Annotation(a.text());
    a.publishedDate()
        .ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    baseline.annotate(doc);
    return doc;
  }

  /** Prints whether the default pipeline and Storylens agree on every NER tag and timex. */
  void compare(StanfordCoreNLP baseline) {
    int tokens = 0;
    int nerDiff = 0;
    int timexDiff = 0;
    for (Article a : docs) {
      Annotation base = baseline(baseline, a);
      Annotation ours = new Annotation(a.text());
      a.publishedDate()
          .ifPresent(d -> ours.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
      Pipelines.pipeline(NlpMode.FULL).annotate(ours);
      List<CoreLabel> bt = base.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> ot = ours.get(CoreAnnotations.TokensAnnotation.class);
      tokens += bt.size();
      for (int i = 0; i < Math.min(bt.size(), ot.size()); i++) {
        if (!String.valueOf(bt.get(i).ner()).equals(String.valueOf(ot.get(i).ner()))) {
          nerDiff++;
        }
      }
      nerDiff += Math.abs(bt.size() - ot.size());
      if (!timexes(base).equals(timexes(ours))) {
        timexDiff++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nLanguageBench: %d articles, %d tokens; NER tags differing: %d; articles with differing"
            + " timexes: %d%n",
        docs.size(),
        tokens,
        nerDiff,
        timexDiff);
    // Keep the annotator import meaningful for readers: Storylens's path is this annotator.
    LanguageAnnotator.coreNlp(NlpMode.FULL);
  }

  private static List<String> timexes(Annotation doc) {
    List<String> out = new ArrayList<>();
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
      Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
      if (t != null) {
        out.add(m.get(CoreAnnotations.TextAnnotation.class) + "=" + t.value());
      }
    }
    return out;
  }

  static List<Article> load(int n) throws IOException {
    List<Article> out = new ArrayList<>();
    for (String line : Files.readAllLines(BenchData.shared("news-clusters").resolve("dev.jsonl"))) {
      if (out.size() == n) {
        break;
      }
      JsonNode j = Json.mapper().readTree(line);
      String text = j.path("text").asText("");
      // Short and mid-length articles: the default pipeline's coref is superlinear in length.
      if (text.length() < 500 || text.length() > 3000) {
        continue;
      }
      Sourced<LocalDate> date =
          j.path("date_publish").isTextual() && j.path("date_publish").asText().length() >= 10
              ? Sourced.of(
                  LocalDate.parse(j.path("date_publish").asText().substring(0, 10)),
                  Provenance.JSON)
              : Sourced.none();
      out.add(
          new Article(
              j.path("id").asText(),
              "news-clusters/dev.jsonl#" + out.size(),
              "jsonl",
              Sourced.none(),
              Sourced.none(),
              Sourced.none(),
              date,
              Sourced.none(),
              List.of(),
              List.of(),
              List.of(),
              text,
              Map.of()));
    }
    return out;
  }
}
