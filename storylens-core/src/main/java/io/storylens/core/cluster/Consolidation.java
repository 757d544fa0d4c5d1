// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Periodic repair of the online structure: events that drifted together are merged (the larger
 * keeps its id), and an event whose members form two dissimilar groups is split (the founder's
 * group keeps the id). Both are logged so old ids stay traceable.
 */
final class Consolidation {
  /** Iterations of the two-means split; a handful settle on these sizes. */
  private static final int SPLIT_ROUNDS = 6;

  /** Events smaller than this are never split: two articles cannot show two heads. */
  static final int MIN_SPLIT_SIZE = 4;

  /** At most about this many members are examined to decide a split. */
  static final int SPLIT_SAMPLE = 64;

  private final OnlineClusterer c;

  Consolidation(OnlineClusterer c) {
    this.c = c;
  }

  /** Merges event {@code ei} with the most similar live event, if similar enough. */
  void mergeInto(int ei) {
    Node e = c.events.get(ei);
    if (!e.alive) {
      return;
    }
    ClusterSettings s = c.settings();
    int best = -1;
    double bestScore = -1;
    double norm = e.centroid.norm(c.vocabulary());
    for (int k : c.eventCandidates(e.centroid)) {
      Node f = c.events.get(k);
      if (k == ei || !f.alive) {
        continue;
      }
      double sim =
          e.centroid.cosine(f.centroid, norm, f.centroid.norm(c.vocabulary()), c.vocabulary())
              * c.decay(e.gap(f), s.eventDecay())
              * (e.members.size() <= f.members.size()
                  ? c.happeningFactor(e.days, e.key, f.days, f.key)
                  : c.happeningFactor(f.days, f.key, e.days, e.key));
      if (sim > bestScore) {
        bestScore = sim;
        best = k;
      }
    }
    if (best < 0 || bestScore < s.mergeThreshold()) {
      return;
    }
    Node f = c.events.get(best);
    boolean keepE =
        e.members.size() > f.members.size()
            || (e.members.size() == f.members.size() && e.index < f.index);
    merge(keepE ? e : f, keepE ? f : e);
  }

  private void merge(Node keep, Node gone) {
    for (int mi : new ArrayList<>(gone.members)) {
      c.addMember(keep, mi);
    }
    gone.members.clear();
    gone.alive = false;
    c.log(ClusterChange.Kind.MERGE, "event", gone.id, keep.id);
    Node ks = c.storylines.get(keep.parent);
    Node gs = c.storylines.get(gone.parent);
    gs.members.remove(Integer.valueOf(gone.index));
    if (ks != gs) {
      // One happening cannot sit in two storylines: the storylines merge too (the heavier keeps
      // its id). Centroids are sums, so adding one to the other keeps every article counted once.
      boolean keepK = ks.weight > gs.weight || (ks.weight == gs.weight && ks.index < gs.index);
      Node sk = keepK ? ks : gs;
      Node sg = keepK ? gs : ks;
      for (int ei : sg.members) {
        c.events.get(ei).parent = sk.index;
        sk.members.add(ei);
      }
      sg.members.clear();
      sg.alive = false;
      sk.centroid =
          sk.centroid.plus(sg.centroid, 1).top(c.settings().centroidTerms(), OnlineClusterer.RAW);
      sk.widen(sg.first, sg.last);
      sk.weight += sg.weight;
      c.reindexStoryline(sk);
      c.log(ClusterChange.Kind.MERGE, "storyline", sg.id, sk.id);
    }
  }

