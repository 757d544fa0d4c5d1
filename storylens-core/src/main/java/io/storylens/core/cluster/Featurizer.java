// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Turns a document into weighted features: content words of the title (boosted) and of the lead of
 * the body, with sublinear term frequency, plus one feature per named entity. Each document's
 * vector has unit length before idf, so long articles do not outweigh short ones in a centroid.
 */
final class Featurizer {
  /** Title words count this many times: the headline names the happening. */
  static final double TITLE_WEIGHT = 3;

  /** Weight of one entity feature. */
  static final double ENTITY_WEIGHT = 1.5;

  /** Only the lead is read: later paragraphs drift to background and boilerplate. */
  static final int BODY_WORDS = 400;

  /** Characters read for the lead (about 400 content words of English news prose). */
  static final int LEAD_CHARS = 8000;

  /** Entity features are prefixed so they never collide with words. */
  static final String ENTITY_PREFIX = "@";

  private final EntityExtractor fallbackEntities;
  private final ToIntFunction<String> knownIds;

  /**
   * @param knownIds the id a term already has, or -1 (see {@link Vocabulary#known}): looking ids up
   *     here moves most vocabulary lookups off the serial placing thread
   */
  Featurizer(EntityExtractor fallbackEntities, ToIntFunction<String> knownIds) {
    this.fallbackEntities = fallbackEntities;
    this.knownIds = knownIds;
  }

  /**
   * Everything the clusterer needs of one document, computed without writing shared state (so that
   * it can run on any thread).
   *
   * @param terms the weighted features
   * @param days the reported happening's days as epoch days, sorted, distinct
   * @param keyTerms the headline's content words, stemmed, sorted: the words that name the
   *     happening ("speak", "talks", "crash")
   */
  record Features(Terms terms, int[] days, List<String> keyTerms) {}

