// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.List;

/**
 * A quotation inside a sentence with no cue of its own: "Rainer Wendt called the zone “a wrong
 * signal that women must hide.”" The person the sentence names first before the quotation, its
 * subject in news prose, is the speaker candidate. Often right, but not always (the sentence may
 * quote someone to its subject), so the confidence model shows it only when other evidence agrees.
 */
final class SentenceSubject {
  /** The rule's name in the speaker evidence. */
  static final String RULE = "sentence-subject";

  private final Speakers speakers;

  SentenceSubject(Speakers speakers) {
    this.speakers = speakers;
  }

  /** {@code a} with the person subject of its sentence as speaker, or {@code a} unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    if (!a.marked() || a.hasSpeaker() || !a.mention().isEmpty() || !a.cue().isEmpty()) {
      return a;
    }
    Speakers.Named subject = speakers.firstPersonInSentence(a.contentStart(), all);
    return subject == null ? a : speakers.withNamed(a, subject);
  }
}
