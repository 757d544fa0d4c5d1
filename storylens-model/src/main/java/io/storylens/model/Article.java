// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.time.LocalDate;
import java.util.Collections;
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
    metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
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
    return builder(id, source, "plain", text).build();
  }

  /** A builder of an article with these required fields and nothing else known. */
  public static Builder builder(String id, String source, String format, String text) {
    return new Builder(id, source, format, text);
  }

  /** A builder holding this article's fields, to change some of them. */
  public Builder toBuilder() {
    return new Builder(id, source, format, text)
        .title(title)
        .outlet(outlet)
        .url(url)
        .published(published)
        .author(author)
        .dateWarnings(dateWarnings)
        .removed(removed)
        .flags(flags)
        .metadata(metadata);
  }

  /** A copy with another publication date (e.g. the effective date inferred from the text). */
  public Article withPublished(Sourced<LocalDate> date) {
    return toBuilder().published(date).build();
  }

  /** A copy with another body text (same id: callers keep identity, e.g. the store). */
  public Article withText(String newText) {
    return toBuilder().text(newText).build();
  }

  /** A copy with different date warnings (set by the timeline stage). */
  public Article withDateWarnings(List<String> warnings) {
    return toBuilder().dateWarnings(warnings).build();
  }

  /** A copy with another URL (as a source gave it). */
  public Article withUrl(Sourced<String> newUrl) {
    return toBuilder().url(newUrl).build();
  }

  /** A copy with other metadata fields. */
  public Article withMetadata(Map<String, String> newMetadata) {
    return toBuilder().metadata(newMetadata).build();
  }

  /**
   * The fields of an {@link Article} one by one, so that a copy or a new article names only what it
   * sets; unset fields are unknown ({@link Sourced#none()}) or empty. {@link #build} checks them as
   * the record's constructor does.
   */
  public static final class Builder {
    private String id;
    private String source;
    private String format;
    private String text;
    private Sourced<String> title = Sourced.none();
    private Sourced<String> outlet = Sourced.none();
    private Sourced<String> url = Sourced.none();
    private Sourced<LocalDate> published = Sourced.none();
    private Sourced<String> author = Sourced.none();
    private List<String> dateWarnings = List.of();
    private List<RemovedSpan> removed = List.of();
    private List<String> flags = List.of();
    private Map<String, String> metadata = Map.of();

    private Builder(String id, String source, String format, String text) {
      this.id = id;
      this.source = source;
      this.format = format;
      this.text = text;
    }

    public Builder id(String value) {
      this.id = value;
      return this;
    }

    public Builder source(String value) {
      this.source = value;
      return this;
    }

    public Builder format(String value) {
      this.format = value;
      return this;
    }

    public Builder text(String value) {
      this.text = value;
      return this;
    }

    public Builder title(Sourced<String> value) {
      this.title = value;
      return this;
    }

    public Builder outlet(Sourced<String> value) {
      this.outlet = value;
      return this;
    }

    public Builder url(Sourced<String> value) {
      this.url = value;
      return this;
    }

    public Builder published(Sourced<LocalDate> value) {
      this.published = value;
      return this;
    }

    public Builder author(Sourced<String> value) {
      this.author = value;
      return this;
    }

    public Builder dateWarnings(List<String> value) {
      this.dateWarnings = value;
      return this;
    }

    public Builder removed(List<RemovedSpan> value) {
      this.removed = value;
      return this;
    }

    public Builder flags(List<String> value) {
      this.flags = value;
      return this;
    }

    public Builder metadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    public Article build() {
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
          metadata);
    }
  }
}
