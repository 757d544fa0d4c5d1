// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import java.util.List;

/**
 * TempEval-3 timex figures, with the official toolkit's definitions: strict match = same extent,
 * relaxed match = overlapping extent (one-to-one); type accuracy = share of relaxed matches with
 * the right type; value F1 = F1 where a hit needs a relaxed match and the right value.
 */
public final class TempEvalScore {
  private int gold;
  private int system;
  private int strict;
  private int relaxed;
  private int typeCorrect;
  private int valueCorrect;

  /** A system timex: extent, type, value. */
  public record Found(int begin, int end, String type, String value) {}

  /** Adds one document's gold and system timexes. */
  public void add(List<TimeMl.Span> goldSpans, List<Found> found) {
    gold += goldSpans.size();
    system += found.size();
    boolean[] used = new boolean[goldSpans.size()];
    for (Found f : found) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < goldSpans.size(); i++) {
        TimeMl.Span g = goldSpans.get(i);
        int overlap = Math.min(g.end(), f.end()) - Math.max(g.begin(), f.begin());
        if (!used[i] && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        continue;
      }
      used[best] = true;
      TimeMl.Span g = goldSpans.get(best);
      relaxed++;
      if (g.begin() == f.begin() && g.end() == f.end()) {
        strict++;
      }
      if (g.type().equals(f.type())) {
        typeCorrect++;
      }
      if (g.value().equals(f.value())) {
        valueCorrect++;
      }
    }
  }

  public int gold() {
    return gold;
  }

  public int system() {
    return system;
  }

  public double strictF1() {
    return f1(strict);
  }

  public double relaxedF1() {
    return f1(relaxed);
  }

  public double typeAccuracy() {
    return relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
  }

  public double valueF1() {
    return f1(valueCorrect);
  }

  public double strictPrecision() {
    return system == 0 ? 0 : (double) strict / system;
  }

  public double strictRecall() {
    return gold == 0 ? 0 : (double) strict / gold;
  }

  private double f1(int hits) {
    if (hits == 0) {
      return 0;
    }
    double p = (double) hits / system;
    double r = (double) hits / gold;
    return 2 * p * r / (p + r);
  }
}
