// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Organizations and people speaking through documents: "“…,” the statement said", "a police
 * statement said", "the news release stated". The speaker is who issued the document: the
 * organization its premodifier names ("a police statement" → "Berlin police"), else the name
 * nearest before the same kind of document in the text before it ("said Rabbi Jonathan Blake in a
 * statement posted on Facebook. … “This tragedy hits our community very hard,” the statement
 * said"). A document no name goes with stays a description, which the confidence model doubts.
 */
final class DocumentSpeakers {
  /** Head nouns of documents ({@code document-heads.txt}). */
  static final Set<String> HEADS = WordLists.load(DocumentSpeakers.class, "document-heads.txt");

  private static final Set<String> SKIP = Set.of("the", "a", "an", "this", "that", "its", "new");

  private final String text;
  private final Speakers speakers;

  DocumentSpeakers(String text, Speakers speakers) {
    this.text = text;
    this.speakers = speakers;
  }

  /** {@code a} with the issuer of the document it cites as its speaker, or {@code a} unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    if (a.kind() != SpeakerKind.NOMINAL || a.mentionStart() < 0) {
      return a;
    }
    List<String> w = words(a.mention());
    if (w.isEmpty()
        || !HEADS.contains(w.get(w.size() - 1))
        || a.mention().contains("'")
        || a.mention().contains("’")) {
      return a; // an owner ("the company's statement") is resolved as a description
    }
    String head = w.get(w.size() - 1);
    List<String> modifiers = new ArrayList<>(w.subList(0, w.size() - 1));
    modifiers.removeAll(SKIP);
    Speakers.Named issuer = null;
    if (!modifiers.isEmpty()) {
      issuer = speakers.organizationWith(modifiers, a.mentionStart());
    }
    if (issuer == null) {
      issuer = speakers.nameBeforeWord(head, a.mentionStart(), all);
    }
    if (issuer == null) {
      return a;
    }
    return speakers.describing(a, issuer);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String x : s.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }
}
