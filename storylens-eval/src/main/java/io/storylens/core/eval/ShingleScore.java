// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The token-shingle score of the Scrapinghub article-extraction benchmark, reproduced exactly from
 * its {@code evaluate.py} ({@code string_shingle_matching}, {@code _tokenize}, {@code _ngrams},
 * {@code metrics_from_tp_fp_fns}). Written by hand because the benchmark only ships the Python
 * scorer; the numbers must match it, so every rule below mirrors a line of that script.
 */
public final class ShingleScore {
  /** The shingle length used by the benchmark. */
  public static final int NGRAM = 4;

  private ShingleScore() {}

  /**
   * Normalized true positives, false positives and false negatives of one item; they sum to 1
   * unless both texts are empty (then all are 0).
   */
  public record Counts(double tp, double fp, double fn) {
    /** Python's {@code precision_score}. */
    double precision() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      if (tp == 0 && fp == 0) {
        return 0.0;
      }
      return tp / (tp + fp);
    }

    /** Python's {@code recall_score}. */
    double recall() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      if (tp == 0 && fn == 0) {
        return 0.0;
      }
      return tp / (tp + fn);
    }
  }

  /** Mean precision, mean recall and their harmonic mean over many items. */
  public record Totals(double precision, double recall, double f1, int items) {}

  /**
   * Python's {@code re.findall(r'\w+', text)} on a str: a word character is one for which {@code
   * str.isalnum()} holds (letters Lu/Ll/Lt/Lm/Lo, and numbers Nd/Nl/No), or {@code _}. Java's
   * {@code \w} differs (ASCII only, or with marks and connectors under UNICODE_CHARACTER_CLASS), so
   * this is spelled out.
   */
  public static List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean word = isWord(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  static boolean isWord(int cp) {
    if (cp == '_') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /**
   * Python's {@code _ngrams}: every window of {@code n} tokens; a text shorter than {@code n}
   * tokens yields one shorter shingle, and an empty text none.
   */
  static Map<List<String>, Integer> shingles(String text, int n) {
    List<String> tokens = tokenize(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Python's {@code string_shingle_matching(true, pred)}. */
  public static Counts match(String truth, String prediction) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(prediction, "prediction");
    Map<List<String>, Integer> t = shingles(truth, NGRAM);
    Map<List<String>, Integer> p = shingles(prediction, NGRAM);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    // Normalized so that longer texts do not weigh more, as in the benchmark.
    return s > 0 ? new Counts(tp / s, fp / s, fn / s) : new Counts(0, 0, 0);
  }

  /**
   * Python's {@code metrics_from_tp_fp_fns}: precision is averaged over items with {@code tp+fp >
   * 0}, recall over items with {@code tp+fn > 0}, F1 is their harmonic mean.
   */
  public static Totals totals(List<Counts> items) {
    double pSum = 0;
    int pN = 0;
    double rSum = 0;
    int rN = 0;
    for (Counts c : items) {
      if (c.tp() + c.fp() > 0) {
        pSum += c.precision();
        pN++;
      }
      if (c.tp() + c.fn() > 0) {
        rSum += c.recall();
        rN++;
      }
    }
    double precision = pN == 0 ? 0 : pSum / pN;
    double recall = rN == 0 ? 0 : rSum / rN;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Totals(precision, recall, f1, items.size());
  }
}
