// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.nlp.LanguageAnnotator;
import io.storylens.core.nlp.NlpMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Test helper: SUTime plus the document rules on one text, as expression → TIMEX3 value. */
final class ResolvedValues {
  private static final LanguageAnnotator TIME = LanguageAnnotator.coreNlp(NlpMode.TIME);

  private ResolvedValues() {}

  /** The values of the expressions in {@code text}, written on {@code date} (ISO). */
  static Map<String, String> of(String text, String date) {
    Optional<LocalDate> d = Optional.of(LocalDate.parse(date));
    List<RawTimex> raws = TIME.annotate(text, d).timexes();
    return DocumentTimexes.resolve(text, raws, d).stream()
        .collect(Collectors.toMap(r -> r.raw().text(), r -> r.value(), (x, y) -> x));
  }
}
