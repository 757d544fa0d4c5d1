// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

  Featurizer(EntityExtractor fallbackEntities) {
    this.fallbackEntities = fallbackEntities;
  }

  /**
   * Everything the clusterer needs of one document, computed without shared state (so that it can
   * run on any thread).
   *
   * @param terms feature name to weight, sorted by name
   * @param days the reported happening's days as epoch days, sorted, distinct
   * @param keyTerms the headline's content words, stemmed, sorted: the words that name the
   *     happening ("speak", "talks", "crash")
   */
  record Features(Map<String, Double> terms, int[] days, List<String> keyTerms) {}

  /** The features of {@code doc}: its terms and its event days. */
  Features featurize(ClusterDoc doc) {
    List<java.time.LocalDate> days =
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
    Set<String> names = new java.util.HashSet<>();
    java.util.regex.Matcher m = MID_SENTENCE_NAME.matcher(doc.title() + "\n" + lead);
    while (m.find()) {
      names.add(Tokens.lower(m.group(1)));
    }
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    for (String w : Tokens.contentWords(headline(doc))) {
      if (!names.contains(w)) {
        out.add(stem(w));
      }
    }
    return List.copyOf(out);
  }

  /** Characters of the body read to tell names from other words. */
  static final int KEY_CHARS = 3000;

  /** A capitalized word after a lower-case word or a comma: not a sentence start, so a name. */
  private static final java.util.regex.Pattern MID_SENTENCE_NAME =
      java.util.regex.Pattern.compile("(?<=[a-z,] )(\\p{Lu}\\p{Ll}+)");

  static int[] epochDays(List<java.time.LocalDate> days) {
    return days.stream().mapToInt(d -> (int) d.toEpochDay()).distinct().sorted().toArray();
  }

  /** Feature name to weight, sorted by name (deterministic id assignment). */
  Map<String, Double> features(ClusterDoc doc) {
    Map<String, Double> counts = new TreeMap<>();
    for (String w : Tokens.contentWords(headline(doc))) {
      counts.merge(stem(w), TITLE_WEIGHT, Double::sum);
    }
    int n = 0;
    // The lead's 400 content words fit in far fewer characters; do not tokenize the rest.
    String lead =
        doc.text().length() > LEAD_CHARS ? doc.text().substring(0, LEAD_CHARS) : doc.text();
    for (String w : Tokens.contentWords(lead)) {
      if (n++ >= BODY_WORDS) {
        break;
      }
      counts.merge(stem(w), 1.0, Double::sum);
    }
    Map<String, Double> out = new TreeMap<>();
    counts.forEach((k, c) -> out.put(k, 1 + Math.log(c)));
    Set<String> entities =
        doc.entities().orElseGet(() -> fallbackEntities.extract(doc.title(), doc.text()));
    for (String e : entities) {
      out.put(ENTITY_PREFIX + Tokens.lower(e).strip(), ENTITY_WEIGHT);
    }
    double norm = Math.sqrt(out.values().stream().mapToDouble(v -> v * v).sum());
    if (norm > 0) {
      out.replaceAll((k, v) -> v / norm);
    }
    return out;
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

  /** The vector of {@code features} over {@code vocabulary} ids (creating ids as needed). */
  static SparseVector vector(Map<String, Double> features, Vocabulary vocabulary) {
    int[] terms = new int[features.size()];
    float[] weights = new float[terms.length];
    Integer[] order = new Integer[terms.length];
    int i = 0;
    int[] raw = new int[terms.length];
    float[] rawW = new float[terms.length];
    for (Map.Entry<String, Double> e : features.entrySet()) {
      raw[i] = vocabulary.id(e.getKey());
      rawW[i] = e.getValue().floatValue();
      order[i] = i;
      i++;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(raw[a], raw[b]));
    for (int k = 0; k < terms.length; k++) {
      terms[k] = raw[order[k]];
      weights[k] = rawW[order[k]];
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
