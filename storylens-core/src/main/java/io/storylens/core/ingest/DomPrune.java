// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture from a DOM before the main-text search: scripts and media, navigation,
 * headers (title, byline, date), captions, share bars, related links, newsletter boxes, comments
 * and hidden elements. Hand-written: readability ports only skip such blocks when scoring
 * candidates, but they survive inside the chosen container, and the class/id vocabulary of news
 * templates is not listed by any library. A block holding most of the page's paragraph text is
 * never removed, so a misleading class name on a wrapper cannot drop the article.
 */
final class DomPrune {
  /** Elements that never hold article prose. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, svg, canvas, button, input, select, textarea,"
          + " nav, aside, footer, figcaption, picture, video, audio, object, embed, dialog, h1,"
          + " [hidden], [aria-hidden=true], [role=navigation], [role=complementary],"
          + " [role=contentinfo], [role=dialog], [role=banner]";

  /**
   * Class/id words of furniture blocks in news templates (a word must start at a non-letter
   * boundary, except "caption" as in {@code imageCaption}; {@code ad}/{@code ads} must be whole
   * words).
   */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "caption|(?:^|[^a-z])(?:share|sharing|social|newsletter|subscri|signup|sign-up|related|recommend"
              + "|promo|outbrain|taboola|byline|author|credit|breadcrumb|comment|disqus"
              + "|more-stories|morestories|trending|popular|most-read|mostread|read-more|readmore"
              + "|advert|sponsor|sidebar|widget|toolbar|tags|tag-list|topics|keywords|pagination"
              + "|pager|cookie|gdpr|consent|modal|popup|paywall|footer|masthead|menu|nav|skip"
              + "|timestamp|dateline|print|login|inline-video"
              + "|video-player|embed-video|gallery|slideshow|ad-|ads-|(?:ad|ads)(?:$|[^a-z]))");

  private static final Pattern LABEL =
      Pattern.compile(
          "\\s*(advertisement|advert|ad|ads|sponsored|comments?|share( this)?|print|e-?mail|tweet"
              + "|scroll to top|back to top|read more|continue reading|skip to content)\\s*[:.…]*\\s*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

  private DomPrune() {}

  /** Prunes {@code doc} in place. */
  static void prune(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return;
    }
    body.select(NEVER_TEXT).remove();
    // Timestamps are metadata, read separately; in the body they only add bylines' noise.
    body.select("time").remove();
    // A figure is furniture unless it embeds quoted text (tweets are kept by the gold bodies).
    for (Element f : body.select("figure")) {
      if (f.selectFirst("blockquote") == null) {
        f.remove();
      }
    }
    Map<Element, Integer> chars = paragraphChars(body);
    int total = chars.getOrDefault(body, 0);
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || e.normalName().equals("article") || e.normalName().equals("main")) {
        continue;
      }
      if ((isFurniture(e) || e.normalName().equals("header"))
          && !embedsQuote(e)
          && chars.getOrDefault(e, 0) * 2 < total) {
        doomed.add(e);
      }
    }
    doomed.forEach(Element::remove);
    // Labels left where ads and widgets were ("Advertisement", "Share"): whole-text matches only.
    for (Element e : body.getAllElements()) {
      boolean leafish =
          e.childrenSize() == 0 || e.childrenSize() == 1 && e.child(0).childrenSize() == 0;
      if (e != body && leafish && LABEL.matcher(e.text()).matches()) {
        e.remove();
      }
    }
  }

  /** Embedded posts (tweets) are quoted in blockquotes and belong to the article. */
  private static boolean embedsQuote(Element e) {
    return e.normalName().equals("blockquote") || e.selectFirst("blockquote") != null;
  }

  static boolean isFurniture(Element e) {
    String style = e.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
      return true;
    }
    String key = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return !key.isBlank() && FURNITURE.matcher(key).find();
  }

  /** Characters of {@code <p>} text under each element of {@code root}, in one pass. */
  static Map<Element, Integer> paragraphChars(Element root) {
    Map<Element, Integer> chars = new IdentityHashMap<>();
    for (Element p : root.select("p")) {
      int n = p.text().length();
      for (Element a = p; a != null; a = a.parent()) {
        chars.merge(a, n, Integer::sum);
        if (a == root) {
          break;
        }
      }
    }
    return chars;
  }
}
