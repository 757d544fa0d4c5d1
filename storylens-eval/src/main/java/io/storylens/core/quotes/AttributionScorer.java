// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.quotes.BratAttributions.Gold;
import io.storylens.core.quotes.BratAttributions.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores predicted attributions against gold ones, accumulating over articles. Content spans match
 * exactly (after trimming spaces, quote marks, end punctuation and a leading "that") or by overlap,
 * one-to-one, largest overlap first. A matched pair's source is right when the predicted speaker
 * mention overlaps the gold source span, or the predicted speaker's last word is the gold source's
 * last word (another mention of the same person). Cues match by overlap.
 */
public final class AttributionScorer {
  private int gold;
  private int predicted;
  private int exact;
  private int overlap;
  private int sourceGold;
  private int sourceRight;
  private int cueGold;
  private int cuePredicted;
  private int cueMatched;

  /** Adds one article. */
  public void add(String text, List<Gold> golds, List<Attribution> preds) {
    gold += golds.size();
    predicted += preds.size();
    exact += exactMatches(text, golds, preds);
    record Pair(int g, int p, int size) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < golds.size(); g++) {
      Span gs = golds.get(g).content();
      for (int p = 0; p < preds.size(); p++) {
        int o = gs.overlap(preds.get(p).contentStart(), preds.get(p).contentEnd());
        if (o > 0) {
          pairs.add(new Pair(g, p, o));
        }
      }
    }
    pairs.sort(
        Comparator.comparingInt(Pair::size)
            .reversed()
            .thenComparingInt(Pair::g)
            .thenComparingInt(Pair::p));
    boolean[] gu = new boolean[golds.size()];
    boolean[] pu = new boolean[preds.size()];
    for (Pair pr : pairs) {
      if (gu[pr.g()] || pu[pr.p()]) {
        continue;
      }
      gu[pr.g()] = true;
      pu[pr.p()] = true;
      overlap++;
      Gold g = golds.get(pr.g());
      if (g.source().isPresent()) {
        sourceGold++;
        if (sourceRight(text, g.source().get(), preds.get(pr.p()))) {
          sourceRight++;
        }
      }
    }
    scoreCues(golds, preds);
  }

  private void scoreCues(List<Gold> golds, List<Attribution> preds) {
    List<Span> gc = golds.stream().flatMap(g -> g.cue().stream()).distinct().toList();
    List<Span> pc =
        preds.stream()
            .filter(p -> p.cueStart() >= 0)
            .map(p -> new Span(p.cueStart(), p.cueEnd()))
            .distinct()
            .toList();
    cueGold += gc.size();
    cuePredicted += pc.size();
    boolean[] used = new boolean[gc.size()];
    for (Span p : pc) {
      for (int i = 0; i < gc.size(); i++) {
        if (!used[i] && gc.get(i).overlaps(p.start(), p.end())) {
          used[i] = true;
          cueMatched++;
          break;
        }
      }
    }
  }

  static boolean sourceRight(String text, Span gold, Attribution p) {
    if (p.mentionStart() >= 0 && gold.overlaps(p.mentionStart(), p.mentionEnd())) {
      return true;
    }
    if (!p.hasSpeaker()) {
      return false;
    }
    String g = lastWord(text.substring(gold.start(), gold.end()));
    return !g.isEmpty() && g.equals(lastWord(p.speaker()));
  }

  private static String lastWord(String s) {
    String[] words =
        s.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        return words[i];
      }
    }
    return "";
  }

  private static int exactMatches(String text, List<Gold> golds, List<Attribution> preds) {
    Set<Long> g = new HashSet<>();
    for (Gold x : golds) {
      g.add(norm(text, x.content().start(), x.content().end()));
    }
    Set<Long> seen = new HashSet<>();
    int n = 0;
    for (Attribution p : preds) {
      long key = norm(text, p.contentStart(), p.contentEnd());
      if (g.contains(key) && seen.add(key)) {
        n++;
      }
    }
    return n;
  }

  /** The span trimmed of spaces, quote marks, punctuation and a leading "that", as a key. */
  static long norm(String text, int start, int end) {
    int s = start;
    int e = Math.min(end, text.length());
    while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
      s++;
    }
    if (text.startsWith("that ", s) && e - s > 5) {
      s += 5;
    }
    while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
      e--;
    }
    return ((long) s << 32) | e;
  }

  public int gold() {
    return gold;
  }

  public int predicted() {
    return predicted;
  }

  public double exactF1() {
    return f1(exact, predicted, gold);
  }

  public double overlapF1() {
    return f1(overlap, predicted, gold);
  }

  public double overlapPrecision() {
    return predicted == 0 ? 0 : (double) overlap / predicted;
  }

  public double overlapRecall() {
    return gold == 0 ? 0 : (double) overlap / gold;
  }

  /** Share of matched attributions with a gold source whose source is right. */
  public double sourceAccuracy() {
    return sourceGold == 0 ? 0 : (double) sourceRight / sourceGold;
  }

  public int sourceJudged() {
    return sourceGold;
  }

  public double cueF1() {
    return f1(cueMatched, cuePredicted, cueGold);
  }

  private static double f1(int matched, int pred, int gold) {
    if (pred == 0 || gold == 0 || matched == 0) {
      return 0;
    }
    double p = (double) matched / pred;
    double r = (double) matched / gold;
    return 2 * p * r / (p + r);
  }
}
