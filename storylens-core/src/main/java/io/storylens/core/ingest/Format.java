// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

/** Input formats, detected by content. */
public enum Format {
  /** First line {@code " date YYYY-MM-DD"} then the body (the body may start on that line). */
  DATE_LINE("date-line"),
  /** Title line, {@code yyyymmdd} line, URL line, then the body. */
  HEADER_BLOCK("header-block"),
  /** An RFC-822-like date line ({@code Tue, 18 Jan 2022}), then the body. */
  RFC822("rfc822-date"),
  /** Plain text without any header. */
  PLAIN("plain"),
  /** An HTML page. */
  HTML("html"),
  /** JSON Lines, one article per line. */
  JSONL("jsonl"),
  /** A WARC archive. */
  WARC("warc"),
  /**
   * TREC/LDC newswire SGML: one or several {@code <DOC>} elements with {@code <DOCNO>}, {@code
   * <DATE_TIME>}, {@code <HEADLINE>} and {@code <TEXT>} (the AQUAINT collection used by DUC).
   */
  TREC_SGML("trec-sgml");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  /** The label stored on articles and printed in output. */
  public String label() {
    return label;
  }
}
