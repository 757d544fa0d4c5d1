// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.model.Article;
import io.storylens.model.Timex;
import java.time.LocalDate;
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
    List<ResolvedTimex> resolved = resolve(annotations, a.publishedDate(), Optional.empty());
    DateCheck check = DateChecker.check(a, resolved);
    if (a.publishedDate().isEmpty() && check.effectiveDate().isPresent()) {
      // Undated article: expressions SUTime left open ("XXXX-01-10", "XXXX-WXX-2") are resolved
      // against the inferred date, with the same rules.
      resolved = resolve(annotations, Optional.empty(), check.effectiveDate());
    }
    List<String> warnings = new ArrayList<>(a.dateWarnings());
    for (String w : check.warnings()) {
      if (!warnings.contains(w)) {
        warnings.add(w);
      }
    }
    return new ArticleTimes(a.withDateWarnings(warnings), resolved, check);
  }

  /**
   * Resolves every raw timex against {@code anchor}; when {@code inferred} is given, open values
   * are first given its year and then resolved against it.
   */
  private static List<ResolvedTimex> resolve(
      ArticleAnnotations annotations, Optional<LocalDate> anchor, Optional<LocalDate> inferred) {
    List<ResolvedTimex> out = new ArrayList<>();
    for (ArticleAnnotations.RawTimex raw : annotations.timexes()) {
      ArticleAnnotations.RawTimex t = raw;
      Optional<LocalDate> at = anchor;
      if (inferred.isPresent() && raw.value().startsWith("XXXX")) {
        String value =
            raw.value().startsWith("XXXX-W")
                ? raw.value()
                : inferred.get().getYear() + raw.value().substring(4);
        t =
            new ArticleAnnotations.RawTimex(
                raw.text(), raw.type(), value, raw.begin(), raw.end(), raw.sentence(), raw.tense());
        at = inferred;
      }
      Optional<String> v = TimexResolver.resolve(t, at);
      if (v.isPresent()) {
        out.add(
            new ResolvedTimex(
                t.text(), TimexResolver.type(t, v.get()), v.get(), t.sentence(), t.tense()));
      }
    }
    return out;
  }

  /** The TIMEX3 records for {@code storylens.json}. */
  public List<Timex> timexRecords() {
    return timexes.stream().map(ResolvedTimex::toTimex).toList();
  }
}
