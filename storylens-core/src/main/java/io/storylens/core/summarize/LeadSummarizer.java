// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The LEAD baseline of DUC 2005–2007: the opening sentences of the most recent article, up to the
 * word budget. A baseline, not for dossiers.
 */
public final class LeadSummarizer implements Summarizer {
  @Override
  public List<SummarySentence> summarize(SummaryRequest request) {
    SentencePool pool = SentencePool.of(request.articles(), request.links());
    if (pool.candidates.isEmpty()) {
      return List.of();
    }
    // pool order is chronological, so the last candidate belongs to the most recent article
    String latest = pool.candidates.get(pool.candidates.size() - 1).article().id();
    Attribution attribution = new Attribution(pool, request.links(), request.disagreements());
    List<SummarySentence> out = new ArrayList<>();
    int budget = request.wordBudget();
    for (Candidate c : pool.candidates) {
      if (!c.article().id().equals(latest)) {
        continue;
      }
      if (c.words() > budget) {
        break;
      }
      budget -= c.words();
      out.add(attribution.sentence(c, attribution.same(c)));
    }
    return out;
  }
}
