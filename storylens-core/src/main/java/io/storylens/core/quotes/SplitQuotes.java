// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a quotation that its attribution splits in two inside one paragraph: “We are ready,” he
 * said, “and we will go.” is one statement to a reader, and listing its second half as a quote of
 * its own shows a fragment that starts mid-thought. The extractor keeps the halves apart (PolNeAR
 * annotates them so, and the quotes evaluation scores them so); dossiers list them joined.
 */
final class SplitQuotes {
  /** The longest stretch of text between the halves: the attribution and its punctuation. */
  private static final int MAX_GAP = 80;

  private SplitQuotes() {}

  /**
   * {@code found} (one article's attributions, in text order) with each marked quotation whose
   * attribution stands between it and the next marked quotation of the same speaker, in the same
   * paragraph, joined with that next one.
   */
  static List<Attribution> join(String text, List<Attribution> found) {
    List<Attribution> out = new ArrayList<>(found.size());
    for (Attribution b : found) {
      int last = out.size() - 1;
      if (last >= 0 && splits(text, out.get(last), b)) {
        out.set(last, joined(out.get(last), b));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  private static boolean splits(String text, Attribution a, Attribution b) {
    if (!a.marked() || !b.marked() || !a.hasSpeaker() || a.mentionStart() < 0) {
      return false;
    }
    boolean sameMention = a.mentionStart() == b.mentionStart() && a.mentionEnd() == b.mentionEnd();
    boolean between = a.contentEnd() <= a.mentionStart() && a.mentionEnd() <= b.contentStart();
    if (!sameMention || !between || b.contentStart() - a.contentEnd() > MAX_GAP) {
      return false;
    }
    return text.substring(a.contentEnd(), b.contentStart()).indexOf('\n') < 0;
  }

  private static Attribution joined(Attribution a, Attribution b) {
    String first = a.text().strip();
    String second = b.text().strip();
    boolean cut = false;
    while (!first.isEmpty() && ",;:—–-".indexOf(first.charAt(first.length() - 1)) >= 0) {
      first = first.substring(0, first.length() - 1).strip();
      cut = true;
    }
    if (cut && !second.isEmpty() && Character.isUpperCase(second.charAt(0))) {
      first += "."; // “…a sacred obligation,” Biden said. “That …”: the comma stood for a stop
    }
    return a.withContent(a.contentStart(), b.contentEnd(), first + " " + second);
  }
}
