// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.model.Article;
import io.storylens.model.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The time expressions of one article, resolved against its own date, and the check of that date.
 *
 * @param article the article, with {@code dateWarnings} extended by the check's warnings
 * @param timexes resolved expressions in text order
 * @param check what the text says about the date
 */
public record ArticleTimes(Article article, List<ResolvedTimex> timexes, DateCheck check) {
  public ArticleTimes {
    Objects.requireNonNull(article, "article");
    timexes = List.copyOf(timexes);
    Objects.requireNonNull(check, "check");
  }

  /** Resolves the annotations of {@code a} and checks its date. */
  public static ArticleTimes of(Article a, ArticleAnnotations annotations) {
    List<ResolvedTimex> resolved = new ArrayList<>();
    for (ArticleAnnotations.RawTimex t : annotations.timexes()) {
      Optional<String> v = TimexResolver.resolve(t, a.publishedDate());
      v.ifPresent(
          value ->
              resolved.add(
                  new ResolvedTimex(
                      t.text(), TimexResolver.type(t, value), value, t.sentence(), t.tense())));
    }
    DateCheck check = DateChecker.check(a, resolved);
    List<String> warnings = new ArrayList<>(a.dateWarnings());
    for (String w : check.warnings()) {
      if (!warnings.contains(w)) {
        warnings.add(w);
      }
    }
    return new ArticleTimes(a.withDateWarnings(warnings), resolved, check);
  }

  /** The TIMEX3 records for {@code storylens.json}. */
  public List<Timex> timexRecords() {
    return timexes.stream().map(ResolvedTimex::toTimex).toList();
  }
}
