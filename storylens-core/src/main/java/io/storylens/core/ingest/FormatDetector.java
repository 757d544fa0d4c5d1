// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Detects the format of a decoded input from its content. The file name is only a tie-breaker for
 * JSON Lines, never the deciding signal.
 */
public final class FormatDetector {
  static final Pattern DATE_LINE = Pattern.compile("^ ?date \\d{4}-\\d{2}-\\d{2}\\b");
  static final Pattern COMPACT_DATE = Pattern.compile("^\\d{8}$");
  static final Pattern URL_LINE = Pattern.compile("^(https?://|www\\.)\\S+$");
  static final Pattern RFC822_LINE =
      Pattern.compile(
          "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,\\s+\\d{1,2}\\s+[A-Z][a-z]{2,8}\\s+\\d{4}.*$");

  private FormatDetector() {}

  /** The format of {@code text}. */
  public static Format detect(String text) {
    String head = stripBom(text).stripLeading();
    String lowerHead = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(Locale.ROOT);
    if (lowerHead.startsWith("warc/")) {
      return Format.WARC;
    }
    // Before HTML: newswire SGML has <BODY> and <HEADLINE> elements too.
    if (lowerHead.startsWith("<doc>") && lowerHead.contains("<docno>")) {
      return Format.TREC_SGML;
    }
    if (lowerHead.startsWith("<!doctype html")
        || lowerHead.startsWith("<html")
        || lowerHead.startsWith("<?xml") && lowerHead.contains("<html")
        || (lowerHead.startsWith("<")
            && (lowerHead.contains("<body") || lowerHead.contains("<head")))) {
      return Format.HTML;
    }
    if (head.startsWith("{")) {
      return Format.JSONL;
    }
    String raw = stripBom(text);
    if (DATE_LINE.matcher(raw).find()) {
      return Format.DATE_LINE;
    }
    String[] lines = raw.split("\n", 4);
    if (lines.length >= 3
        && !lines[0].isBlank()
        && COMPACT_DATE.matcher(lines[1].strip()).matches()
        && URL_LINE.matcher(lines[2].strip()).matches()) {
      return Format.HEADER_BLOCK;
    }
    if (RFC822_LINE.matcher(lines[0].strip()).matches()) {
      return Format.RFC822;
    }
    return Format.PLAIN;
  }

  static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
