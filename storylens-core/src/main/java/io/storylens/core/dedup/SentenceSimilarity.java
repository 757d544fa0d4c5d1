// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.core.text.Overlap;
import io.storylens.core.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether two sentences say the same thing: a logistic regression over lexical features (word,
 * stem, bigram, character-trigram and number overlap, IDF-weighted coverage, length ratio). The
 * weights are constants trained offline on MSRP train only by {@code ParaphraseTrainer}
 * (storylens-eval); the same score aligns sentences in rewrite detection. Hand-written because no
 * maintained Java library ships a paraphrase classifier light enough for the cheap path.
 */
public final class SentenceSimilarity {
  /** Feature names, in vector order. */
  public static final List<String> FEATURES =
      List.of(
          "word_jaccard",
          "stem_dice",
          "tfidf_cosine",
          "bigram_dice",
          "char3_jaccard",
          "length_ratio",
          "number_jaccard",
          "number_mismatch",
          "lcs_ratio",
          "idf_coverage_min",
          "idf_coverage_max",
          "unmatched_content_log",
          "trigram_dice",
          "unmatched_shorter_log",
          "unmatched_longer_log",
          "name_mismatch_log");

  // Trained by ParaphraseTrainer on msr_paraphrase_train.txt (see its Javadoc for the command).
  // Features are standardized with MEAN and SCALE before the dot product.
  static final double[] MEAN = {
    0.518136, 0.674452, 0.667055, 0.485826, 0.530892, 0.850984, 0.786389, 0.262267, 0.683155,
    0.616194, 0.725062, 2.035170, 0.378193, 1.218011, 1.642021, 0.688424
  };
  static final double[] SCALE = {
    0.168896, 0.148035, 0.167488, 0.200303, 0.167881, 0.099981, 0.378480, 0.439867, 0.167008,
    0.157779, 0.166580, 0.525491, 0.223848, 0.581293, 0.471533, 0.624305
  };
  static final double[] WEIGHTS = {
    0.067406, 0.114383, 0.322767, -0.052036, 0.703863, 0.399041, -0.161784, -0.329204, 0.653354,
    0.517315, -0.442055, -0.579115, -0.958628, 0.071959, 0.270739, 0.090278
  };
  static final double BIAS = 1.041328;

  /** Probability threshold for "paraphrase": best mean of accuracy and F1 on MSRP train. */
  public static final double THRESHOLD = 0.47;

  private final Idf idf;

  public SentenceSimilarity(Idf idf) {
    this.idf = Objects.requireNonNull(idf, "idf");
  }

  /** A sentence tokenized once, for repeated comparison. */
  public static final class Prepared {
    final String text;
    final List<String> words;
    final List<String> stems;
    final Set<String> wordSet;
    final Set<String> stemSet;
    final Set<String> bigrams;
    final Set<String> trigrams;
    final Set<String> names;
    final Set<String> char3;
    final Set<String> numbers;
    final Set<String> contentStems;

    Prepared(String text) {
      this.text = text;
      this.words = Tokens.words(text);
      this.stems = new ArrayList<>(words.size());
      for (String w : words) {
        stems.add(stem(w));
      }
      this.wordSet = new HashSet<>(words);
      this.stemSet = new HashSet<>(stems);
      this.bigrams = new HashSet<>();
      for (int i = 0; i + 1 < stems.size(); i++) {
        bigrams.add(stems.get(i) + ' ' + stems.get(i + 1));
      }
      this.trigrams = new HashSet<>();
      for (int i = 0; i + 2 < stems.size(); i++) {
        trigrams.add(stems.get(i) + ' ' + stems.get(i + 1) + ' ' + stems.get(i + 2));
      }
      this.names = names(text);
      this.char3 = new HashSet<>();
      String flat = String.join(" ", words);
      for (int i = 0; i + 3 <= flat.length(); i++) {
        char3.add(flat.substring(i, i + 3));
      }
      this.numbers = new HashSet<>();
      this.contentStems = new HashSet<>();
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        if (Character.isDigit(w.charAt(0))) {
          numbers.add(w);
        }
        if (!Tokens.STOP_WORDS.contains(w)) {
          contentStems.add(stems.get(i));
        }
      }
    }

    /** Number of word tokens. */
    public int size() {
      return words.size();
    }

