// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Main-text extraction: {@link DomPrune} removes page furniture, {@link MainContent} picks the
 * article elements, and block elements become paragraphs separated by newlines. When no element
 * scores as prose (very short pages), the whole pruned body is used. Never throws for any parsed
 * document.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "blockquote",
          "pre",
          "section",
          "article",
          "tr",
          "br",
          "figcaption",
          "dd",
          "dt",
          "header",
          "footer",
          "aside",
          "ul",
          "ol",
          "table",
          "main");

  /** Blocks dropped when most of their text is link text. */
  private static final Set<String> LINK_LISTS =
      Set.of("ul", "ol", "li", "div", "section", "p", "table", "dl", "header");

  private HtmlText() {}

  /** The main text of the page, one paragraph per line. */
  public static String extract(Document doc) {
    Document work = doc.clone();
    DomPrune.prune(work);
    Element body = work.body();
    if (body == null) {
      return "";
    }
    List<Element> main = MainContent.find(body);
    if (main.isEmpty()) {
      return paragraphs(body);
    }
    List<String> parts = new ArrayList<>();
    for (Element e : main) {
      String t = paragraphs(e);
      if (!t.isEmpty()) {
        parts.add(t);
      }
    }
    return String.join("\n", parts);
  }

  /** Text of {@code root} with a newline at every block boundary, whitespace collapsed. */
  static String paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    walk(root, cur, out);
    flush(cur, out);
    return String.join("\n", out);
  }

  private static void walk(Node node, StringBuilder cur, List<String> out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        cur.append(t.text());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style") || tag.equals("noscript")) {
          continue;
        }
        boolean block = BLOCKS.contains(tag);
        if (block && LINK_LISTS.contains(tag) && linkList(e)) {
          // Lists of links inside the article container: related stories, tags, share bars.
          flush(cur, out);
          continue;
        }
        if (block) {
          flush(cur, out);
        }
        walk(e, cur, out);
        if (block) {
          flush(cur, out);
        }
      }
    }
  }

  /**
   * A block that is mostly links and has little text of its own (under 50 characters outside
   * links): a list of related stories or tags. Link-led prose (bullets opening with a linked
   * headline) keeps its own sentences and stays.
   */
  private static boolean linkList(Element e) {
    double ld = MainContent.linkDensity(e);
    return ld > 0.5 && e.text().length() * (1 - ld) < 50;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    String s = cur.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    if (!s.isEmpty() && !DatelineFilter.isDateline(s)) {
      out.add(s);
    }
    cur.setLength(0);
  }
}
