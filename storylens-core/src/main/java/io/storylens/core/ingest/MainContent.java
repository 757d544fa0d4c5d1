// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements holding the article in a pruned page: the readability scoring (paragraph
 * scores flow to parents and grandparents, the top candidate is joined by its strong siblings),
 * re-implemented on jsoup because Readability4J, run on some pages, returns {@code <head>} or the
 * navigation, and its output cannot be traced back to the page. Hand-written for that reason.
 */
final class MainContent {
  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta"
              + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
              + "|shopping|tags|tool|widget|teaser|recirc|newsletter",
          Pattern.CASE_INSENSITIVE);

  /** Paragraph texts shorter than this carry no score (readability's 25 characters). */
  private static final int MIN_PARAGRAPH = 25;

  /** How far above the top candidate chunks of the same article are looked for. */
  private static final int TWIN_LEVELS = 6;

  private MainContent() {}

  /** The article elements under {@code body}, in document order; empty when none scores. */
  static List<Element> find(Element body) {
    // Pages that mark the body with schema.org microdata say where the article is.
    List<Element> marked = new ArrayList<>();
    for (Element e : body.select("[itemprop=articleBody]")) {
      if (proseChars(e) >= 200 && marked.stream().noneMatch(m -> e.parents().contains(m))) {
        marked.add(e);
      }
    }
    if (!marked.isEmpty()) {
      return marked;
    }
    return scored(body);
  }

  private static List<Element> scored(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      int len = ownProse(e);
      if (len < MIN_PARAGRAPH) {
        continue;
      }
      String text = e.normalName().equals("p") ? e.text() : directText(e);
      double score = 1 + commas(text) + Math.min(len / 100, 3);
      Element a = e.normalName().equals("p") || e.normalName().equals("pre") ? e.parent() : e;
      for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.merge(a, score * share, Double::sum);
        if (a == body) {
          break;
        }
      }
    }
    Optional<Element> top = Optional.empty();
    double best = 0;
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      Element c = en.getKey();
      double s = (en.getValue() + classWeight(c)) * (1 - linkDensity(c));
      finals.put(c, s);
      if (s > best) {
        best = s;
        top = Optional.of(c);
      }
    }
    if (top.isEmpty()) {
      return List.of();
    }
    Element t = top.get();
    Element parent = t.parent();
    if (parent == null || t == body) {
      return List.of(t);
    }
    List<Element> twins = twins(t, body);
    if (twins.size() > 1) {
      return twins;
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == t || keepSibling(s, t, finals.getOrDefault(s, 0.0), threshold, best)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Articles split into chunks by ads or media (one template element per chunk): the elements with
   * the top candidate's tag and class within a few levels above it, when they hold prose.
   */
  private static List<Element> twins(Element top, Element body) {
    if (top.className().isBlank()) {
      return List.of(top);
    }
    Element scope = top;
    for (int i = 0; i < TWIN_LEVELS && scope.parent() != null && scope != body; i++) {
      scope = scope.parent();
    }
    List<Element> out = new ArrayList<>();
    for (Element e : scope.getElementsByTag(top.normalName())) {
      if (e.className().equals(top.className())
          && (e == top || proseChars(e) >= MIN_PARAGRAPH)
          && out.stream().noneMatch(o -> e.parents().contains(o))) {
        out.add(e);
      }
    }
    return out;
  }

  /** Characters in paragraphs of {@code e} that are mostly not links. */
  static int proseChars(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      if (p.text().length() >= MIN_PARAGRAPH && linkDensity(p) < 0.5) {
        n += p.text().length();
      }
    }
    return n;
  }

  private static boolean keepSibling(
      Element s, Element top, double score, double threshold, double best) {
    double bonus =
        !top.className().isEmpty() && s.className().equals(top.className()) ? best * 0.2 : 0;
    if (score + bonus >= threshold) {
      return true;
    }
    if (s.normalName().equals("p")) {
      String text = s.text();
      double ld = linkDensity(s);
      return text.length() > 80 && ld < 0.25
          || text.length() > 0 && ld == 0 && text.matches("(?s).*\\.( |$).*");
    }
    return false;
  }

  /**
   * Prose length owned by {@code e}: the whole text of a {@code <p>}/{@code <pre>}, or the text
   * directly inside any other element (pages that separate paragraphs with {@code <br>}).
   */
  private static int ownProse(Element e) {
    String tag = e.normalName();
    if (tag.equals("p") || tag.equals("pre")) {
      return e.text().length();
    }
    if (tag.equals("div") || tag.equals("td") || tag.equals("section") || tag.equals("article")) {
      return directText(e).length();
    }
    return 0;
  }

  private static String directText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        sb.append(t.text());
      } else if (n instanceof Element c && isInline(c)) {
        sb.append(c.text());
      }
    }
    return sb.toString().strip();
  }

  private static boolean isInline(Element e) {
    return switch (e.normalName()) {
      case "a", "b", "strong", "i", "em", "span", "u", "small", "sup", "sub", "mark", "q", "cite" ->
          true;
      default -> false;
    };
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  private static double classWeight(Element e) {
    double w = 0;
    for (String key : List.of(e.className(), e.id())) {
      if (!key.isEmpty()) {
        String k = key.toLowerCase(Locale.ROOT);
        w += NEGATIVE.matcher(k).find() ? -25 : 0;
        w += POSITIVE.matcher(k).find() ? 25 : 0;
      }
    }
    return w;
  }

  /** Share of {@code e}'s text inside links. */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / total);
  }
}
