// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One ingested, cleaned news article.
 *
 * @param id stable identity: a content hash of the normalized text plus the source
 * @param source the input path as given, or the URL, plus {@code #line} for JSON Lines records
 * @param format the detected input format, e.g. {@code date-line}, {@code html}, {@code jsonl}
 * @param title the headline
 * @param outlet the publishing outlet (site name or domain)
 * @param url the URL exactly as the source gave it (shown and exported so); {@link
 *     #normalizedUrl()} is the form to match on
 * @param published the publication date as stated by the input (not corrected)
 * @param author the byline, if any
 * @param dateWarnings human-readable warnings about the publication date
 * @param removed spans removed by the clean stage, with reasons
 * @param flags text-quality flags set by the clean stage, e.g. {@code quotes-stripped}
 * @param text the cleaned body; paragraphs separated by a blank line
 * @param metadata extra input fields kept verbatim (e.g. unknown JSON fields), sorted by key
 */
public record Article(
    String id,
    String source,
    String format,
    Sourced<String> title,
    Sourced<String> outlet,
    Sourced<String> url,
    Sourced<LocalDate> published,
    Sourced<String> author,
    List<String> dateWarnings,
    List<RemovedSpan> removed,
    List<String> flags,
    String text,
    Map<String, String> metadata) {

  public Article {
    requireText(id, "id");
    requireText(source, "source");
    requireText(format, "format");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(author, "author");
    dateWarnings = List.copyOf(dateWarnings);
    removed = List.copyOf(removed);
    flags = List.copyOf(flags);
    Objects.requireNonNull(text, "text");
    metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /** The publication date, if known. */
  public Optional<LocalDate> publishedDate() {
    return published.value();
  }

  /**
   * The URL in the form used for matching ({@link Urls#normalized}), if the article has one; {@link
   * #url()} keeps it as given.
   */
  public Optional<String> normalizedUrl() {
    return url.value().map(Urls::normalized);
  }

  /** The outlet name, or {@code "unknown"}. */
  public String outletName() {
    return outlet.value().orElse("unknown");
  }

  /** The headline, or the first words of the text. */
  public String displayTitle() {
    if (title.value().isPresent()) {
      return title.value().get();
    }
    String head = text.strip();
    int cut = head.indexOf('\n');
    if (cut > 0) {
      head = head.substring(0, cut);
    }
    return head.length() <= 90 ? head : head.substring(0, head.lastIndexOf(' ', 90) + 1) + "…";
  }

  /**
   * An article known only by its plain text: no title, outlet, URL, date or author, no warnings,
   * removals, flags or metadata (texts read from an annotated corpus, benchmarks, tests).
   */
  public static Article ofText(String id, String source, String text) {
    return new Article(
        id,
        source,
        "plain",
        Sourced.none(),
        Sourced.none(),
        Sourced.none(),
        Sourced.none(),
        Sourced.none(),
        List.of(),
        List.of(),
        List.of(),
        text,
        Map.of());
  }

  /** A copy with another publication date (e.g. the effective date inferred from the text). */
  public Article withPublished(Sourced<LocalDate> date) {
    return new Article(
        id,
        source,
        format,
        title,
        outlet,
        url,
        date,
        author,
        dateWarnings,
        removed,
        flags,
        text,
        metadata);
  }

  /** A copy with another body text (same id: callers keep identity, e.g. the store). */
  public Article withText(String newText) {
    return new Article(
        id,
        source,
        format,
        title,
        outlet,
        url,
        published,
        author,
        dateWarnings,
        removed,
        flags,
        newText,
        metadata);
  }

  /** A copy with different date warnings (set by the timeline stage). */
  public Article withDateWarnings(List<String> warnings) {
    return new Article(
        id, source, format, title, outlet, url, published, author, warnings, removed, flags, text,
        metadata);
  }

  /** A copy with another URL (as a source gave it). */
  public Article withUrl(Sourced<String> newUrl) {
    return new Article(
        id,
        source,
        format,
        title,
        outlet,
        newUrl,
        published,
        author,
        dateWarnings,
        removed,
        flags,
        text,
        metadata);
  }

  /** A copy with other metadata fields. */
  public Article withMetadata(Map<String, String> newMetadata) {
    return new Article(
        id,
        source,
        format,
        title,
        outlet,
        url,
        published,
        author,
        dateWarnings,
        removed,
        flags,
        text,
        newMetadata);
  }
}
