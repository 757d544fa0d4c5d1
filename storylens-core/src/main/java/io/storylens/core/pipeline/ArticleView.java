// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Provenance;
import io.storylens.model.Quote;
import io.storylens.model.RemovedSpan;
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
    List<Claim> claims) {

  public ArticleView {
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
  }

  /** The view of {@code a}, without quotes and claims. */
  public static ArticleView of(Article a) {
    return of(a, List.of(), List.of());
  }

  /** The view of {@code a} with the quotes and claims found in it (issue 7). */
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
        claims);
  }
}
