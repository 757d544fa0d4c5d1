// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.List;

/**
 * A run of quoted paragraphs: "“We were terrified,” said Ana Ruiz, who was on the train. ↵“Everyone
 * just went flying.”" A quoted paragraph with no attribution of its own continues the speaker of
 * the quoted paragraph right before it, the way a reader takes it, when nothing stands between the
 * two: no other attribution, no paragraph of reporting, no other person or organization named
 * outside the quotation marks. A paragraph of reported speech that ends with its statement opens
 * such a run too ("Croydon Central MP Gavin Barwell said his friend was on the tram. ↵“He's been
 * injured, he's in hospital …”"): the quotation goes on with what the speaker was just reported
 * saying.
 */
final class ParagraphContinuation {
  /** The rule's name in the speaker evidence. */
  static final String RULE = "paragraph";

  private final String text;
  private final Speakers speakers;

  ParagraphContinuation(String text, Speakers speakers) {
    this.text = text;
    this.speakers = speakers;
  }

  /** {@code a} with the speaker of the quoted paragraph it continues, or {@code a} unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    if (!a.marked() || a.hasSpeaker() || !a.mention().isEmpty() || !opensParagraph(a)) {
      return a;
    }
    Attribution previous = null;
    for (Attribution b : all) {
      if (b.contentEnd() <= a.contentStart()
          && (previous == null || b.contentEnd() > previous.contentEnd())) {
        previous = b;
      }
    }
    if (previous == null
        || !(previous.marked() || endsParagraph(previous))
        || !previous.hasSpeaker()
        || a.contentStart() - previous.contentEnd() > Speakers.PRONOUN_REACH) {
      return a;
    }
    String between = text.substring(previous.contentEnd(), a.contentStart());
    String[] lines = between.split("\n", -1);
    boolean reporting = false;
    for (int i = 1; i < lines.length - 1; i++) {
      reporting |= !lines[i].isBlank();
    }
    if (reporting
        || speakers.namesOtherThan(
            previous.speaker(), previous.contentEnd(), a.contentStart(), all)) {
      return a; // a paragraph of reporting, or someone else named, stands between the two
    }
    SpeakerKind kind =
        previous.kind() == SpeakerKind.NAMED ? SpeakerKind.PRONOUN_RESOLVED : previous.kind();
    return Speakers.withMention(a, previous.speaker(), "", -1, -1, kind);
  }

  /**
   * Whether reported speech {@code a} closes its paragraph: nothing but punctuation after its
   * statement, its speaker and its cue ("… tax havens." but not "…, Ryle said, adding …").
   */
  private boolean endsParagraph(Attribution a) {
    int from = Math.max(a.contentEnd(), Math.max(a.mentionEnd(), a.cueEnd()));
    for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code a}'s quotation opens its paragraph (only marks and blanks before it). */
  private boolean opensParagraph(Attribution a) {
    int i = a.contentStart() - 1;
    while (i >= 0 && text.charAt(i) != '\n') {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
      i--;
    }
    return true;
  }
}
