// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

/**
 * Lines of an article that are not its prose: photo and video captions, headings and teasers
 * scraped into the text ("Lewis Hamilton talks about how good the team at Mercedes are", "The
 * champagne was flowing once again for Lewis Hamilton (left) after he won in Brazil"). News prose
 * ends each paragraph with a full stop, a question or exclamation mark, a colon or a closing
 * quotation mark; a caption or heading ends without one. A person named there is pictured or
 * announced, not the one the next "he said" continues, so pronouns never resolve to it.
 */
final class Captions {
  /** Fewer words than this make a line a lone name or dateline, not a caption. */
  private static final int MIN_WORDS = 4;

  /** What ends a line of prose. */
  private static final String PROSE_ENDS = ".!?:;\"”’'…";

  private Captions() {}

  /** Whether offset {@code at} of {@code text} lies on a caption or heading line. */
  static boolean inCaption(String text, int at) {
    int start = text.lastIndexOf('\n', at - 1) + 1;
    int end = text.indexOf('\n', at);
    String line = text.substring(start, end < 0 ? text.length() : end).strip();
    if (line.isEmpty() || line.split("\\s+").length < MIN_WORDS) {
      return false;
    }
    if (line.indexOf('"') >= 0 || line.indexOf('“') >= 0 || line.indexOf('”') >= 0) {
      return false; // a quoted paragraph whose closing mark the next paragraph carries
    }
    return PROSE_ENDS.indexOf(line.charAt(line.length() - 1)) < 0;
  }
}
