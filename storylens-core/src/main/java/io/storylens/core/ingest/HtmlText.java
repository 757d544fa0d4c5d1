// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Main-text extraction: Readability4J finds the article container, then block elements become
 * paragraphs separated by newlines.
 */
public final class HtmlText {
  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of(
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

  /** An absolute URI for readability, which logs errors on relative or empty ones. */
  private static String baseUri(Document doc) {
    String loc = doc.location();
    return loc.startsWith("http://") || loc.startsWith("https://") ? loc : "https://localhost/";
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

  private static void flush(StringBuilder cur, List<String> out) {
    String s = cur.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    cur.setLength(0);
  }
}
