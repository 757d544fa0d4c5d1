// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.Objects;

/**
 * One statement found in one article: what was said, by whom, with which cue. Offsets are character
 * offsets into {@code Article.text()}; a missing part has start and end {@code -1}.
 *
 * @param article article id
 * @param sentence index of the sentence holding the content start, as split by {@code Sentences}
 * @param contentStart start of the content (inside the quote marks when marked)
 * @param contentEnd end of the content
 * @param text the content as written
 * @param marked whether the content is in quote marks
 * @param cue the cue as written ("said", "told reporters", "according to"), empty if none
 * @param cueStart start of the cue word, or -1
 * @param cueEnd end of the cue word, or -1
 * @param speaker the speaker: a name ("Ted Cruz"), a description kept as written ("a senior White
 *     House official") or the resolved name of a pronoun; empty when unknown
 * @param mention the speaker as it appears next to the cue ("Sen. Ted Cruz", "he"), empty if none
 * @param mentionStart start of the mention, or -1
 * @param mentionEnd end of the mention, or -1
 * @param kind how the speaker was found
 * @param clues what the article around it says about the speaker, for its confidence
 */
public record Attribution(
    String article,
    int sentence,
    int contentStart,
    int contentEnd,
    String text,
    boolean marked,
    String cue,
    int cueStart,
    int cueEnd,
    String speaker,
    String mention,
    int mentionStart,
    int mentionEnd,
    SpeakerKind kind,
    SpeakerClues clues) {
  public Attribution {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(clues, "clues");
    if (contentStart < 0 || contentEnd < contentStart) {
      throw new IllegalArgumentException("bad content span " + contentStart + ".." + contentEnd);
    }
    if (kind == SpeakerKind.UNKNOWN != speaker.isEmpty()) {
      throw new IllegalArgumentException("speaker must be empty exactly when kind is unknown");
    }
  }

  /** This attribution with its content set to {@code text} at {@code [start, end)}. */
  public Attribution withContent(int start, int end, String text) {
    return new Attribution(
        article,
        sentence,
        start,
        end,
        text,
        marked,
        cue,
        cueStart,
        cueEnd,
        speaker,
        mention,
        mentionStart,
        mentionEnd,
        kind,
        clues);
  }

  /** This attribution with {@code c} as its clues. */
  public Attribution withClues(SpeakerClues c) {
    return new Attribution(
        article,
        sentence,
        contentStart,
        contentEnd,
        text,
        marked,
        cue,
        cueStart,
        cueEnd,
        speaker,
        mention,
        mentionStart,
        mentionEnd,
        kind,
        c);
  }

  /** Whether a speaker was found. */
  public boolean hasSpeaker() {
    return kind != SpeakerKind.UNKNOWN;
  }
}
