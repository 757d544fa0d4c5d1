// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.model.Article;
import io.storylens.model.Link;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a derivation graph as an indented text tree (roots are first publishers) and as Graphviz
 * DOT. Hand-written: both formats are a few lines; untrusted titles are escaped for DOT here and
 * for terminals by the caller.
 */
public final class LinkGraph {
  private final List<Link> links;
  private final Map<String, Article> articles;

  /** A graph of {@code links} whose ends are described by {@code articles} (missing ones by id). */
  public LinkGraph(List<Link> links, Map<String, Article> articles) {
    this.links = List.copyOf(links);
    this.articles = Map.copyOf(articles);
  }

  /** The links of the connected component containing {@code id} (empty if it has no link). */
  public LinkGraph component(String id) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      String cur = todo.pop();
      if (seen.add(cur)) {
        for (Link l : links) {
          if (l.from().equals(cur)) {
            todo.push(l.to());
          } else if (l.to().equals(cur)) {
            todo.push(l.from());
          }
        }
      }
    }
    return new LinkGraph(links.stream().filter(l -> seen.contains(l.from())).toList(), articles);
  }

  /** The links. */
  public List<Link> links() {
    return links;
  }

  /** Ids that are an original in some link but a copy in none: the first publishers. */
  public Set<String> roots() {
    Set<String> copies = new TreeSet<>();
    Set<String> originals = new TreeSet<>();
    for (Link l : links) {
      copies.add(l.to());
      originals.add(l.from());
    }
    originals.removeAll(copies);
    return originals;
  }

  /** An indented tree, one line per article; cycles and shared copies are printed once. */
  public String text() {
    if (links.isEmpty()) {
      return "no links\n";
    }
    Map<String, List<Link>> out = new HashMap<>();
    for (Link l : links) {
      out.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
    }
    StringBuilder s = new StringBuilder();
    Set<String> printed = new TreeSet<>();
    List<String> starts = new ArrayList<>(roots());
    for (Link l : links) {
      if (!starts.contains(l.from())) {
        starts.add(l.from()); // members of cycles (no root), in link order
      }
    }
    for (String root : starts) {
      if (printed.contains(root)) {
        continue;
      }
      s.append(describe(root)).append('\n');
      printed.add(root);
      walk(root, out, printed, s, 1);
    }
    return s.toString();
  }

  private void walk(
      String id, Map<String, List<Link>> out, Set<String> printed, StringBuilder s, int depth) {
    for (Link l : out.getOrDefault(id, List.of())) {
      s.append("  ".repeat(depth))
          .append(
              String.format(
                  Locale.ROOT,
                  "└─ %s (similarity %.2f, direction confidence %.2f) → %s",
                  l.kind().label(),
                  l.similarity(),
                  l.directionConfidence(),
                  describe(l.to())))
          .append('\n');
      if (printed.add(l.to())) {
        walk(l.to(), out, printed, s, depth + 1);
      }
    }
  }

  private String describe(String id) {
    Article a = articles.get(id);
    if (a == null) {
      return id;
    }
    return id
        + "  "
        + a.publishedDate().map(Object::toString).orElse("----------")
        + "  "
        + a.outletName()
        + "  "
        + a.displayTitle();
  }

  /** Graphviz DOT: one node per article (label: outlet, date, title), one edge per link. */
  public String dot() {
    StringBuilder s =
        new StringBuilder("digraph derivation {\n  rankdir=LR;\n  node [shape=box];\n");
    Set<String> nodes = new TreeSet<>();
    for (Link l : links) {
      nodes.add(l.from());
      nodes.add(l.to());
    }
    for (String id : nodes) {
      Article a = articles.get(id);
      String label =
          a == null
              ? id
              : a.outletName()
                  + "\\n"
                  + a.publishedDate().map(Object::toString).orElse("no date")
                  + "\\n"
                  + escape(a.displayTitle());
      s.append("  \"").append(escape(id)).append("\" [label=\"").append(label).append("\"];\n");
    }
    for (Link l : links) {
      s.append(
          String.format(
              Locale.ROOT,
              "  \"%s\" -> \"%s\" [label=\"%s %.2f / %.2f\"];%n",
              escape(l.from()),
              escape(l.to()),
              l.kind().label(),
              l.similarity(),
              l.directionConfidence()));
    }
    return s.append("}\n").toString();
  }

  /** Escapes a DOT double-quoted string: backslash, quote, and line breaks. */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ");
  }
}
