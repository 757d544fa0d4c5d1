// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import io.storylens.model.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML pages: metadata from JSON-LD, Open Graph / article meta tags, {@code <time>} and the URL;
 * main text from {@link HtmlText}.
 */
public final class HtmlParser implements DocumentParser {
  /**
   * Deepest element nesting read. Real pages stay well under 100; the text extraction recurses per
   * level, so a hostile page nested thousands deep would overflow the stack.
   */
  static final int MAX_DEPTH = 400;

  /** The URL the page was fetched from, when known (WARC target URI); empty otherwise. */
  private final Optional<String> baseUrl;

  public HtmlParser() {
    this(Optional.empty());
  }

  public HtmlParser(Optional<String> baseUrl) {
    this.baseUrl = baseUrl;
  }

  @Override
  public ParseResult parse(String source, String html) {
    Document doc = Jsoup.parse(html, baseUrl.orElse(""));
    int depth = maxDepth(doc);
    if (depth > MAX_DEPTH) {
      return ParseResult.failed(
          IngestProblem.of(
              source,
              io.storylens.model.ErrorCode.INVALID_INPUT,
              "HTML nests elements "
                  + depth
                  + " levels deep; pages deeper than "
                  + MAX_DEPTH
                  + " levels are not read"));
    }
    List<JsonNode> ld = jsonLd(doc);
    Sourced<String> url =
        first(
            meta(doc, "link[rel=canonical]", "href", Provenance.HTML_META),
            meta(doc, "meta[property=og:url]", "content", Provenance.HTML_META),
            baseUrl.map(u -> Sourced.of(u, Provenance.URL)).orElse(Sourced.none()));
    Sourced<String> outlet =
        first(
            meta(doc, "meta[property=og:site_name]", "content", Provenance.HTML_META),
            ldPublisher(ld),
            meta(doc, "meta[name=application-name]", "content", Provenance.HTML_META),
            url.value().map(Outlets::fromUrl).orElse(Sourced.none()));
    Sourced<String> title =
        cleanTitle(
            outlet,
            url,
            meta(doc, "meta[property=og:title]", "content", Provenance.HTML_META),
            ldText(ld, "headline"),
            text(doc.selectFirst("h1")),
            text(doc.selectFirst("title")));
    Sourced<String> author =
        first(
            meta(doc, "meta[name=author]", "content", Provenance.HTML_META),
            ldAuthor(ld),
            meta(doc, "meta[property=article:author]", "content", Provenance.HTML_META));
    Sourced<LocalDate> published = published(doc, ld, url);
    String body = HtmlText.extract(doc);
    Map<String, String> metadata = new TreeMap<>();
    meta(doc, "meta[name=description]", "content", Provenance.HTML_META)
        .value()
        .ifPresent(d -> metadata.put("description", d));
    return ParseResult.of(
        new RawArticle(
            source, Format.HTML, title, outlet, url, published, author, body, metadata, List.of()));
  }

  /**
   * The first candidate that is a headline once cleaned ({@link Headlines#clean}): pages often put
   * their site name in {@code og:title} or {@code <title>} while {@code <h1>} holds the headline.
   */
  @SafeVarargs
  private static Sourced<String> cleanTitle(
      Sourced<String> outlet, Sourced<String> url, Sourced<String>... candidates) {
    List<String> own = new ArrayList<>();
    outlet.value().ifPresent(own::add);
    url.value().flatMap(Outlets::host).ifPresent(own::add);
    for (Sourced<String> c : candidates) {
      if (c.value().isPresent()) {
        var cleaned = Headlines.clean(c.value().get(), own);
        if (cleaned.isPresent()) {
          return Sourced.of(cleaned.get(), c.from(), c.confidence());
        }
      }
    }
    return Sourced.none();
  }

  /** The deepest node level, counted without recursion (jsoup's traversal is iterative). */
  static int maxDepth(Document doc) {
    int[] max = {0};
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), doc);
    return max[0];
  }

  private static Sourced<LocalDate> published(
      Document doc, List<JsonNode> ld, Sourced<String> url) {
    for (JsonNode n : ld) {
      Optional<LocalDate> d = DateParsing.parse(n.path("datePublished").asText(null));
      if (d.isPresent()) {
        return Sourced.of(d.get(), Provenance.JSON_LD);
      }
    }
    for (String sel :
        List.of(
            "meta[property=article:published_time]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=date]",
            "meta[itemprop=datePublished]",
            "meta[name=dc.date]",
            "meta[name=DC.date.issued]",
            "meta[name=sailthru.date]",
            "meta[name=parsely-pub-date]")) {
      Element e = doc.selectFirst(sel);
      if (e != null) {
        Optional<LocalDate> d = DateParsing.parse(e.attr("content"));
        if (d.isPresent()) {
          return Sourced.of(d.get(), Provenance.HTML_META);
        }
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      Optional<LocalDate> d = DateParsing.parse(time.attr("datetime"));
      if (d.isPresent()) {
        return Sourced.of(d.get(), Provenance.HTML_META);
      }
    }
    return url.value()
        .flatMap(DateParsing::fromUrl)
        .map(d -> Sourced.of(d, Provenance.URL, 0.8))
        .orElse(Sourced.none());
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(Json.mapper().readTree(script.data()), out);
      } catch (Exception e) {
        // Malformed JSON-LD is common; the other metadata sources still apply.
      }
    }
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out);
    }
  }

  private static Sourced<String> ldText(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      String v = n.path(field).asText("").strip();
      if (!v.isEmpty()) {
        return Sourced.of(v, Provenance.JSON_LD);
      }
    }
    return Sourced.none();
  }

  private static Sourced<String> ldPublisher(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode p = n.path("publisher");
      String v = (p.isTextual() ? p.asText() : p.path("name").asText("")).strip();
      if (!v.isEmpty()) {
        return Sourced.of(v, Provenance.JSON_LD);
      }
    }
    return Sourced.none();
  }

  private static Sourced<String> ldAuthor(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      // Several authors are joined in byline order: "A, B".
      List<String> names = new ArrayList<>();
      JsonNode a = n.path("author");
      for (JsonNode one : a.isArray() ? a : List.of(a)) {
        String v = (one.isTextual() ? one.asText() : one.path("name").asText("")).strip();
        if (!v.isEmpty() && !names.contains(v)) {
          names.add(v);
        }
      }
      if (!names.isEmpty()) {
        return Sourced.of(String.join(", ", names), Provenance.JSON_LD);
      }
    }
    return Sourced.none();
  }

  private static Sourced<String> meta(Document doc, String css, String attr, Provenance from) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return Sourced.none();
    }
    String v = e.attr(attr).strip();
    return v.isEmpty() ? Sourced.none() : Sourced.of(v, from);
  }

  private static Sourced<String> text(Element e) {
    if (e == null) {
      return Sourced.none();
    }
    String v = e.text().strip();
    return v.isEmpty() ? Sourced.none() : Sourced.of(v, Provenance.HTML_META, 0.8);
  }

  @SafeVarargs
  private static Sourced<String> first(Sourced<String>... options) {
    for (Sourced<String> s : options) {
      if (s.value().isPresent()) {
        return s;
      }
    }
    return Sourced.none();
  }
}