  /** Splits event {@code ei} in two when its members form two dissimilar groups. */
  void split(int ei) {
    Node e = c.events.get(ei);
    if (!e.alive || e.members.size() < MIN_SPLIT_SIZE) {
      return;
    }
    // An event is re-examined only once it has grown by a quarter since its last examination: a
    // large event touched in every round would otherwise cost a two-means run per round, which
    // made consolidation most of the placing thread's time at 100,000 articles.
    if (e.splitCheckedAt > 0 && e.members.size() < e.splitCheckedAt + e.splitCheckedAt / 4) {
      return;
    }
    e.splitCheckedAt = e.members.size();
    // Decide on an evenly spaced sample so that huge events cost a bounded amount.
    List<Member> sample = new ArrayList<>();
    int step = Math.max(1, e.members.size() / SPLIT_SAMPLE);
    for (int i = 0; i < e.members.size(); i += step) {
      sample.add(c.members.get(e.members.get(i)));
    }
    List<Member> ms = sample;
    Vocabulary v = c.vocabulary();
    // Norms are computed once per vector, not once per comparison: idf does not change here.
    double[] norms = new double[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      norms[i] = ms.get(i).vector.norm(v);
    }
    int a = farthest(ms, norms, e.centroid);
    int b = farthest(ms, norms, ms.get(a).vector);
    if (a == b) {
      return;
    }
    SparseVector ca = ms.get(a).vector;
    SparseVector cb = ms.get(b).vector;
    boolean[] inB = new boolean[ms.size()];
    boolean[] before = null;
    for (int round = 0; round < SPLIT_ROUNDS; round++) {
      double na = ca.norm(v);
      double nb = cb.norm(v);
      List<SparseVector> groupA = new ArrayList<>();
      List<SparseVector> groupB = new ArrayList<>();
      for (int i = 0; i < ms.size(); i++) {
        SparseVector x = ms.get(i).vector;
        inB[i] = x.cosine(cb, norms[i], nb, v) > x.cosine(ca, norms[i], na, v);
        (inB[i] ? groupB : groupA).add(x);
      }
      if (Arrays.equals(inB, before)) {
        // A fixed point: the centroids are those of this very grouping, and every later round
        // would repeat it, so stopping gives exactly the result of running all rounds.
        break;
      }
      before = inB.clone();
      ca = SparseVector.sum(groupA);
      cb = SparseVector.sum(groupB);
    }
    int sizeB = 0;
    for (boolean x : inB) {
      sizeB += x ? 1 : 0;
    }
    if (sizeB < 2 || ms.size() - sizeB < 2 || ca.cosine(cb, v) >= c.settings().splitThreshold()) {
      return;
    }
    // The founder (first member) keeps the id; the other group becomes a new event.
    SparseVector founderSide = inB[0] ? cb : ca;
    SparseVector otherSide = inB[0] ? ca : cb;
    double founderNorm = founderSide.norm(v);
    double otherNorm = otherSide.norm(v);
    List<Integer> keep = new ArrayList<>();
    List<Integer> move = new ArrayList<>();
    for (int mi : e.members) {
      SparseVector x = c.members.get(mi).vector;
      double xn = x.norm(v);
      (x.cosine(otherSide, xn, otherNorm, v) > x.cosine(founderSide, xn, founderNorm, v)
              ? move
              : keep)
          .add(mi);
    }
    if (keep.isEmpty() || move.isEmpty()) {
      return;
    }
    e.members.clear();
    e.centroid = SparseVector.EMPTY;
    e.weight = 0;
    e.first = Long.MAX_VALUE;
    e.last = Long.MIN_VALUE;
    e.days = new int[0];
    e.key = new int[0];
    for (int mi : keep) {
      c.addMember(e, mi);
    }
    e.splitCheckedAt = e.members.size();
    Node n = c.newNode(c.events, "ev-", c.members.get(move.get(0)).id);
    n.parent = e.parent;
    c.storylines.get(e.parent).members.add(n.index);
    for (int mi : move) {
      c.addMember(n, mi);
    }
    n.splitCheckedAt = n.members.size();
    c.log(ClusterChange.Kind.SPLIT, "event", e.id, n.id);
  }

  /** Index of the member least similar to {@code to} (ties: the earlier member). */
  private int farthest(List<Member> ms, double[] norms, SparseVector to) {
    int best = 0;
    double bestSim = Double.MAX_VALUE;
    double toNorm = to.norm(c.vocabulary());
    for (int i = 0; i < ms.size(); i++) {
      double s = ms.get(i).vector.cosine(to, norms[i], toNorm, c.vocabulary());
      if (s < bestSim) {
        bestSim = s;
        best = i;
      }
    }
    return best;
  }
}
