// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.core.dedup.Shingles;
import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic corpus with known near-duplicate pairs, made by mutating the dev articles: each
 * original is a random run of dev sentences, each copy applies known random word edits (substitute,
 * delete, insert; 0-12% of words) and sometimes drops the tail. Ground truth is the exact shingle
 * Jaccard inside each family (originals of different families share too little to reach the
 * threshold). Seeded, so every run builds the same corpus.
 */
public final class SyntheticCorpus {
  /** Word-hash arrays, one per document. */
  public final long[][] docs;

  /** Family (original) of each document. */
  public final int[] family;

  /** Pairs {@code i < j} with exact shingle Jaccard at least the threshold. */
  public final long[] truePairs;

  public final double threshold;

  private SyntheticCorpus(long[][] docs, int[] family, long[] truePairs, double threshold) {
    this.docs = docs;
    this.family = family;
    this.truePairs = truePairs;
    this.threshold = threshold;
  }

  /** Builds {@code size} documents from the dev articles, pairs at Jaccard ≥ {@code threshold}. */
  public static SyntheticCorpus build(int size, double threshold, long seed) {
    List<String> pool = new ArrayList<>();
    List<String> vocab = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    Path dev = BenchData.shared("news-clusters").resolve("dev.jsonl");
    try {
      for (String line : Files.readAllLines(dev)) {
        JsonNode n = json.readTree(line);
        for (String s : Sentences.split(n.path("text").asText(""))) {
          if (s.length() > 40) {
            pool.add(s);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<long[]> sentenceHashes = new ArrayList<>();
    for (String s : pool) {
      List<String> w = Tokens.words(s);
      vocab.addAll(w);
      long[] h = new long[w.size()];
      for (int i = 0; i < h.length; i++) {
        h[i] = Shingles.wordHash(w.get(i));
      }
      sentenceHashes.add(h);
    }
    long[] vocabHash = vocab.stream().distinct().mapToLong(Shingles::wordHash).toArray();
    Random r = new Random(seed);
    long[][] docs = new long[size][];
    int[] family = new int[size];
    int n = 0;
    int fam = 0;
    while (n < size) {
      long[] original = original(sentenceHashes, r);
      docs[n] = original;
      family[n++] = fam;
      int copies = r.nextInt(4);
      for (int c = 0; c < copies && n < size; c++) {
        docs[n] = mutate(original, vocabHash, r);
        family[n++] = fam;
      }
      fam++;
    }
    // Shuffle so families are not adjacent (insert order matters for an incremental index).
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Collections.shuffle(Arrays.asList(order), r);
    long[][] sDocs = new long[size][];
    int[] sFam = new int[size];
    for (int i = 0; i < size; i++) {
      sDocs[i] = docs[order[i]];
      sFam[i] = family[order[i]];
    }
    return new SyntheticCorpus(sDocs, sFam, truth(sDocs, sFam, threshold), threshold);
  }

  private static long[] original(List<long[]> sentences, Random r) {
    int count = 8 + r.nextInt(10);
    List<Long> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      for (long h : sentences.get(r.nextInt(sentences.size()))) {
        words.add(h);
      }
    }
    return words.stream().mapToLong(Long::longValue).toArray();
  }

  private static long[] mutate(long[] original, long[] vocab, Random r) {
    double rate = r.nextDouble() * 0.12;
    List<Long> out = new ArrayList<>(original.length + 8);
    for (long w : original) {
      double x = r.nextDouble();
      if (x < rate / 3) {
        out.add(vocab[r.nextInt(vocab.length)]); // substitute
      } else if (x < 2 * rate / 3) {
        continue; // delete
      } else if (x < rate) {
        out.add(w);
        out.add(vocab[r.nextInt(vocab.length)]); // insert
      } else {
        out.add(w);
      }
    }
    if (r.nextInt(10) == 0) {
      out = out.subList(0, (int) (out.size() * 0.85)); // dropped tail
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  private static long[] truth(long[][] docs, int[] family, double threshold) {
    Map<Integer, List<Integer>> byFamily = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      byFamily.computeIfAbsent(family[i], k -> new ArrayList<>()).add(i);
    }
    List<Long> pairs = new ArrayList<>();
    for (List<Integer> members : byFamily.values()) {
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          int i = Math.min(members.get(x), members.get(y));
          int j = Math.max(members.get(x), members.get(y));
          if (Shingles.jaccard(shingles(docs[i]), shingles(docs[j])) >= threshold) {
            pairs.add(pairKey(i, j));
          }
        }
      }
    }
    return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  /** The shingle set of a document. */
  public static long[] shingles(long[] doc) {
    return Shingles.ofWordHashes(doc, Shingles.K);
  }

  /** A pair key, {@code i < j}. */
  public static long pairKey(int i, int j) {
    return ((long) Math.min(i, j) << 32) | Math.max(i, j);
  }
}
