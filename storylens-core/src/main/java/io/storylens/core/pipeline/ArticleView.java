// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.core.timeline.DateCheck;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Provenance;
import io.storylens.model.Quote;
import io.storylens.model.RemovedSpan;
import io.storylens.model.Timex;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article as written to {@code storylens.json}: flat fields with {@code *_from} provenance. The
 * field names are a published contract (docs/schema): add fields, never rename them.
 */
public record ArticleView(
    String id,
    String source,
    String format,
    Optional<String> outlet,
    Provenance outletFrom,
    double outletConfidence,
    Optional<String> title,
    Provenance titleFrom,
    Optional<String> url,
    Provenance urlFrom,
    Optional<LocalDate> published,
    Provenance publishedFrom,
    Optional<String> author,
    List<String> dateWarnings,
    List<RemovedSpan> removed,
    List<String> flags,
    Map<String, String> metadata,
    String text,
    List<Quote> quotes,
    List<Claim> claims,
    List<Timex> timexes,
    Optional<LocalDate> effectiveDate,
    Optional<String> effectiveDateFrom,
    List<String> dateEvidence) {

  public ArticleView {
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    timexes = List.copyOf(timexes);
    dateEvidence = List.copyOf(dateEvidence);
  }

  /**
   * This view with the language layer's results: TIMEX3 expressions resolved against the article's
   * own date, and the effective date with the evidence behind it.
   */
  public ArticleView withTimes(List<Timex> timexes, DateCheck check) {
    return new ArticleView(
        id,
        source,
        format,
        outlet,
        outletFrom,
        outletConfidence,
        title,
        titleFrom,
        url,
        urlFrom,
        published,
        publishedFrom,
        author,
        dateWarnings,
        removed,
        flags,
        metadata,
        text,
        quotes,
        claims,
        timexes,
        check.effectiveDate(),
        Optional.of(check.from()),
        check.evidence());
  }

  /** The view of {@code a}, without quotes and claims. */
  public static ArticleView of(Article a) {
    return of(a, List.of(), List.of());
  }

  /** The view of {@code a} with the quotes and claims found in it. */
  public static ArticleView of(Article a, List<Quote> quotes, List<Claim> claims) {
    return new ArticleView(
        a.id(),
        a.source(),
        a.format(),
        a.outlet().value(),
        a.outlet().from(),
        a.outlet().confidence(),
        a.title().value(),
        a.title().from(),
        a.url().value(),
        a.url().from(),
        a.published().value(),
        a.published().from(),
        a.author().value(),
        a.dateWarnings(),
        a.removed(),
        a.flags(),
        a.metadata(),
        a.text(),
        quotes,
        claims,
        List.of(),
        a.publishedDate(),
        a.publishedDate().map(d -> "header"),
        List.of());
  }
}