    /** The content stems, for candidate filtering. */
    public Set<String> contentStems() {
      return contentStems;
    }
  }

  /** Tokenizes {@code sentence} once. */
  public static Prepared prepare(String sentence) {
    return new Prepared(sentence);
  }

  /** Probability in [0, 1] that the two sentences are paraphrases. */
  public double probability(String a, String b) {
    return probability(prepare(a), prepare(b));
  }

  /** Probability in [0, 1] that the two prepared sentences are paraphrases. */
  public double probability(Prepared a, Prepared b) {
    double[] f = features(a, b);
    double z = BIAS;
    for (int i = 0; i < f.length; i++) {
      z += WEIGHTS[i] * (f[i] - MEAN[i]) / SCALE[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The raw feature vector, in {@link #FEATURES} order. */
  public double[] features(Prepared a, Prepared b) {
    double[] f = new double[FEATURES.size()];
    if (a.words.isEmpty() || b.words.isEmpty()) {
      return f;
    }
    f[0] = Overlap.jaccard(a.wordSet, b.wordSet);
    f[1] = dice(a.stemSet, b.stemSet);
    f[2] = tfidfCosine(a, b);
    f[3] = dice(a.bigrams, b.bigrams);
    f[4] = Overlap.jaccard(a.char3, b.char3);
    f[5] = Math.min(a.size(), b.size()) / (double) Math.max(a.size(), b.size());
    f[6] = a.numbers.isEmpty() && b.numbers.isEmpty() ? 1 : Overlap.jaccard(a.numbers, b.numbers);
    f[7] = a.numbers.equals(b.numbers) ? 0 : 1;
    f[8] = lcs(a.stems, b.stems) / (double) Math.min(a.size(), b.size());
    double covA = coverage(a, b.stemSet);
    double covB = coverage(b, a.stemSet);
    f[9] = Math.min(covA, covB);
    f[10] = Math.max(covA, covB);
    int unmatched = 0;
    for (String s : a.contentStems) {
      unmatched += b.stemSet.contains(s) ? 0 : 1;
    }
    for (String s : b.contentStems) {
      unmatched += a.stemSet.contains(s) ? 0 : 1;
    }
    f[11] = Math.log1p(unmatched);
    f[12] = dice(a.trigrams, b.trigrams);
    Prepared shorter = a.size() <= b.size() ? a : b;
    Prepared longer = shorter == a ? b : a;
    f[13] = Math.log1p(missing(shorter.contentStems, longer.stemSet));
    f[14] = Math.log1p(missing(longer.contentStems, shorter.stemSet));
    f[15] = Math.log1p(missing(a.names, b.wordSet) + missing(b.names, a.wordSet));
    return f;
  }

  /**
   * A crude suffix-stripping stemmer (plural, -ed, -ing, -ly), enough to match "agreed"/"agree" and
   * "meetings"/"meeting"; Porter would be overkill for overlap features.
   */
  static String stem(String w) {
    if (w.length() <= 4 || Character.isDigit(w.charAt(0))) {
      return w;
    }
    for (String suffix : new String[] {"ing", "ed", "es", "ly", "s"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }

  static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Tokens.words(text)) {
      out.add(stem(w));
    }
    return out;
  }

  private static int missing(Set<String> items, Set<String> in) {
    int n = 0;
    for (String s : items) {
      n += in.contains(s) ? 0 : 1;
    }
    return n;
  }

  /** Lower-cased capitalized words that do not start the sentence: a cheap proxy for names. */
  private static Set<String> names(String text) {
    Set<String> out = new HashSet<>();
    String[] raw = text.trim().split("\\s+");
    for (int i = 1; i < raw.length; i++) {
      String w = raw[i].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        List<String> t = Tokens.words(w);
        if (t.size() == 1) {
          out.add(t.get(0));
        }
      }
    }
    return out;
  }

  private double tfidfCosine(Prepared a, Prepared b) {
    Map<String, Double> va = vector(a);
    Map<String, Double> vb = vector(b);
    double dot = 0;
    for (Map.Entry<String, Double> e : va.entrySet()) {
      Double o = vb.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    double na = norm(va);
    double nb = norm(vb);
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  private Map<String, Double> vector(Prepared p) {
    Map<String, Double> v = new HashMap<>();
    for (String s : p.stems) {
      v.merge(s, idf.weight(s), Double::sum);
    }
    return v;
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private double coverage(Prepared p, Set<String> other) {
    double total = 0;
    double hit = 0;
    for (String s : p.stemSet) {
      double w = idf.weight(s);
      total += w;
      if (other.contains(s)) {
        hit += w;
      }
    }
    return total == 0 ? 0 : hit / total;
  }

  private static <T> double dice(Set<T> a, Set<T> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    return 2.0 * intersection(a, b) / (a.size() + b.size());
  }

  private static <T> int intersection(Set<T> a, Set<T> b) {
    int inter = 0;
    for (T x : a) {
      if (b.contains(x)) {
        inter++;
      }
    }
    return inter;
  }

  private static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] =
            a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }
}
