// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.core.summarize.Chronology;
import io.storylens.model.Article;
import io.storylens.model.FirstPublisher;
import io.storylens.model.Link;
import java.time.LocalDate;
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
 * Finds the first publisher of a story: the article with the earliest publication date; among
 * articles of that date, an original rather than a copy (derivation links), then the reading order.
 * If the earliest-dated article is itself a confident copy of another article of the story, the
 * original it was derived from is the first publisher (a copy cannot precede its source; the dates
 * disagree, which the evidence says). Empty when no article is dated.
 */
public final class FirstPublisherFinder {
  /** Direction confidence from which a link is trusted to say who copied whom. */
  public static final double CONFIDENT = 0.7;

  /** The first publisher of {@code articles}, with its evidence. */
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
            .sorted(Chronology.ORDER)
            .toList();
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = dated.get(0).publishedDate().get();
    List<Article> earliest =
        dated.stream().filter(a -> a.publishedDate().get().equals(first)).toList();
    Set<String> copies = new HashSet<>();
    for (Link l : inside) {
      if (l.directionConfidence() >= CONFIDENT) {
        copies.add(l.to());
      }
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(
        String.format(
            Locale.ROOT,
            "earliest publication date %s (%d of %d dated article(s) that day; %d undated)",
            first,
            earliest.size(),
            dated.size(),
            articles.size() - dated.size()));
    Article pick =
        earliest.stream().filter(a -> !copies.contains(a.id())).findFirst().orElse(earliest.get(0));
    if (earliest.size() > 1) {
      evidence.add(
          copies.contains(earliest.get(0).id()) && pick != earliest.get(0)
              ? "same-day tie broken: "
                  + earliest.get(0).id()
                  + " is a copy, "
                  + pick.id()
                  + " is not"
              : "same-day tie broken by reading order (source name) among "
                  + earliest.stream().map(Article::id).toList());
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
      pick = original;
      up = parent(pick.id(), inside);
    }
    if (pick.published().from() == io.storylens.model.Provenance.INFERRED) {
      // The date that made it first was read from the text (stale or missing header): say so.
      evidence.add(
          "publication date "
              + pick.publishedDate().map(LocalDate::toString).orElse("?")
              + " inferred from the text"
              + (pick.dateWarnings().isEmpty()
                  ? ""
                  : ": " + String.join("; ", pick.dateWarnings())));
    }
    List<String> derived = descendants(pick.id(), inside);
    evidence.add(
        derived.isEmpty()
            ? "no derived copies among the story's articles"
            : "original of "
                + derived.size()
                + " derived article(s): "
                + String.join(", ", derived));
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
    return Optional.of(
        new FirstPublisher(
            pick.id(),
            pick.outlet().value(),
            pick.publishedDate().map(LocalDate::toString),
            evidence));
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
