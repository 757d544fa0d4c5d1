// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

/** Parses the decoded text of one input in one format. */
@FunctionalInterface
public interface DocumentParser {
  /**
   * Parses {@code text}.
   *
   * @param source the input name, used in articles and problems
   * @param text the whole decoded input
   * @return the articles found and the problems met; never throws for bad content
   */
  ParseResult parse(String source, String text);
}
