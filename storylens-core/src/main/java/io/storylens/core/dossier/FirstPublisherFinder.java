// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.core.text.PublicationTimes;
import io.storylens.model.Article;
import io.storylens.model.FirstPublisher;
import io.storylens.model.Link;
import io.storylens.model.Provenance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the first publisher of a story: the article published earliest, to the time of day where
 * the input gives it.
 *
 * <p>Articles of the earliest day tie unless their times of day tell them apart. A tie is broken by
 * evidence of origin, never by outlet name: the article of a news agency on its own site, then an
 * article whose text others carry (confident derivation links from it), before an article that is
 * itself a copy or that credits an agency (byline, dateline or URL, see {@link WireCredits}). If
 * the pick is a confident copy of another article of the story, the original it was derived from
 * counts as first (a copy cannot precede its source; the dates disagree, which the evidence says).
 *
 * <p>Every answer carries a confidence: high for a single earliest article, lower for a tie broken
 * by evidence, low for a tie nothing breaks (then the article is only the first in a fixed order).
 * Below {@link #MIN_CONFIDENCE} there is no answer: a guess shown as a fact misleads. Wire copies
 * are named in the evidence with the agency article they copy, when it is in the story, or the
 * agency their credit names. Empty when no article is dated.
 */
public final class FirstPublisherFinder {
  /** Direction confidence from which a link is trusted to say who copied whom. */
  public static final double CONFIDENT = 0.7;

  /** Least confidence of a first publisher that is shown. */
  public static final double MIN_CONFIDENCE = 0.5;

  /** Confidence when one article is alone the earliest. */
  static final double SOLE_EARLIEST = 0.9;

  /** Confidence when a tie is broken by evidence of origin. */
  static final double TIE_BROKEN = 0.75;

  /** Confidence factor when the deciding date was read from the text, not the input. */
  static final double INFERRED_DATE_FACTOR = 0.85;

  /** The first publisher of {@code articles}, with its evidence, if sure enough. */
  public Optional<FirstPublisher> find(List<Article> articles, List<Link> links) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Link> inside =
        links.stream()
            .filter(l -> byId.containsKey(l.from()) && byId.containsKey(l.to()))
            .sorted(Comparator.comparing(Link::from).thenComparing(Link::to))
            .toList();
    List<Article> dated =
        articles.stream()
            .filter(a -> a.publishedDate().isPresent())
            .sorted(PublicationTimes.EARLIEST_FIRST.thenComparing(Article::id))
            .toList();
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Optional<WireCredits.Credit>> credits = new HashMap<>();
    articles.forEach(a -> credits.put(a.id(), WireCredits.of(a)));
    Set<String> copies = new HashSet<>();
    for (Link l : inside) {
      if (l.directionConfidence() >= CONFIDENT) {
        copies.add(l.to());
      }
    }
    LocalDate first = dated.get(0).publishedDate().get();
    List<Article> sameDay =
        dated.stream().filter(a -> a.publishedDate().get().equals(first)).toList();
    Optional<LocalTime> earliestTime =
        sameDay.stream()
            .map(PublicationTimes::time)
            .flatMap(Optional::stream)
            .min(LocalTime::compareTo);
    // Untimed articles of the day tie with the earliest timed one; later times are later.
    List<Article> tied =
        sameDay.stream()
            .filter(
                a -> {
                  Optional<LocalTime> t = PublicationTimes.time(a);
                  return t.isEmpty() || t.equals(earliestTime);
                })
            .toList();
    List<String> evidence = new ArrayList<>();
    evidence.add(
        String.format(
            Locale.ROOT,
            "earliest publication date %s%s (%d of %d dated article(s) that day; %d undated)",
            first,
            tied.size() == 1
                    && earliestTime.isPresent()
                    && PublicationTimes.time(tied.get(0)).isPresent()
                ? " at " + earliestTime.get()
                : "",
            sameDay.size(),
            dated.size(),
            articles.size() - dated.size()));
    Article pick;
    double confidence;
    if (tied.size() == 1) {
      pick = tied.get(0);
      confidence = SOLE_EARLIEST;
      if (sameDay.size() > 1) {
        evidence.add("published before the other articles of that day (time of day)");
      }
    } else {
      Map<String, Integer> origin = new HashMap<>();
      for (Article a : tied) {
        origin.put(a.id(), originScore(a, credits.get(a.id()), copies, inside));
      }
      List<Article> ranked =
          tied.stream()
              .sorted(
                  Comparator.comparing((Article a) -> -origin.get(a.id()))
                      .thenComparing(Article::id))
              .toList();
      pick = ranked.get(0);
      int top = origin.get(pick.id());
      long atTop = ranked.stream().filter(a -> origin.get(a.id()) == top).count();
      if (atTop == 1) {
        confidence = TIE_BROKEN;
        evidence.add(
            "same-day tie among "
                + tied.size()
                + " articles broken by evidence of origin: "
                + originReason(pick, credits.get(pick.id()), copies, inside));
      } else {
        confidence = SOLE_EARLIEST / atTop;
        evidence.add(
            "same-day tie among "
                + atTop
                + " articles with no evidence of origin to break it: "
                + ranked.stream().limit(atTop).map(Article::id).toList());
      }
    }
    // walk up confident derivation links: a copy cannot be first
    Set<String> seen = new HashSet<>();
    Optional<Link> up = parent(pick.id(), inside);
    while (up.isPresent() && seen.add(pick.id())) {
      Link l = up.get();
      Article original = byId.get(l.from());
      evidence.add(
          String.format(
              Locale.ROOT,
              "%s is a %s of %s (direction confidence %.2f), so the original counts as first%s",
              pick.id(),
              l.kind().label(),
              original.id(),
              l.directionConfidence(),
              original.publishedDate().map(d -> " though dated " + d).orElse(" (undated)")));
      // The original is first only as surely as the link says who copied whom.
      confidence = Math.min(Math.max(confidence, TIE_BROKEN), l.directionConfidence());
      pick = original;
      up = parent(pick.id(), inside);
    }
    if (pick.published().from() == Provenance.INFERRED) {
      // The date that made it first was read from the text (stale or missing header): say so.
      confidence *= INFERRED_DATE_FACTOR;
      evidence.add(
          "publication date "
              + pick.publishedDate().map(LocalDate::toString).orElse("?")
              + " inferred from the text"
              + (pick.dateWarnings().isEmpty()
                  ? ""
                  : ": " + String.join("; ", pick.dateWarnings())));
    }
    Article chosen = pick;
    credits.get(chosen.id()).ifPresent(c -> evidence.add(creditText(chosen, c)));
    List<String> derived = descendants(pick.id(), inside);
    evidence.add(
        derived.isEmpty()
            ? "no derived copies among the story's articles"
            : "original of "
                + derived.size()
                + " derived article(s): "
                + String.join(", ", derived));
    evidence.addAll(wireCopies(articles, credits, pick));
    for (Link l : inside) {
      evidence.add(
          String.format(
              Locale.ROOT,
              "derivation %s -> %s (%s, similarity %.2f, direction confidence %.2f)",
              l.from(),
              l.to(),
              l.kind().label(),
              l.similarity(),
              l.directionConfidence()));
    }
    double rounded = Math.round(confidence * 1000) / 1000.0;
    if (rounded < MIN_CONFIDENCE) {
      return Optional.empty();
    }
    return Optional.of(
        new FirstPublisher(
            pick.id(),
            pick.outlet().value(),
            pick.publishedDate().map(LocalDate::toString),
            evidence,
            rounded));
  }

  /**
   * How strongly the article looks like the origin of the story: the agency's own article, text
   * that others carry, against being a copy or crediting an agency.
   */
  private static int originScore(
      Article a, Optional<WireCredits.Credit> credit, Set<String> copies, List<Link> links) {
    int score = 0;
    if (credit.isPresent()) {
      score += credit.get().own() ? 4 : -2;
    }
    score += 2 * (int) carriedBy(a, links);
    if (copies.contains(a.id())) {
      score -= 3;
    }
    return score;
  }

  private static String originReason(
      Article a, Optional<WireCredits.Credit> credit, Set<String> copies, List<Link> links) {
    List<String> why = new ArrayList<>();
    if (credit.isPresent() && credit.get().own()) {
      why.add(a.id() + " is " + credit.get().agency() + "'s own article");
    }
    long carried = carriedBy(a, links);
    if (carried > 0) {
      why.add(a.id() + "'s text is carried by " + carried + " other article(s)");
    }
    if (why.isEmpty()) {
      why.add(a.id() + " is neither a copy nor a wire credit, the others are");
    }
    return String.join("; ", why);
  }

  /** Confident copies of {@code a}'s text: exact copies, excerpts and rewrites derived from it. */
  private static long carriedBy(Article a, List<Link> links) {
    return links.stream()
        .filter(l -> l.from().equals(a.id()) && l.directionConfidence() >= CONFIDENT)
        .count();
  }

  private static String creditText(Article a, WireCredits.Credit c) {
    return c.own()
        ? a.id() + " is the agency " + c.agency() + "'s own article (" + c.text() + ")"
        : a.id() + " credits " + c.agency() + " (" + where(c) + ": " + c.text() + ")";
  }

  private static String where(WireCredits.Credit c) {
    return c.where().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Each article crediting an agency, linked to that agency's article in the story when there is
   * one, else to the agency named by the credit.
   */
  private static List<String> wireCopies(
      List<Article> articles, Map<String, Optional<WireCredits.Credit>> credits, Article pick) {
    Map<String, Article> ownByAgency = new HashMap<>();
    for (Article a :
        articles.stream()
            .sorted(PublicationTimes.EARLIEST_FIRST.thenComparing(Article::id))
            .toList()) {
      credits
          .get(a.id())
          .filter(WireCredits.Credit::own)
          .ifPresent(c -> ownByAgency.putIfAbsent(c.agency(), a));
    }
    List<String> out = new ArrayList<>();
    for (Article a : articles.stream().sorted(Comparator.comparing(Article::id)).toList()) {
      Optional<WireCredits.Credit> c = credits.get(a.id());
      if (c.isEmpty() || c.get().own() || a == pick) {
        continue;
      }
      Article agency = ownByAgency.get(c.get().agency());
      out.add(
          "wire copy "
              + a.id()
              + " ("
              + a.outletName()
              + ") of "
              + c.get().agency()
              + (agency != null
                  ? ": the agency's article " + agency.id()
                  : " (credit in the " + where(c.get()) + "; the agency's article is not stored)"));
    }
    return out;
  }

  private static Optional<Link> parent(String id, List<Link> links) {
    return links.stream()
        .filter(l -> l.to().equals(id) && l.directionConfidence() >= CONFIDENT)
        .max(Comparator.comparingDouble(Link::directionConfidence));
  }

  private static List<String> descendants(String root, List<Link> links) {
    Set<String> seen = new HashSet<>(List.of(root));
    Deque<String> todo = new ArrayDeque<>(List.of(root));
    List<String> out = new ArrayList<>();
    while (!todo.isEmpty()) {
      String cur = todo.pop();
      for (Link l : links) {
        if (l.from().equals(cur) && seen.add(l.to())) {
          out.add(l.to());
          todo.push(l.to());
        }
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }
}
