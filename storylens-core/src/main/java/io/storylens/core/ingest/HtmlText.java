// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
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
    Element content = null;
    try {
      Article article = new Readability4JExtended(doc.location(), doc.clone()).parse();
      content = article.getArticleContent();
    } catch (RuntimeException e) {
      // Readability can fail on odd markup; fall back to the whole body below.
    }
    if (content == null || content.text().isBlank()) {
      content = doc.body();
    }
    if (content == null) {
      return "";
    }
    return paragraphs(content);
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
