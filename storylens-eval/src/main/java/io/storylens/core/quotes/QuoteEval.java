// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.eval.EvalTask;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code storylens eval quotes --data DIR}: scores the rule extractor (and any extra systems, such
 * as CoreNLP's quote attributor with {@code -Dstorylens.quotes.corenlp=true}) on every
 * PolNeAR-layout article under DIR.
 */
public final class QuoteEval implements EvalTask {
  /** A system under test: (article name, text) to attributions. */
  public record Contender(String name, BiFunction<String, String, List<Attribution>> run) {}

  private final List<Contender> extra;

  /**
   * The rule extractor, plus CoreNLP's quote attributor when the system property {@code
   * storylens.quotes.corenlp} is {@code true} (it takes minutes, so it is opt-in).
   */
  public QuoteEval() {
    this(Boolean.getBoolean("storylens.quotes.corenlp") ? List.of(coreNlp()) : List.of());
  }

  private static Contender coreNlp() {
    CoreNlpQuotes[] lazy = new CoreNlpQuotes[1];
    return new Contender(
        "corenlp-quote",
        (name, text) -> {
          if (lazy[0] == null) {
            lazy[0] = new CoreNlpQuotes();
          }
          return lazy[0].extract(name, text);
        });
  }

  /** With extra systems scored after the rule extractor, in the same table. */
  public QuoteEval(List<Contender> extra) {
    this.extra = List.copyOf(extra);
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public String description() {
    return "PolNeAR layout: text/*.txt + attributions/*_ANNOTATOR.ann (brat: Source, Cue, Content)";
  }

  @Override
  public Map<String, Object> run(Path data, PrintStream out) {
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("not a directory: " + data);
    }
    List<BratAttributions.Doc> docs = new ArrayList<>();
    for (Path p : BratAttributions.textFiles(data)) {
      BratAttributions.read(p).ifPresent(docs::add);
    }
    int max = Integer.getInteger("storylens.quotes.max", Integer.MAX_VALUE);
    if (docs.size() > max) {
      docs = docs.subList(0, max); // the first articles in path order, the same for every system
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no text/*.txt with attributions/*.ann under " + data);
    }
    RuleQuoteExtractor rules = new RuleQuoteExtractor();
    List<Contender> systems = new ArrayList<>();
    systems.add(new Contender("storylens-rules", rules::extract));
    systems.addAll(extra);
    out.printf(
        Locale.ROOT,
        "%d articles, %d gold attributions%n",
        docs.size(),
        docs.stream().mapToInt(d -> d.gold().size()).sum());
    out.printf(
        Locale.ROOT,
        "%-18s %9s %9s %9s %9s %9s %9s %9s %9s%n",
        "system",
        "predicted",
        "exact-F1",
        "ovl-P",
        "ovl-R",
        "ovl-F1",
        "src-acc",
        "cue-F1",
        "ms/art");
    Map<String, Object> figures = new LinkedHashMap<>();
    for (Contender s : systems) {
      AttributionScorer sc = new AttributionScorer();
      // Loads the models before timing; the result itself is not wanted.
      var unused = s.run().apply("warm-up", "“Models load before timing,” he said.");
      long t0 = System.nanoTime();
      for (BratAttributions.Doc d : docs) {
        sc.add(d.text(), d.gold(), s.run().apply(d.name(), d.text()));
      }
      double ms = (System.nanoTime() - t0) / 1e6 / docs.size();
      out.printf(
          Locale.ROOT,
          "%-18s %9d %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f %9.1f%n",
          s.name(),
          sc.predicted(),
          sc.exactF1(),
          sc.overlapPrecision(),
          sc.overlapRecall(),
          sc.overlapF1(),
          sc.sourceAccuracy(),
          sc.cueF1(),
          ms);
      String prefix = figures.isEmpty() ? "" : s.name().replace('-', '_') + "_";
      figures.put(prefix + "content_f1", round(sc.overlapF1()));
      figures.put(prefix + "content_f1_exact", round(sc.exactF1()));
      figures.put(prefix + "source_accuracy", round(sc.sourceAccuracy()));
      figures.put(prefix + "cue_f1", round(sc.cueF1()));
      if (prefix.isEmpty()) {
        figures.put("attributions", sc.gold());
        figures.put("predicted", sc.predicted());
        figures.put("source_judged", sc.sourceJudged());
        figures.put("articles", docs.size());
      }
    }
    out.println(
        "content: overlap match (exact: same span after trimming marks/punctuation);"
            + " src-acc: matched pairs with a gold source");
    return figures;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
