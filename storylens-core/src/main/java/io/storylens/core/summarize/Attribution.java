// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.model.Disagreement;
import io.storylens.model.Link;
import io.storylens.model.LinkEvidence;
import io.storylens.model.SourceRef;
import io.storylens.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a chosen sentence into a {@link SummarySentence} with its provenance: every article
 * sentence that states it (near-identical wording, or aligned by a derivation link), the outlets
 * that agree, and whether a flagged disagreement touches it. A disputed sentence is reworded so
 * that it is not stated as fact: {@code Reports differ (Ukraine vs Afghanistan): …}.
 */
final class Attribution {
  /** Content-term Jaccard from which two sentences count as stating the same thing. */
  static final double SAME_JACCARD = 0.5;

  private final SentencePool pool;
  private final List<Disagreement> disagreements;
  private final Map<SourceRef, List<SourceRef>> aligned = new HashMap<>();

  Attribution(SentencePool pool, List<Link> links, List<Disagreement> disagreements) {
    this.pool = pool;
    this.disagreements = disagreements;
    for (Link l : links) {
      for (LinkEvidence e : l.evidence()) {
        if (e.fromSentence().isPresent() && e.toSentence().isPresent()) {
          SourceRef a = new SourceRef(l.from(), e.fromSentence().get());
          SourceRef b = new SourceRef(l.to(), e.toSentence().get());
          aligned.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
          aligned.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
        }
      }
    }
  }

  /**
   * Sentences stating the same as {@code c}, earliest first: near-identical wording, plus sentences
   * a derivation link aligned with one of those.
   */
  List<Candidate> same(Candidate c) {
    TreeSet<Candidate> out = new TreeSet<>(Comparator.comparingInt(Candidate::index));
    out.addAll(pool.sameAs(c, SAME_JACCARD));
    for (Candidate s : List.copyOf(out)) {
      for (SourceRef r :
          aligned.getOrDefault(new SourceRef(s.article().id(), s.sentence()), List.of())) {
        pool.at(r.article(), r.sentence()).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  /** The summary sentence for {@code rep}, whose equivalents are {@code same}. */
  SummarySentence sentence(Candidate rep, List<Candidate> same) {
    TreeSet<SourceRef> sources =
        new TreeSet<>(Comparator.comparing(SourceRef::article).thenComparing(SourceRef::sentence));
    TreeSet<String> outlets = new TreeSet<>();
    Map<String, String> outletOf = new HashMap<>();
    for (var a : pool.articles) {
      outletOf.put(a.id(), a.outletName());
    }
    List<String> texts = new ArrayList<>();
    for (Candidate c : same) {
      sources.add(new SourceRef(c.article().id(), c.sentence()));
      texts.add(c.text());
    }
    for (SourceRef r : sources) {
      outlets.add(outletOf.get(r.article()));
    }
    List<Disagreement> hits = disputes(sources, texts);
    String text = rep.text();
    if (!hits.isEmpty()) {
      Disagreement d = hits.get(0);
      text =
          d.values().isEmpty()
              ? "Disputed: " + text
              : "Reports differ (" + String.join(" vs ", d.values()) + "): " + text;
    }
    return new SummarySentence(text, List.copyOf(sources), List.copyOf(outlets), !hits.isEmpty());
  }

  private List<Disagreement> disputes(TreeSet<SourceRef> sources, List<String> texts) {
    List<Disagreement> out = new ArrayList<>();
    for (Disagreement d : disagreements) {
      boolean hit;
      if (!d.sources().isEmpty()) {
        hit = d.sources().stream().anyMatch(sources::contains);
      } else {
        // no sentence pointers: a sentence of an involved article that names a differing value
        hit =
            sources.stream().anyMatch(r -> d.articles().contains(r.article()))
                && d.values().stream().anyMatch(v -> mentions(texts, v));
      }
      if (hit) {
        out.add(d);
      }
    }
    return out;
  }

  private static boolean mentions(List<String> texts, String value) {
    String v = value.toLowerCase(Locale.ROOT).strip();
    if (v.isEmpty()) {
      return false;
    }
    for (String t : texts) {
      String lower = t.toLowerCase(Locale.ROOT);
      int i = lower.indexOf(v);
      while (i >= 0) {
        boolean startOk = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
        int end = i + v.length();
        boolean endOk = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
        if (startOk && endOk) {
          return true;
        }
        i = lower.indexOf(v, i + 1);
      }
    }
    return false;
  }
}
