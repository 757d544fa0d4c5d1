// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.core.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
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

  /**
   * A sentence tokenized once, for repeated comparison. Its sets are sorted arrays of (optionally
   * shared) strings, not hash sets: the linker keeps thousands of these at once.
   */
  public static final class Prepared {
    final String text;

    /** Number of word tokens. */
    final int size;

    /** Stems in text order (for the longest common subsequence). */
    final String[] stems;

    // Sorted distinct members; stemCounts[i] is how often stemSet[i] occurs.
    final String[] wordSet;
    final String[] stemSet;
    final int[] stemCounts;
    final String[] bigrams;
    final String[] trigrams;
    final String[] names;
    final String[] numbers;
    final String[] contentStems;

    /** The character trigrams of the space-joined words, three UTF-16 units packed per code. */
    final long[] char3;

    Prepared(String text, Interner strings) {
      this.text = text;
      List<String> words = Tokens.words(text);
      this.size = words.size();
      this.stems = new String[words.size()];
      for (int i = 0; i < stems.length; i++) {
        stems[i] = strings.intern(stem(words.get(i)));
      }
      this.wordSet = interned(SortedSets.of(words), strings);
      this.stemSet = SortedSets.of(Arrays.asList(stems));
      this.stemCounts = new int[stemSet.length];
      for (String s : stems) {
        stemCounts[Arrays.binarySearch(stemSet, s)]++;
      }
      List<String> grams = new ArrayList<>();
      for (int i = 0; i + 1 < stems.length; i++) {
        grams.add(stems[i] + ' ' + stems[i + 1]);
      }
      this.bigrams = interned(SortedSets.of(grams), strings);
      grams.clear();
      for (int i = 0; i + 2 < stems.length; i++) {
        grams.add(stems[i] + ' ' + stems[i + 1] + ' ' + stems[i + 2]);
      }
      this.trigrams = interned(SortedSets.of(grams), strings);
      this.names = interned(SortedSets.of(names(text)), strings);
      String flat = String.join(" ", words);
      long[] codes = new long[Math.max(0, flat.length() - 2)];
      for (int i = 0; i < codes.length; i++) {
        codes[i] =
            ((long) flat.charAt(i) << 32) | ((long) flat.charAt(i + 1) << 16) | flat.charAt(i + 2);
      }
      this.char3 = SortedSets.of(codes);
      List<String> digits = new ArrayList<>();
      List<String> content = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        if (Character.isDigit(w.charAt(0))) {
          digits.add(w);
        }
        if (!Tokens.STOP_WORDS.contains(w)) {
          content.add(stems[i]);
        }
      }
      this.numbers = interned(SortedSets.of(digits), strings);
      this.contentStems = SortedSets.of(content);
    }

    private static String[] interned(String[] set, Interner strings) {
      for (int i = 0; i < set.length; i++) {
        set[i] = strings.intern(set[i]);
      }
      return set;
    }

    /** Number of word tokens. */
    public int size() {
      return size;
    }

    /** The distinct content stems, sorted, for candidate filtering. */
    public List<String> contentStems() {
      return Collections.unmodifiableList(Arrays.asList(contentStems));
    }
  }

  /** Tokenizes {@code sentence} once. */
  public static Prepared prepare(String sentence) {
    return new Prepared(sentence, Interner.NONE);
  }

  /** As {@link #prepare(String)}, sharing equal strings through {@code strings}. */
  static Prepared prepare(String sentence, Interner strings) {
    return new Prepared(sentence, strings);
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
    if (a.size == 0 || b.size == 0) {
      return f;
    }
    f[0] = SortedSets.jaccard(a.wordSet, b.wordSet);
    f[1] = SortedSets.dice(a.stemSet, b.stemSet);
    f[2] = tfidfCosine(a, b);
    f[3] = SortedSets.dice(a.bigrams, b.bigrams);
    f[4] = Shingles.jaccard(a.char3, b.char3);
    f[5] = Math.min(a.size(), b.size()) / (double) Math.max(a.size(), b.size());
    f[6] =
        a.numbers.length == 0 && b.numbers.length == 0
            ? 1
            : SortedSets.jaccard(a.numbers, b.numbers);
    f[7] = Arrays.equals(a.numbers, b.numbers) ? 0 : 1;
    f[8] = lcs(a.stems, b.stems) / (double) Math.min(a.size(), b.size());
    double covA = coverage(a, b.stemSet);
    double covB = coverage(b, a.stemSet);
    f[9] = Math.min(covA, covB);
    f[10] = Math.max(covA, covB);
    int unmatched =
        SortedSets.missing(a.contentStems, b.stemSet)
            + SortedSets.missing(b.contentStems, a.stemSet);
    f[11] = Math.log1p(unmatched);
    f[12] = SortedSets.dice(a.trigrams, b.trigrams);
    Prepared shorter = a.size() <= b.size() ? a : b;
    Prepared longer = shorter == a ? b : a;
    f[13] = Math.log1p(SortedSets.missing(shorter.contentStems, longer.stemSet));
    f[14] = Math.log1p(SortedSets.missing(longer.contentStems, shorter.stemSet));
    f[15] =
        Math.log1p(SortedSets.missing(a.names, b.wordSet) + SortedSets.missing(b.names, a.wordSet));
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
    double[] va = vector(a);
    double[] vb = vector(b);
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < va.length && j < vb.length) {
      int c = a.stemSet[i].compareTo(b.stemSet[j]);
      if (c == 0) {
        dot += va[i++] * vb[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    double na = norm(va);
    double nb = norm(vb);
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  /** TF-IDF weight of each member of the stem set (the weight added once per occurrence). */
  private double[] vector(Prepared p) {
    double[] v = new double[p.stemSet.length];
    for (int i = 0; i < v.length; i++) {
      double w = idf.weight(p.stemSet[i]);
      for (int k = 0; k < p.stemCounts[i]; k++) {
        v[i] += w;
      }
    }
    return v;
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private double coverage(Prepared p, String[] other) {
    double total = 0;
    double hit = 0;
    for (String s : p.stemSet) {
      double w = idf.weight(s);
      total += w;
      if (SortedSets.contains(other, s)) {
        hit += w;
      }
    }
    return total == 0 ? 0 : hit / total;
  }

  private static int lcs(String[] a, String[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        cur[j] = a[i - 1].equals(b[j - 1]) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }
}
