// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.text.Sentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves all time expressions of one text: each one alone with {@link TimexResolver}, then the
 * document-level {@link ReportingPeriods} rules, which need the text around the expressions.
 */
public final class DocumentTimexes {
  private DocumentTimexes() {}

  /**
   * A resolved expression with its extent in the annotated text.
   *
   * @param raw the expression as annotated (for expressions the rules added: its text and extent,
   *     with a placeholder value)
   * @param type TIMEX3 type
   * @param value resolved TIMEX3 value
   */
  public record Resolved(RawTimex raw, String type, String value) {
    public Resolved {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The expressions of {@code text} resolved against {@code anchor}, in text order; expressions
   * with invalid values are dropped. {@code raws} are offsets into {@code text}.
   */
  public static List<Resolved> resolve(
      String text, List<RawTimex> raws, Optional<LocalDate> anchor) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    List<ReportingPeriods.Item> items = new ArrayList<>();
    for (RawTimex raw : raws) {
      RawTimex t = withContext(text, raw);
      Optional<String> v = TimexResolver.resolve(t, anchor);
      v.ifPresent(value -> items.add(new ReportingPeriods.Item(t, TimexResolver.type(t, value), value)));
    }
    if (anchor.isPresent()) {
      List<Sentences.Span> spans = Sentences.spans(text);
      List<ReportingPeriods.Item> applied =
          ReportingPeriods.apply(text, items, anchor.get(), b -> sentenceOf(spans, b));
      items.clear();
      items.addAll(applied);
    }
    return items.stream()
        .map(
            i ->
                new Resolved(
                    i.raw(), i.type().equals("DURATION") && !i.value().startsWith("P") ? "DATE" : i.type(), i.value()))
        .toList();
  }

  /** "Orthodox" before "Christmas" is part of the holiday's name (7 January, not 25 December). */
  private static final java.util.regex.Pattern ORTHODOX =
      java.util.regex.Pattern.compile("(?i)\\borthodox\\s+$");

  private static RawTimex withContext(String text, RawTimex t) {
    if (t.begin() < 0
        || t.end() > text.length()
        || !text.startsWith(t.text(), t.begin())
        || !t.text().toLowerCase(java.util.Locale.ROOT).startsWith("christmas")) {
      return t;
    }
    java.util.regex.Matcher m =
        ORTHODOX.matcher(text.substring(Math.max(0, t.begin() - 12), t.begin()));
    if (!m.find()) {
      return t;
    }
    int begin = t.begin() - (m.end() - m.start());
    return new RawTimex(
        text.substring(begin, t.end()),
        t.type(),
        t.value(),
        begin,
        t.end(),
        t.sentence(),
        t.tense());
  }

  private static int sentenceOf(List<Sentences.Span> spans, int offset) {
    int found = 0;
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).start() <= offset) {
        found = i;
      } else {
        break;
      }
    }
    return found;
  }
}
