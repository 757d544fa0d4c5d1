// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.core.ingest.Headlines;
import io.storylens.core.text.Hashing;
import io.storylens.model.Event;
import io.storylens.model.Storyline;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * The incremental clusterer: idf-weighted cosine between a document and event centroids, decayed by
 * the time gap, with candidates found through an inverted index; a document below the threshold
 * founds an event, which then joins the most similar storyline (or founds one). Consolidation runs
 * every {@link ClusterSettings#consolidateEvery()} articles and before each snapshot, over the
 * events touched since the last run only.
 *
 * <p>Ids are stable: an event or storyline is named after the article that founded it and keeps its
 * id as it grows; merges keep the larger side's id and splits keep the founder's side, each
 * recorded as a {@link ClusterChange}. Thread-safe: every method works under one lock (feature
 * extraction excepted, which touches no shared state), so concurrent callers see the same result as
 * some serial order of their calls.
 */
public final class OnlineClusterer implements Clusterer {
  private static final double SECONDS_PER_DAY = 86_400;

  /**
   * Centroids are trimmed by raw weight, not by idf, so that a centroid depends only on its members
   * and a clusterer restored from storage rebuilds exactly the same one.
   */
  static final SparseVector.Idf RAW = t -> 1;

  private final ClusterSettings settings;
  private final Featurizer featurizer;
  final Vocabulary vocabulary = new Vocabulary();
  final List<Member> members = new ArrayList<>();
  final Map<String, Integer> memberIndex = new HashMap<>();
  final List<Node> events = new ArrayList<>();
  final List<Node> storylines = new ArrayList<>();
  final List<ClusterChange> changes = new ArrayList<>();
  private final CandidateIndex eventIndex = new CandidateIndex();
  private final CandidateIndex storylineIndex = new CandidateIndex();
  private final Set<String> usedIds = new HashSet<>();
  private final TreeSet<Integer> touched = new TreeSet<>();
  private int sinceConsolidation;

  public OnlineClusterer(ClusterSettings settings, EntityExtractor entities) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.featurizer =
        new Featurizer(Objects.requireNonNull(entities, "entities"), vocabulary::known);
  }

  /** A clusterer with the calibrated defaults and capitalized-phrase entities. */
  public OnlineClusterer() {
    this(ClusterSettings.defaults(), new CapitalizedPhrases());
  }

  @Override
  public Assignment assign(ClusterDoc doc) {
    Objects.requireNonNull(doc, "doc");
    // Feature extraction needs no shared state: it runs outside the lock, so concurrent callers
    // overlap the most expensive part.
    Featurizer.Features features = featurizer.featurize(doc);
    synchronized (this) {
      return place(doc, features);
    }
  }

  /**
   * Assigns {@code docs} in list order, extracting their features ahead on {@code pool} while this
   * thread places them (and extracts features too whenever it would wait for them): the result
   * (assignments and structure) is exactly that of calling {@link #assign} on each document in
   * order, whatever the pool's size, because feature extraction writes no shared state and reads
   * only term ids, which never change once given, while placement, which gives new ids and updates
   * the index, stays on one thread in input order.
   *
   * @param pool runs feature extraction; not shut down here
   * @return the assignments, in the order of {@code docs}
   * @throws RuntimeException the first error of feature extraction (a null document, for example),
   *     rethrown as is; the documents of the chunks before the failing one stay placed
   */
  public List<Assignment> assignAll(List<ClusterDoc> docs, ExecutorService pool) {
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(pool, "pool");
    int chunks = (docs.size() + CHUNK - 1) / CHUNK;
    ArrayDeque<FeatureChunk> ahead = new ArrayDeque<>();
    List<Assignment> out = new ArrayList<>(docs.size());
    int submitted = 0;
    for (int c = 0; c < chunks; c++) {
      // Keep a bounded window of chunks in flight: memory stays flat on long streams.
      while (submitted < chunks && submitted < c + WINDOW) {
        FeatureChunk chunk =
            new FeatureChunk(
                docs.subList(submitted * CHUNK, Math.min(docs.size(), (submitted + 1) * CHUNK)),
                featurizer);
        ahead.add(chunk);
        pool.execute(chunk);
        submitted++;
      }
      FeatureChunk next = ahead.poll();
      // Rather than wait, this thread extracts features itself: the chunk it needs if no pool
      // thread has started it, else the ones after it until it is done.
      next.run();
      for (FeatureChunk later : ahead) {
        if (next.result.isDone()) {
          break;
        }
        later.run();
      }
      List<Featurizer.Features> features;
      try {
        features = next.result.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ahead.forEach(FeatureChunk::cancel);
        throw new IllegalStateException("interrupted while extracting features", e);
      } catch (ExecutionException e) {
        ahead.forEach(FeatureChunk::cancel);
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
      synchronized (this) {
        for (int i = 0; i < features.size(); i++) {
          out.add(place(docs.get(c * CHUNK + i), features.get(i)));
        }
      }
    }
    return out;
  }

  /** Documents per feature-extraction task: large enough to amortize the hand-off. */
  static final int CHUNK = 64;

  /** Chunks extracted ahead of placement. */
  static final int WINDOW = 32;

  private Assignment place(ClusterDoc doc, Featurizer.Features features) {
    Integer known = memberIndex.get(doc.id());
    if (known != null) {
      Member m = members.get(known);
      Node e = events.get(m.event);
      return new Assignment(m.id, e.id, storylines.get(e.parent).id, false, 0);
    }
    SparseVector full = Featurizer.vector(features.terms(), vocabulary);
    vocabulary.addDocument(full.terms);
    SparseVector vec = full.top(settings.docTerms(), vocabulary);
    long time = doc.time().getEpochSecond();
    Member m =
        new Member(
            doc.id(),
            displayTitle(doc),
            time,
            doc.flags(),
            vec,
            features.days(),
            termIds(features.keyTerms()));
    int mi = members.size();
    members.add(m);
    memberIndex.put(m.id, mi);

    int best = -1;
    double bestScore = -1;
    double norm = vec.norm(vocabulary); // once, not once per candidate
    for (int c : candidates(eventIndex, vec)) {
      Node e = events.get(c);
      if (!e.alive) {
        continue;
      }
      double d = vec.dot(e.centroid, vocabulary);
      double s =
          (d == 0 ? 0 : d / (norm * e.centroid.norm(vocabulary)))
              * decay(e.gap(time), settings.eventDecay())
              * happeningFactor(m.days, m.key, e.days, e.key);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    boolean founded = best < 0 || bestScore < settings.eventThreshold();
    Node event;
    if (founded) {
      event = newNode(events, "ev-", doc.id());
      addMember(event, mi);
      attachToStoryline(event, vec, time, doc.id());
    } else {
      event = events.get(best);
      addMember(event, mi);
      Node s = storylines.get(event.parent);
      s.centroid = s.centroid.plus(vec, 1).top(settings.centroidTerms(), RAW);
      s.widen(time, time);
      s.weight++;
      reindex(storylineIndex, s);
    }
    touched.add(event.index);
    if (++sinceConsolidation >= settings.consolidateEvery()) {
      consolidate();
    }
    return new Assignment(
        m.id,
        event.id,
        storylines.get(event.parent).id,
        founded,
        founded ? 0 : Math.max(0, bestScore));
  }

  @Override
  public synchronized Clustering clustering() {
    consolidate();
    List<Event> out = new ArrayList<>();
    Map<Integer, List<String>> storyArticles = new HashMap<>();
    for (Node e : events) {
      if (!e.alive) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      for (int mi : e.members) {
        ids.add(members.get(mi).id);
      }
      ids.sort(null);
      storyArticles.computeIfAbsent(e.parent, k -> new ArrayList<>()).addAll(ids);
      out.add(new Event(e.id, centralTitle(e), ids, storylines.get(e.parent).id));
    }
    out.sort(Comparator.comparing(Event::id));
    List<Storyline> lines = new ArrayList<>();
    for (Node s : storylines) {
      if (!s.alive) {
        continue;
      }
      List<String> evIds = new ArrayList<>();
      Node biggest = null;
      for (int ei : s.members) {
        Node e = events.get(ei);
        evIds.add(e.id);
        if (biggest == null
            || e.members.size() > biggest.members.size()
            || (e.members.size() == biggest.members.size() && e.first < biggest.first)) {
          biggest = e;
        }
      }
      evIds.sort(null);
      List<String> arts = new ArrayList<>(storyArticles.getOrDefault(s.index, List.of()));
      arts.sort(null);
      lines.add(new Storyline(s.id, centralTitle(biggest), evIds, arts));
    }
    lines.sort(Comparator.comparing(Storyline::id));
    return new Clustering(out, lines, changes);
  }

  /** Runs consolidation now: merges and splits among the events touched since the last run. */
  public synchronized void consolidate() {
    sinceConsolidation = 0;
    if (touched.isEmpty()) {
      return;
    }
    List<Integer> work = new ArrayList<>(touched);
    touched.clear();
    Consolidation c = new Consolidation(this);
    for (int ei : work) {
      c.mergeInto(ei);
    }
    for (int ei : work) {
      c.split(ei);
    }
  }

  // ---- internals shared with Consolidation and ClusterState ----

  ClusterSettings settings() {
    return settings;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  List<Integer> candidates(CandidateIndex index, SparseVector vec) {
    return index.lookup(
        vec.top(settings.queryTerms(), vocabulary).terms,
        vocabulary,
        settings.postingsScanned(),
        settings.candidates());
  }

  List<Integer> eventCandidates(SparseVector vec) {
    return candidates(eventIndex, vec);
  }

  double decay(long gapSeconds, Duration scale) {
    double days = gapSeconds / SECONDS_PER_DAY;
    double f = settings.decayFloor();
    return f + (1 - f) * Math.exp(-days / (scale.toSeconds() / SECONDS_PER_DAY));
  }

  /**
   * {@link ClusterSettings#dateConflict} when the two sides report different dated happenings, else
   * 1: their event days conflict and less than {@link ClusterSettings#keyShare} of side A's
   * idf-weighted headline words (A: the new document, or the smaller event) are found on side B (a
   * follow-up retold under the same headline words, "Goldman expects $5 billion tax hit", stays).
   * Time decay alone cannot do this: dev events span months, so decay keeps most of the similarity
   * however far apart two articles are; what separates a call from talks a week later is that each
   * article dates its own happening and names it differently.
   */
  double happeningFactor(int[] daysA, int[] keyA, int[] daysB, int[] keyB) {
    if (!Node.conflict(daysA, daysB, settings.dateTolerance())) {
      return 1;
    }
    double share = Node.share(keyA, keyB, vocabulary);
    return share >= settings.keyShare() ? 1 : settings.dateConflict();
  }

  private int[] termIds(List<String> terms) {
    int[] ids = new int[terms.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = vocabulary.id(terms.get(i));
    }
    Arrays.sort(ids);
    return ids;
  }

  Node newNode(List<Node> list, String prefix, String founder) {
    String base = prefix + Hashing.sha256Hex(10, founder);
    String id = base;
    for (int n = 2; usedIds.contains(id); n++) {
      id = base + "-" + n;
    }
    usedIds.add(id);
    Node node = new Node(list.size(), id);
    list.add(node);
    return node;
  }

  void addMember(Node event, int mi) {
    Member m = members.get(mi);
    m.event = event.index;
    event.members.add(mi);
    event.weight++;
    event.centroid = event.centroid.plus(m.vector, 1).top(settings.centroidTerms(), RAW);
    event.widen(m.time, m.time);
    event.addDays(m.days);
    event.addKey(m.key);
    reindex(eventIndex, event);
  }

  void reindexEvent(Node event) {
    reindex(eventIndex, event);
  }

  void reindexStoryline(Node storyline) {
    reindex(storylineIndex, storyline);
  }

  /** Posts the node under its current top terms not yet posted. */
  private void reindex(CandidateIndex index, Node node) {
    for (int t : node.centroid.top(settings.queryTerms(), vocabulary).terms) {
      if (!node.isIndexed(t) && node.indexed.length < 4 * settings.queryTerms()) {
        index.add(t, node.index);
        node.markIndexed(t);
      }
    }
  }

  /** Puts a freshly founded event into the most similar storyline, or a new one. */
  void attachToStoryline(Node event, SparseVector vec, long time, String founder) {
    int best = -1;
    double bestScore = -1;
    for (int c : candidates(storylineIndex, vec)) {
      Node s = storylines.get(c);
      if (!s.alive) {
        continue;
      }
      double sc =
          vec.cosine(s.centroid, vocabulary) * decay(s.gap(time), settings.storylineDecay());
      if (sc > bestScore) {
        bestScore = sc;
        best = c;
      }
    }
    Node s;
    if (best >= 0 && bestScore >= settings.storylineThreshold()) {
      s = storylines.get(best);
    } else {
      s = newNode(storylines, "sl-", founder);
    }
    s.members.add(event.index);
    event.parent = s.index;
    s.centroid = s.centroid.plus(event.centroid, 1).top(settings.centroidTerms(), RAW);
    s.widen(event.first, event.last);
    s.weight += event.weight;
    reindex(storylineIndex, s);
  }

  void log(ClusterChange.Kind kind, String level, String from, String into) {
    changes.add(new ClusterChange(kind, level, from, into, members.size()));
  }

  /** The member headline closest to the event centroid (ties: earlier, then lower id). */
  String centralTitle(Node e) {
    Member best = null;
    double bestSim = -1;
    for (int mi : e.members) {
      Member m = members.get(mi);
      double s = m.vector.cosine(e.centroid, vocabulary);
      if (best == null
          || s > bestSim + 1e-9
          || (Math.abs(s - bestSim) <= 1e-9
              && (m.time < best.time || (m.time == best.time && m.id.compareTo(best.id) < 0)))) {
        best = m;
        bestSim = s;
      }
    }
    return best == null ? "" : best.title;
  }

  /**
   * The member's headline: its cleaned source title, else the headline {@link Headlines#generate}
   * writes from its lead, the same one ingest stores for an untitled article.
   */
  private static String displayTitle(ClusterDoc doc) {
    if (!doc.title().isBlank()) {
      return doc.title().strip();
    }
    return Headlines.generate(doc.text()).orElse("(untitled " + doc.id() + ")");
  }

  /** The state to persist; see {@link #restore}. */
  public synchronized ClusterState export() {
    List<ClusterState.TermRow> df = new ArrayList<>();
    for (int t = 0; t < vocabulary.size(); t++) {
      df.add(new ClusterState.TermRow(vocabulary.name(t), vocabulary.df(t)));
    }
    // Members are listed event by event, in the order each event received them: centroids are
    // trimmed as members arrive, so replaying that order rebuilds exactly the same centroids.
    List<Member> ordered = new ArrayList<>();
    for (Node e : events) {
      for (int mi : e.members) {
        ordered.add(members.get(mi));
      }
    }
    List<ClusterState.MemberRow> ms = new ArrayList<>();
    for (Member m : ordered) {
      Map<String, Float> v = new HashMap<>();
      for (int i = 0; i < m.vector.size(); i++) {
        v.put(vocabulary.name(m.vector.terms[i]), m.vector.weights[i]);
      }
      List<String> days = new ArrayList<>();
      for (int d : m.days) {
        days.add(LocalDate.ofEpochDay(d).toString());
      }
      List<String> key = new ArrayList<>();
      for (int t : m.key) {
        key.add(vocabulary.name(t));
      }
      key.sort(null);
      ms.add(
          new ClusterState.MemberRow(
              m.id, events.get(m.event).id, m.time, m.title, m.flags, v, days, key));
    }
    List<ClusterState.NodeRow> es = new ArrayList<>();
    for (Node e : events) {
      es.add(new ClusterState.NodeRow(e.id, storylines.get(e.parent).id, e.alive));
    }
    List<ClusterState.NodeRow> ss = new ArrayList<>();
    for (Node s : storylines) {
      ss.add(new ClusterState.NodeRow(s.id, "", s.alive));
    }
    return new ClusterState(vocabulary.docs(), df, ms, es, ss, changes);
  }

  /** A clusterer that resumes from {@code state}. */
  public static OnlineClusterer restore(
      ClusterState state, ClusterSettings settings, EntityExtractor entities) {
    OnlineClusterer c = new OnlineClusterer(settings, entities);
    state.terms().forEach(r -> c.vocabulary.restore(r.term(), r.df()));
    c.vocabulary.restoreDocuments(state.documents());
    Map<String, Node> slById = new HashMap<>();
    for (ClusterState.NodeRow r : state.storylines()) {
      Node s = c.restoreNode(c.storylines, r.id());
      s.alive = r.alive();
      slById.put(r.id(), s);
    }
    Map<String, Node> evById = new HashMap<>();
    for (ClusterState.NodeRow r : state.events()) {
      Node e = c.restoreNode(c.events, r.id());
      e.alive = r.alive();
      Node s = slById.get(r.parent());
      if (s == null) {
        throw new IllegalArgumentException(
            "event " + r.id() + " has unknown storyline " + r.parent());
      }
      e.parent = s.index;
      if (e.alive) {
        s.members.add(e.index);
      }
      evById.put(r.id(), e);
    }
    for (ClusterState.MemberRow r : state.members()) {
      SparseVector v = Featurizer.vector(Featurizer.Terms.of(r.vector()), c.vocabulary);
      int[] days = Featurizer.epochDays(r.days().stream().map(LocalDate::parse).toList());
      Member m =
          new Member(r.article(), r.title(), r.time(), r.flags(), v, days, c.termIds(r.key()));
      int mi = c.members.size();
      c.members.add(m);
      c.memberIndex.put(m.id, mi);
      Node e = evById.get(r.event());
      if (e == null || !e.alive) {
        throw new IllegalArgumentException("article " + r.article() + " is in no live event");
      }
      c.addMember(e, mi);
    }
    for (Node s : c.storylines) {
      for (int ei : s.members) {
        Node e = c.events.get(ei);
        s.centroid = s.centroid.plus(e.centroid, 1).top(settings.centroidTerms(), RAW);
        s.widen(e.first, e.last);
        s.weight += e.weight;
      }
      if (s.alive) {
        c.reindex(c.storylineIndex, s);
      }
    }
    c.changes.addAll(state.changes());
    for (ClusterChange ch : state.changes()) {
      c.usedIds.add(ch.from());
      c.usedIds.add(ch.into());
    }
    return c;
  }

  private Node restoreNode(List<Node> list, String id) {
    usedIds.add(id);
    Node node = new Node(list.size(), id);
    list.add(node);
    return node;
  }

  /** How many articles have been assigned. */
  public synchronized int size() {
    return members.size();
  }

  /** Test hook: the number of live events. */
  synchronized int liveEvents() {
    return (int) events.stream().filter(e -> e.alive).count();
  }

  static int[] sorted(int[] a) {
    int[] b = a.clone();
    Arrays.sort(b);
    return b;
  }
}
