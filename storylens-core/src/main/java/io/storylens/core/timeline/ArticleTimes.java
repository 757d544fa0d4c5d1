// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.model.Article;
import io.storylens.model.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The time expressions of one article, resolved against its own date, and the check of that date.
 * When the check finds the header date stale (or the article undated), the expressions are resolved
 * again against the effective date, so "Tuesday" in a republished story lands in the week the story
 * was written.
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
    List<RawTimex> raws = withoutPersons(annotations);
    List<ResolvedTimex> resolved = resolve(a.text(), raws, a.publishedDate());
    DateCheck check = DateChecker.check(a, resolved);
    Optional<LocalDate> effective = check.effectiveDate();
    if (effective.isPresent() && !effective.equals(a.publishedDate())) {
      // Stale header or no header: SUTime counted relative expressions ("yesterday", "last
      // month") from the header, so their values move with the anchor; open values ("XXXX-01-10")
      // take the effective year. The resolver's own rules then run against the effective date.
      List<RawTimex> moved = new ArrayList<>();
      for (RawTimex raw : raws) {
        moved.add(Reanchor.move(raw, a.publishedDate(), effective.get()));
      }
      resolved = resolve(a.text(), moved, effective);
    }
    return restore(a, resolved, check);
  }

  /**
   * The times of {@code a} as {@link #of} computed them before: its resolved expressions and date
   * check (saved results), with the check's warnings added to the article as {@link #of} adds them.
   */
  public static ArticleTimes restore(Article a, List<ResolvedTimex> resolved, DateCheck check) {
    List<String> warnings = new ArrayList<>(a.dateWarnings());
    for (String w : check.warnings()) {
      if (!warnings.contains(w)) {
        warnings.add(w);
      }
    }
    return new ArticleTimes(a.withDateWarnings(warnings), resolved, check);
  }

  /**
   * The time expressions without those inside a person's name: the recognizer that found "Theresa
   * May" or "Ajmal Jan" a person knows better than SUTime, which reads the name as a month.
   */
  private static List<RawTimex> withoutPersons(ArticleAnnotations annotations) {
    List<ArticleAnnotations.Mention> persons =
        annotations.mentions().stream().filter(m -> m.type().equals("PERSON")).toList();
    if (persons.isEmpty()) {
      return annotations.timexes();
    }
    return annotations.timexes().stream()
        .filter(t -> persons.stream().noneMatch(p -> p.begin() < t.end() && t.begin() < p.end()))
        .toList();
  }

  private static List<ResolvedTimex> resolve(
      String text, List<RawTimex> raws, Optional<LocalDate> anchor) {
    return DocumentTimexes.resolve(text, raws, anchor).stream()
        .map(
            r ->
                new ResolvedTimex(
                    r.raw().text(), r.type(), r.value(), r.raw().sentence(), r.raw().tense()))
        .toList();
  }

  /** The TIMEX3 records for {@code storylens.json}. */
  public List<Timex> timexRecords() {
    return timexes.stream().map(ResolvedTimex::toTimex).toList();
  }
}
