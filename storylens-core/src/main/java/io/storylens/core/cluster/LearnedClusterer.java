// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import io.storylens.core.text.Hashing;
import io.storylens.model.Event;
import io.storylens.model.Storyline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The embedding path of grouping: each article joins the event that {@link LinkModel} finds most
 * probable given dense, sparse, entity and time similarities ({@link LinkFeatures}), when that
 * probability reaches the model's threshold and the event would stay within the model's {@link
 * LinkModel#eventSpanDays}; otherwise it founds an event. A founded event joins the most probable
 * storyline active within {@link GroupingSettings#storylineGap} (the same model at the storyline
 * threshold), or founds one.
 *
 * <p>Ids are named after founding articles, as {@link OnlineClusterer}'s are; nothing is merged or
 * split after placement, so ids never change and {@link Clustering#changes()} is empty.
 * Thread-safe: every method works under one lock, signal extraction (the embedding) excepted.
 */
public final class LearnedClusterer implements Clusterer {
  private final LinkModel model;
  private final GroupingSettings settings;
  private final Function<ClusterDoc, GroupingSignals.Signals> signals;
  private final DocumentFrequencies df = new DocumentFrequencies();
  private final List<Group> events = new ArrayList<>();
  private final List<Group> storylines = new ArrayList<>();
  private final Map<String, Assignment> placed = new HashMap<>();
  private final Set<String> usedIds = new HashSet<>();
  private final List<LearnedState.Placement> order = new ArrayList<>();

  private static final class Group {
    final String id;
    final EventProfile profile;
    final List<GroupingSignals.Signals> members = new ArrayList<>();
    final List<Group> children = new ArrayList<>();
    Group parent;

    Group(String id, int dimension) {
      this.id = id;
      this.profile = new EventProfile(dimension);
    }

    void add(GroupingSignals.Signals s) {
      members.add(s);
      profile.add(s);
    }
  }

  public LearnedClusterer(LinkModel model, GroupingSettings settings, GroupingSignals signals) {
    this(model, settings, Objects.requireNonNull(signals, "signals")::of);
  }

  /**
   * A clusterer reading each document's signals from {@code signals} (evaluation runs cluster the
   * same documents many times and extract their signals once).
   */
  public LearnedClusterer(
      LinkModel model,
      GroupingSettings settings,
      Function<ClusterDoc, GroupingSignals.Signals> signals) {
    this.model = Objects.requireNonNull(model, "model");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.signals = Objects.requireNonNull(signals, "signals");
  }

  @Override
  public Assignment assign(ClusterDoc doc) {
    Objects.requireNonNull(doc, "doc");
    synchronized (this) {
      Assignment known = placed.get(doc.id());
      if (known != null) {
        return known;
      }
    }
    GroupingSignals.Signals s = signals.apply(doc);
    synchronized (this) {
      Assignment known = placed.get(doc.id());
      return known != null ? known : place(s);
    }
  }

  private Assignment place(GroupingSignals.Signals s) {
    Set<String> terms = new HashSet<>(s.title().keySet());
    terms.addAll(s.body().keySet());
    df.add(terms);
    long span = model.eventSpanSeconds();
    Scored best = best(events, s, g -> !s.dated() || g.profile.spanWith(s.time()) <= span);
    Group event;
    boolean founded = best == null || best.p < model.threshold();
    if (founded) {
      event = new Group(newId("ev-", s.id()), s.dense().length);
      events.add(event);
      long gap = settings.storylineGap().getSeconds();
      Scored line =
          best(
              storylines,
              s,
              g ->
                  !s.dated()
                      || !g.profile.dated()
                      || (s.time() - g.profile.last <= gap && g.profile.first - s.time() <= gap));
      Group storyline;
      if (line != null && line.p >= model.storylineThreshold()) {
        storyline = line.group;
      } else {
        storyline = new Group(newId("sl-", s.id()), s.dense().length);
        storylines.add(storyline);
      }
      storyline.children.add(event);
      event.parent = storyline;
    } else {
      event = best.group;
    }
    event.add(s);
    event.parent.add(s);
    Assignment a = new Assignment(s.id(), event.id, event.parent.id, founded, founded ? 0 : best.p);
    placed.put(s.id(), a);
    order.add(new LearnedState.Placement(s.id(), event.id, event.parent.id, s.time(), s.dated()));
    return a;
  }

  /** The state to {@link #restore} this clusterer from. */
  public synchronized LearnedState export() {
    return new LearnedState(order);
  }

  /**
   * A clusterer with {@code model}, {@code settings} and {@code signals} in the state {@code state}
   * (from {@link #export()} of such a clusterer): placements are replayed as recorded, not decided
   * again, so the groups, their ids and every later decision are those of the clusterer that
   * exported the state. {@code docs} gives each placed article by id; their signals come from
   * {@code signals}, which should read embeddings from the store so that nothing is embedded again.
   * Assigning a restored article again returns its recorded event and storyline with score 0 (the
   * probability it joined with is not kept).
   *
   * @throws IllegalArgumentException when an article of the state is missing from {@code docs}, or
   *     the state puts one event in two storylines
   */
  public static LearnedClusterer restore(
      LearnedState state,
      LinkModel model,
      GroupingSettings settings,
      Function<ClusterDoc, GroupingSignals.Signals> signals,
      Function<String, ClusterDoc> docs) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(docs, "docs");
    LearnedClusterer c = new LearnedClusterer(model, settings, signals);
    Map<String, Group> eventsById = new HashMap<>();
    Map<String, Group> linesById = new HashMap<>();
    for (LearnedState.Placement p : state.placements()) {
      ClusterDoc doc = docs.apply(p.article());
      if (doc == null) {
        throw new IllegalArgumentException(
            "article " + p.article() + " of the saved grouping is gone");
      }
      GroupingSignals.Signals s = signals.apply(doc).at(p.time(), p.dated());
      Set<String> terms = new HashSet<>(s.title().keySet());
      terms.addAll(s.body().keySet());
      c.df.add(terms);
      int dim = s.dense().length;
      Group line =
          linesById.computeIfAbsent(
              p.storyline(),
              id -> {
                Group g = new Group(id, dim);
                c.storylines.add(g);
                c.usedIds.add(id);
                return g;
              });
      boolean founded = !eventsById.containsKey(p.event());
      Group event =
          eventsById.computeIfAbsent(
              p.event(),
              id -> {
                Group g = new Group(id, dim);
                c.events.add(g);
                c.usedIds.add(id);
                g.parent = line;
                line.children.add(g);
                return g;
              });
      if (event.parent != line) {
        throw new IllegalArgumentException(
            "event " + p.event() + " of the saved grouping is in two storylines");
      }
      event.add(s);
      line.add(s);
      c.placed.put(p.article(), new Assignment(p.article(), p.event(), p.storyline(), founded, 0));
      c.order.add(p);
    }
    return c;
  }

  private record Scored(Group group, double p) {}

  /**
   * The most probable group among those {@code allowed}, scoring in full only the {@link
   * GroupingSettings#candidates} closest by embedding centroid; null when none is allowed.
   */
  private Scored best(List<Group> groups, GroupingSignals.Signals s, Predicate<Group> allowed) {
    List<Scored> near = new ArrayList<>();
    for (Group g : groups) {
      if (allowed.test(g)) {
        near.add(new Scored(g, g.profile.denseCosine(s.dense())));
      }
    }
    near.sort(Comparator.comparingDouble(Scored::p).reversed());
    Scored best = null;
    for (int i = 0; i < Math.min(settings.candidates(), near.size()); i++) {
      Group g = near.get(i).group;
      double p = model.probability(LinkFeatures.of(s, g.profile, df));
      if (best == null || p > best.p) {
        best = new Scored(g, p);
      }
    }
    return best;
  }

  private String newId(String prefix, String founder) {
    String base = prefix + Hashing.sha256Hex(10, founder);
    String id = base;
    for (int n = 2; usedIds.contains(id); n++) {
      id = base + "-" + n;
    }
    usedIds.add(id);
    return id;
  }

  @Override
  public synchronized Clustering clustering() {
    List<Event> out = new ArrayList<>();
    for (Group e : events) {
      out.add(new Event(e.id, centralTitle(e), sortedIds(e), e.parent.id));
    }
    out.sort(Comparator.comparing(Event::id));
    List<Storyline> lines = new ArrayList<>();
    for (Group s : storylines) {
      List<String> evIds = new ArrayList<>();
      Group biggest = null;
      for (Group e : s.children) {
        evIds.add(e.id);
        if (biggest == null || e.members.size() > biggest.members.size()) {
          biggest = e;
        }
      }
      evIds.sort(null);
      lines.add(new Storyline(s.id, centralTitle(biggest), evIds, sortedIds(s)));
    }
    lines.sort(Comparator.comparing(Storyline::id));
    return new Clustering(out, lines, List.of());
  }

  private static List<String> sortedIds(Group g) {
    List<String> ids = new ArrayList<>();
    g.members.forEach(m -> ids.add(m.id()));
    ids.sort(null);
    return ids;
  }

  /** The member headline closest to the group's embedding centroid (ties: earlier, lower id). */
  private static String centralTitle(Group g) {
    GroupingSignals.Signals best = null;
    double bestSim = -2;
    for (GroupingSignals.Signals m : g.members) {
      double sim = g.profile.denseCosine(m.dense());
      if (best == null
          || sim > bestSim + 1e-9
          || (Math.abs(sim - bestSim) <= 1e-9
              && (m.time() < best.time()
                  || (m.time() == best.time() && m.id().compareTo(best.id()) < 0)))) {
        best = m;
        bestSim = sim;
      }
    }
    return best == null ? "" : best.displayTitle();
  }

  /** How many articles have been placed. */
  public synchronized int size() {
    return placed.size();
  }
}
