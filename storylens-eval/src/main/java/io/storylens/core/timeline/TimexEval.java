// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.eval.EvalTask;
import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.LanguageAnnotator;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.nlp.NlpMode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code storylens eval timex --data DIR}: TempEval-3 timex figures of the Storylens tagger (SUTime
 * in {@link NlpMode#TIME} plus {@link TimexResolver}) on every {@code .tml} file under DIR, with
 * each file's DCT as document date. Figures are printed per top-level sub-folder (e.g. TimeBank,
 * AQUAINT) and overall; the returned map holds the overall ones.
 */
public final class TimexEval implements EvalTask {
  private final LanguageAnnotator annotator;

  public TimexEval() {
    this(LanguageAnnotator.coreNlp(NlpMode.TIME));
  }

  TimexEval(LanguageAnnotator annotator) {
    this.annotator = annotator;
  }

  @Override
  public String name() {
    return "timex";
  }

  @Override
  public String description() {
    return "TimeML .tml files (with DCT) under DATA, e.g. ../shared/data/tempeval3/train";
  }

  @Override
  public Map<String, Object> run(Path data, PrintStream out) {
    List<Path> files = tmlFiles(data);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .tml files under " + data);
    }
    List<TimeMl> docs = files.stream().map(TimeMl::read).toList();
    List<ArticleAnnotations> annotated =
        LanguageLayer.parallel(
            docs, d -> annotator.annotate(d.text(), Optional.of(d.dct())), LanguageLayer.threads());
    Map<String, TempEvalScore> bySubset = new TreeMap<>();
    TempEvalScore all = new TempEvalScore();
    // The same annotations scored with SUTime's own values: the baseline the rules improve on.
    TempEvalScore sutime = new TempEvalScore();
    for (int i = 0; i < docs.size(); i++) {
      List<TempEvalScore.Found> found = found(docs.get(i), annotated.get(i));
      String subset = subset(data, files.get(i));
      bySubset.computeIfAbsent(subset, k -> new TempEvalScore()).add(docs.get(i).timexes(), found);
      bySubset
          .computeIfAbsent(subset + " sutime", k -> new TempEvalScore())
          .add(docs.get(i).timexes(), sutimeOnly(annotated.get(i)));
      all.add(docs.get(i).timexes(), found);
      sutime.add(docs.get(i).timexes(), sutimeOnly(annotated.get(i)));
    }
    out.printf(
        Locale.ROOT,
        "%-16s %6s %6s %9s %10s %8s %8s%n",
        "subset",
        "gold",
        "system",
        "strict_f1",
        "relaxed_f1",
        "type_acc",
        "value_f1");
    bySubset.forEach((k, s) -> print(out, k, s));
    print(out, "all sutime", sutime);
    print(out, "all", all);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("strict_f1", round(all.strictF1()));
    figures.put("relaxed_f1", round(all.relaxedF1()));
    figures.put("type_accuracy", round(all.typeAccuracy()));
    figures.put("value_f1", round(all.valueF1()));
    figures.put("timexes", all.gold());
    figures.put("sutime_value_f1", round(sutime.valueF1()));
    figures.put("documents", docs.size());
    return figures;
  }

  static List<TempEvalScore.Found> found(TimeMl doc, ArticleAnnotations a) {
    return DocumentTimexes.resolve(doc.text(), a.timexes(), Optional.of(doc.dct())).stream()
        .map(r -> new TempEvalScore.Found(r.raw().begin(), r.raw().end(), r.type(), r.value()))
        .toList();
  }

  /** SUTime's values as given, without the quarter supplement and without {@link TimexResolver}. */
  static List<TempEvalScore.Found> sutimeOnly(ArticleAnnotations a) {
    return a.timexes().stream()
        .filter(t -> !t.value().startsWith("XXXX-Q"))
        .map(t -> new TempEvalScore.Found(t.begin(), t.end(), t.type(), t.value()))
        .toList();
  }

  private static void print(PrintStream out, String name, TempEvalScore s) {
    out.printf(
        Locale.ROOT,
        "%-16s %6d %6d %9.4f %10.4f %8.4f %8.4f%n",
        name,
        s.gold(),
        s.system(),
        s.strictF1(),
        s.relaxedF1(),
        s.typeAccuracy(),
        s.valueF1());
  }

  private static String subset(Path root, Path file) {
    Path rel = root.relativize(file);
    return rel.getNameCount() > 1 ? rel.getName(0).toString() : ".";
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  static List<Path> tmlFiles(Path data) {
    if (Files.isRegularFile(data)) {
      return List.of(data);
    }
    try (Stream<Path> s = Files.walk(data)) {
      return s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + data, e);
    }
  }
}
