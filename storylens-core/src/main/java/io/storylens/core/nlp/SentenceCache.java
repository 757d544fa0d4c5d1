// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import io.storylens.core.text.Hashing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What CoreNLP's NER found in one sentence (its entity mentions and each token's tag), kept by
 * content so that a sentence seen before is not tagged again. Wire copies and rewrites repeat most
 * sentences of their source under other ids, dates or neighbouring sentences; the whole-text cache
 * of {@link LanguageLayer} misses them all.
 *
 * <p>NER's results are a function of the sentence's tokens alone: its CRFs and its entity mentions
 * read one sentence at a time. The key is a SHA-256 over the annotator configuration, the
 * sentence's text and its tokens ({@link #key}). Offsets are kept relative to the sentence's first
 * character, so a hit is placed wherever the sentence now stands. The least recently used entries
 * are dropped beyond a bound. SUTime is not cached (see {@code CoreNlpAnnotator}).
 *
 * <p>Thread-safe.
 */
final class SentenceCache {
  /** The bound of the process-wide cache: about 20 MB of short entries. */
  static final int DEFAULT_ENTRIES = 50_000;

  /**
   * One entity mention or time expression, offsets relative to its sentence (or its text).
   *
   * @param type coarse NER type, or TIMEX3 type
   * @param value TIMEX3 value; empty for a mention
   * @param begin offset from the sentence's first character
   * @param end offset from the sentence's first character (exclusive)
   * @param tense the tense of the expression's clause; {@link Tense#NONE} for a mention
   */
  record Found(String type, String value, int begin, int end, Tense tense) {
    Found {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(tense, "tense");
    }
  }

  /**
   * What NER found in one sentence.
   *
   * @param mentions in CoreNLP's order
   * @param tokens per token, every annotation NER added to it or changed (its tag first of all):
   *     the stages after NER read them
   */
  record Result(List<Found> mentions, List<Map<Class<?>, Object>> tokens) {
    Result {
      mentions = List.copyOf(mentions);
      tokens = tokens.stream().map(Map::copyOf).toList();
    }
  }

  private final int capacity;
  private final Map<String, Result> entries;
  private long hits;
  private long misses;

  /**
   * @param capacity most sentences kept, at least 1
   */
  SentenceCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
    }
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
            return size() > SentenceCache.this.capacity;
          }
        };
  }

  /** The results kept under {@code key}, if any. */
  synchronized Optional<Result> get(String key) {
    Result r = entries.get(key);
    if (r == null) {
      misses++;
    } else {
      hits++;
    }
    return Optional.ofNullable(r);
  }

  synchronized void put(String key, Result result) {
    entries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(result, "result"));
  }

  synchronized int size() {
    return entries.size();
  }

  /** Lookups that found their sentence. */
  synchronized long hits() {
    return hits;
  }

  /** Lookups that did not. */
  synchronized long misses() {
    return misses;
  }

  /**
   * The key of a sentence: the annotator configuration, the sentence's text and each token's word
   * and offsets within it (the tokenizer reads past a sentence's ends, for quotes, so the same text
   * could in principle be tokenized differently elsewhere).
   */
  static String key(String config, String text, List<String> tokens) {
    String[] parts = new String[tokens.size() + 2];
    parts[0] = config;
    parts[1] = text;
    for (int i = 0; i < tokens.size(); i++) {
      parts[i + 2] = tokens.get(i);
    }
    return Hashing.sha256Hex(64, parts);
  }
}
