// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.core.embed.Embedder;
import java.util.List;
import java.util.Map;

/**
 * The similarities between an article and a group of articles ({@link EventProfile}) from which
 * {@link LinkModel} estimates the probability that the article reports the group's event: dense
 * (cosine with the embedding centroid, and with the closest of the latest members), sparse
 * (idf-weighted cosine of headlines and of leads), entity overlap, the publication time gap, a
 * conflict between the days of the happenings reported, and the group's size. Each captures what
 * the others miss: embeddings see paraphrases that share no word, words see names and numbers that
 * embeddings blur, and the time gap tells a new happening of a long story from a follow-up.
 */
public final class LinkFeatures {
  /** Feature names, in the order of {@link #of}'s values (and of the model file's weights). */
  public static final List<String> NAMES =
      List.of(
          "dense_centroid",
          "dense_nearest",
          "title_tfidf",
          "body_tfidf",
          "entity_overlap",
          "log_gap_days",
          "date_conflict",
          "log_size");

  /** Latest members of a group compared one by one for {@code dense_nearest}. */
  static final int NEAREST_SCANNED = 64;

  private LinkFeatures() {}

  /** The features of {@code doc} against {@code group}, with term weights from {@code df}. */
  public static double[] of(
      GroupingSignals.Signals doc, EventProfile group, DocumentFrequencies df) {
    double nearest = -1;
    // The latest members only: a follow-up resembles what was reported last, and the cost of a
    // decision stays bounded however large the event grows.
    List<float[]> members = group.members;
    for (int i = Math.max(0, members.size() - NEAREST_SCANNED); i < members.size(); i++) {
      nearest = Math.max(nearest, Embedder.cosine(doc.dense(), members.get(i)));
    }
    // An undated article or group gives no evidence of time: the gap counts as none.
    long gap = 0;
    if (!doc.dated() || !group.dated()) {
      gap = 0;
    } else if (doc.time() < group.first) {
      gap = group.first - doc.time();
    } else if (doc.time() > group.last) {
      gap = doc.time() - group.last;
    }
    return new double[] {
      group.denseCosine(doc.dense()),
      nearest,
      cosine(doc.title(), group.title, df),
      cosine(doc.body(), group.body, df),
      entityOverlap(doc, group),
      Math.log1p(gap / 86_400.0),
      dateConflict(doc, group, df),
      Math.log(group.size())
    };
  }

  /**
   * 1 when the article and the group report happenings on different days (further apart than the
   * cheap path's {@link ClusterSettings#dateTolerance}) and less than its {@link
   * ClusterSettings#keyShare} of the article's idf-weighted headline words appear in the group's
   * headlines, else 0: the cheap path's dated-happening rule, here as evidence whose weight is
   * learned. A call's preview and the talks announced in it are reported days apart in much the
   * same vocabulary, yet are two happenings; a follow-up that keeps the headline's words is the
   * same one.
   */
  static double dateConflict(
      GroupingSignals.Signals doc, EventProfile group, DocumentFrequencies df) {
    if (group.dayGap(doc.days()) <= DAY_TOLERANCE) {
      return 0;
    }
    double all = 0;
    double shared = 0;
    for (String t : doc.title().keySet()) {
      double idf = df.idf(t);
      all += idf;
      if (group.title.containsKey(t)) {
        shared += idf;
      }
    }
    return all > 0 && shared / all < KEY_SHARE ? 1 : 0;
  }

  private static final int DAY_TOLERANCE = ClusterSettings.defaults().dateTolerance();

  private static final double KEY_SHARE = ClusterSettings.defaults().keyShare();

  /** Idf-weighted cosine of a document's term frequencies and a group's summed ones. */
  static double cosine(Map<String, Float> doc, Map<String, Double> group, DocumentFrequencies df) {
    double dot = 0;
    double nd = 0;
    for (Map.Entry<String, Float> e : doc.entrySet()) {
      double idf = df.idf(e.getKey());
      double w = e.getValue() * idf;
      nd += w * w;
      Double g = group.get(e.getKey());
      if (g != null) {
        dot += w * g * idf;
      }
    }
    if (dot == 0) {
      return 0;
    }
    double ng = 0;
    for (Map.Entry<String, Double> e : group.entrySet()) {
      double w = e.getValue() * df.idf(e.getKey());
      ng += w * w;
    }
    return dot / Math.sqrt(nd * ng);
  }

  /**
   * Share of the document's entities named by the group, each group entity weighted by the share of
   * members naming it (one stray mention in a large event counts little); 0 without entities.
   */
  static double entityOverlap(GroupingSignals.Signals doc, EventProfile group) {
    if (doc.entities().isEmpty()) {
      return 0;
    }
    double s = 0;
    for (String e : doc.entities()) {
      Integer c = group.entities.get(e);
      if (c != null) {
        s += c / (double) group.size();
      }
    }
    return s / doc.entities().size();
  }
}
