// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parsers for the four plain-text formats. */
final class TextParsers {
  private TextParsers() {}

  /** {@code " date 2021-12-28 First sentence…"}: the body may continue on the date line. */
  static ParseResult dateLine(String source, String text) {
    String t = FormatDetector.stripBom(text);
    var m = FormatDetector.DATE_LINE.matcher(t);
    if (!m.find()) {
      return plain(source, text);
    }
    String dateText = m.group().strip().substring("date ".length());
    Sourced<LocalDate> date = dated(DateParsing.parse(dateText), Provenance.HEADER);
    return ParseResult.of(RawArticle.ofBody(source, Format.DATE_LINE, date, t.substring(m.end())));
  }

  /** Title line, {@code yyyymmdd} line, URL line, body. */
  static ParseResult headerBlock(String source, String text) {
    String[] lines = FormatDetector.stripBom(text).split("\n", 4);
    if (lines.length < 4) {
      return plain(source, text);
    }
    String url = lines[2].strip();
    Sourced<LocalDate> date = dated(DateParsing.parse(lines[1].strip()), Provenance.HEADER);
    RawArticle a =
        new RawArticle(
            source,
            Format.HEADER_BLOCK,
            Sourced.of(lines[0].strip(), Provenance.HEADER),
            Outlets.fromUrl(url),
            Sourced.of(url, Provenance.HEADER),
            date,
            Sourced.none(),
            lines[3],
            Map.of(),
            List.of());
    return ParseResult.of(a);
  }

  /** {@code "Tue, 18 Jan 2022"} line, body. */
  static ParseResult rfc822(String source, String text) {
    String t = FormatDetector.stripBom(text).stripLeading();
    int nl = t.indexOf('\n');
    String first = nl < 0 ? t : t.substring(0, nl);
    String body = nl < 0 ? "" : t.substring(nl + 1);
    Sourced<LocalDate> date = dated(DateParsing.parse(first), Provenance.HEADER);
    return ParseResult.of(RawArticle.ofBody(source, Format.RFC822, date, body));
  }

  /** No header at all. */
  static ParseResult plain(String source, String text) {
    return ParseResult.of(
        RawArticle.ofBody(source, Format.PLAIN, Sourced.none(), FormatDetector.stripBom(text)));
  }

  static Sourced<LocalDate> dated(Optional<LocalDate> date, Provenance from) {
    return date.map(d -> Sourced.of(d, from)).orElse(Sourced.none());
  }
}