  /**
   * Feature names sorted (ids for new terms are given in this order), their normalized weights, and
   * the ids the names already had when the features were computed (-1 for none yet).
   */
  record Terms(String[] names, float[] weights, int[] ids) {
    /** Terms without known ids, from a name-to-weight map (a restored member). */
    static Terms of(Map<String, Float> weights) {
      String[] names = weights.keySet().toArray(new String[0]);
      Arrays.sort(names);
      float[] w = new float[names.length];
      int[] ids = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        w[i] = weights.get(names[i]);
        ids[i] = -1;
      }
      return new Terms(names, w, ids);
    }
  }

  /** The features of {@code doc}: its terms and its event days. */
  Features featurize(ClusterDoc doc) {
    List<LocalDate> days =
        doc.eventDays().orElseGet(() -> EventDates.cheap(doc.title(), doc.text(), doc.anchorDay()));
    return new Features(features(doc), epochDays(days), keyTerms(doc));
  }

  /**
   * The words of the headline that say what happened: its content words minus names. A name is a
   * word the lead writes capitalized in mid-sentence ("Biden", "Ukraine"); names are the cast of
   * the whole storyline, while "speak", "talks" or "crash" tell its happenings apart. Reading
   * capitalization from the body works for title-case headlines too.
   */
  static List<String> keyTerms(ClusterDoc doc) {
    String lead = doc.text().length() > KEY_CHARS ? doc.text().substring(0, KEY_CHARS) : doc.text();
    Set<String> names = new HashSet<>();
    midSentenceNames(doc.title(), names);
    midSentenceNames(lead, names);
    TreeSet<String> out = new TreeSet<>();
    for (String w : Tokens.contentWords(headline(doc))) {
      if (!names.contains(w)) {
        out.add(stem(w));
      }
    }
    return List.copyOf(out);
  }

  /** Characters of the body read to tell names from other words. */
  static final int KEY_CHARS = 3000;

  /**
   * Adds to {@code names} every capitalized word ("Biden") that follows a lower-case letter or a
   * comma and a space, that is, one that does not start a sentence, lower-cased. A hand-written
   * scan (it runs for every article on the cheap path; a look-behind regex cost three times as
   * much).
   */
  static void midSentenceNames(String s, Set<String> names) {
    for (int i = 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isUpperCase(c) || s.charAt(i - 1) != ' ') {
        continue;
      }
      char p = s.charAt(i - 2);
      if (!((p >= 'a' && p <= 'z') || p == ',')) {
        continue;
      }
      int j = i + 1;
      while (j < s.length() && Character.isLowerCase(s.charAt(j))) {
        j++;
      }
      if (j > i + 1) {
        names.add(Tokens.lower(s.substring(i, j)));
      }
      i = j - 1;
    }
  }

  static int[] epochDays(List<LocalDate> days) {
    return days.stream().mapToInt(d -> (int) d.toEpochDay()).distinct().sorted().toArray();
  }

  /** The document's weighted terms, sorted by name (deterministic id assignment). */
  Terms features(ClusterDoc doc) {
    // Mutable counts: merging boxed doubles was a third of this method's cost.
    Map<String, double[]> counts = new HashMap<>(512);
    for (String w : Tokens.contentWords(headline(doc))) {
      counts.computeIfAbsent(stem(w), k -> new double[1])[0] += TITLE_WEIGHT;
    }
    // The lead's 400 content words fit in far fewer characters; do not copy the rest.
    String lead =
        doc.text().length() > LEAD_CHARS ? doc.text().substring(0, LEAD_CHARS) : doc.text();
    for (String w : Tokens.contentWords(lead, BODY_WORDS)) {
      counts.computeIfAbsent(stem(w), k -> new double[1])[0] += 1.0;
    }
    // The counts become weights in place: sublinear term frequency, entities at a fixed weight.
    counts.forEach((k, c) -> c[0] = 1 + Math.log(c[0]));
    Set<String> entities =
        doc.entities().orElseGet(() -> fallbackEntities.extract(doc.title(), doc.text()));
    for (String e : entities) {
      counts.put(ENTITY_PREFIX + Tokens.lower(e).strip(), new double[] {ENTITY_WEIGHT});
    }
    // Sorted by name (term ids are assigned in this order), normalized; built from a sorted array
    // rather than a tree map, which was most of the cost of this method.
    String[] keys = counts.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    double[] values = new double[keys.length];
    double[] squares = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = counts.get(keys[i])[0];
      squares[i] = values[i] * values[i];
    }
    double norm = Math.sqrt(Arrays.stream(squares).sum());
    float[] weights = new float[keys.length];
    int[] ids = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      weights[i] = (float) (norm > 0 ? values[i] / norm : values[i]);
      ids[i] = knownIds.applyAsInt(keys[i]);
    }
    return new Terms(keys, weights, ids);
  }

  /**
   * The headline, or when there is none the lead sentence: news leads state the happening the way a
   * headline does (inverted pyramid), while later sentences give background shared by the whole
   * storyline.
   */
  static String headline(ClusterDoc doc) {
    if (!doc.title().isBlank()) {
      return doc.title();
    }
    String lead = doc.text().length() > 2000 ? doc.text().substring(0, 2000) : doc.text();
    List<String> sentences = Sentences.split(lead);
    return sentences.isEmpty() ? "" : sentences.get(0);
  }

  /**
   * The vector of {@code features} over {@code vocabulary} ids, creating ids in name order for the
   * names that had none when the features were computed.
   */
  static SparseVector vector(Terms features, Vocabulary vocabulary) {
    int n = features.names().length;
    // (id << 32 | position), sorted as primitives: no boxing on the serial placement path.
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      int id = features.ids()[i];
      keys[i] = ((long) (id >= 0 ? id : vocabulary.id(features.names()[i])) << 32) | i;
    }
    Arrays.sort(keys);
    int[] terms = new int[n];
    float[] weights = new float[n];
    for (int k = 0; k < n; k++) {
      terms[k] = (int) (keys[k] >>> 32);
      weights[k] = features.weights()[(int) keys[k]];
    }
    return new SparseVector(terms, weights);
  }

  /**
   * A light plural stemmer ("talks" and "talk", "officials" and "official" match). Hand-written: a
   * full Porter stemmer conflates too much for event-level similarity.
   */
  static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
