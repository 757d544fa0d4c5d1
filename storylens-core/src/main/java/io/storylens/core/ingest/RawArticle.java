// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.model.Sourced;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article as parsed, before cleaning.
 *
 * @param source the input name (path as given, or URL), with {@code #line} for JSON Lines
 * @param format detected format
 * @param title headline with provenance
 * @param outlet outlet with provenance
 * @param url canonical URL with provenance
 * @param published publication date with provenance
 * @param author byline with provenance
 * @param body the body text; paragraphs separated by newlines
 * @param metadata extra fields kept verbatim
 * @param warnings warnings found while parsing (e.g. an implausible date)
 */
public record RawArticle(
    String source,
    Format format,
    Sourced<String> title,
    Sourced<String> outlet,
    Sourced<String> url,
    Sourced<LocalDate> published,
    Sourced<String> author,
    String body,
    Map<String, String> metadata,
    List<String> warnings) {
  public RawArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(body, "body");
    metadata = Map.copyOf(metadata);
    warnings = List.copyOf(warnings);
  }

  /** A raw article with only a body and an optional date; other fields unknown. */
  public static RawArticle ofBody(
      String source, Format format, Sourced<LocalDate> published, String body) {
    return new RawArticle(
        source,
        format,
        Sourced.none(),
        Sourced.none(),
        Sourced.none(),
        published,
        Sourced.none(),
        body,
        Map.of(),
        List.of());
  }

  /** A copy with another outlet. */
  public RawArticle withOutlet(Sourced<String> newOutlet) {
    return new RawArticle(
        source, format, title, newOutlet, url, published, author, body, metadata, warnings);
  }

  /** A copy with another title. */
  public RawArticle withTitle(Sourced<String> newTitle) {
    return new RawArticle(
        source, format, newTitle, outlet, url, published, author, body, metadata, warnings);
  }
}
