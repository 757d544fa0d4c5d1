// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize.eval;

import io.storylens.core.eval.EvalTask;
import io.storylens.core.summarize.ConceptSummarizer;
import io.storylens.core.summarize.LeadSummarizer;
import io.storylens.core.summarize.LexRankSummarizer;
import io.storylens.core.summarize.Summarizer;
import io.storylens.core.summarize.SummaryRequest;
import io.storylens.model.SummarySentence;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code storylens eval summaries --data DIR}: a 250-word summary of every DUC topic with model
 * summaries, by the Storylens summarizer (query-focused: the topic title and narrative are the
 * query) and by the LEAD and LexRank baselines, scored with ROUGE-1 and ROUGE-2 recall as NIST ran
 * ROUGE-1.5.5 for DUC 2006 (Porter stemming, stop words kept, 250-word limit, jackknifed over the
 * model summaries, model averaging "A").
 */
public final class SummariesEval implements EvalTask {
  /** The DUC length limit in words. */
  public static final int WORDS = 250;

  private final int maxTopics;

  public SummariesEval() {
    this(Integer.MAX_VALUE);
  }

  /** Scores only the first {@code maxTopics} topics (by id), for quick tests. */
  public SummariesEval(int maxTopics) {
    if (maxTopics < 1) {
      throw new IllegalArgumentException("maxTopics must be >= 1: " + maxTopics);
    }
    this.maxTopics = maxTopics;
  }

  @Override
  public String name() {
    return "summaries";
  }

  @Override
  public String description() {
    return "DUC layout: topics.sgml, docs/<topic>/<DOCNO>, models/<topic>.M.250.<x>.<assessor>";
  }

  @Override
  public Map<String, Object> run(Path data, PrintStream out) {
    List<DucCorpus.Topic> topics = DucCorpus.read(data).stream().limit(maxTopics).toList();
    if (topics.isEmpty()) {
      throw new io.storylens.model.StorylensException(
          io.storylens.model.ErrorCode.INVALID_INPUT,
          data + " has no topic with both documents and model summaries");
    }
    Map<String, Summarizer> systems = new LinkedHashMap<>();
    systems.put("storylens", new ConceptSummarizer());
    systems.put("lead", new LeadSummarizer());
    systems.put("lexrank", new LexRankSummarizer());
    Rouge r1 = new Rouge(1, WORDS);
    Rouge r2 = new Rouge(2, WORDS);
    Map<String, double[]> sums = new LinkedHashMap<>();
    systems.keySet().forEach(k -> sums.put(k, new double[2]));
    int sourced = 0;
    int sentences = 0;
    out.printf(
        Locale.ROOT, "%-8s %9s %9s %9s %9s%n", "topic", "R-1", "R-2", "lead R-2", "lexrank R-2");
    for (DucCorpus.Topic t : topics) {
      SummaryRequest req =
          new SummaryRequest(t.documents(), List.of(), List.of(), Optional.of(t.query()), WORDS);
      Map<String, double[]> row = new LinkedHashMap<>();
      for (Map.Entry<String, Summarizer> s : systems.entrySet()) {
        List<SummarySentence> summary = s.getValue().summarize(req);
        if (s.getKey().equals("storylens")) {
          sentences += summary.size();
          sourced += (int) summary.stream().filter(x -> !x.sources().isEmpty()).count();
        }
        String text = summary.stream().map(SummarySentence::text).collect(Collectors.joining("\n"));
        double[] v = {r1.jackknifed(text, t.models()), r2.jackknifed(text, t.models())};
        row.put(s.getKey(), v);
        sums.get(s.getKey())[0] += v[0];
        sums.get(s.getKey())[1] += v[1];
      }
      out.printf(
          Locale.ROOT,
          "%-8s %9.5f %9.5f %9.5f %9.5f%n",
          t.id(),
          row.get("storylens")[0],
          row.get("storylens")[1],
          row.get("lead")[1],
          row.get("lexrank")[1]);
    }
    int n = topics.size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("rouge1_r", round(sums.get("storylens")[0] / n));
    figures.put("rouge2_r", round(sums.get("storylens")[1] / n));
    figures.put("lead_rouge1_r", round(sums.get("lead")[0] / n));
    figures.put("lead_rouge2_r", round(sums.get("lead")[1] / n));
    figures.put("lexrank_rouge1_r", round(sums.get("lexrank")[0] / n));
    figures.put("lexrank_rouge2_r", round(sums.get("lexrank")[1] / n));
    figures.put("sets", n);
    figures.put("sentences_with_sources", sourced + "/" + sentences);
    figures.put("rouge_options", "ROUGE-1.5.5 -m -f A -l 250, stop words kept, jackknifed");
    out.printf(
        Locale.ROOT,
        "mean over %d sets: storylens R-1 %.5f R-2 %.5f | lead R-2 %.5f | lexrank R-2 %.5f%n",
        n,
        sums.get("storylens")[0] / n,
        sums.get("storylens")[1] / n,
        sums.get("lead")[1] / n,
        sums.get("lexrank")[1] / n);
    return figures;
  }

  private static double round(double v) {
    return Math.round(v * 100000) / 100000.0;
  }
}
