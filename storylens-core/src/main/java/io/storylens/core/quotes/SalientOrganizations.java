// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A definite description of an organization that the article never puts next to a name ("the
 * company said", "the paper reported", "On Monday, the firm released a statement") stands for the
 * organization the article is about so far: of the organizations named before it, outside
 * quotations, the one named most often (the latest of equals). News writes "the company" for the
 * subject company once it has named it, so salience rather than nearness decides; when it is wrong
 * (a story about two companies) the confidence model, which sees this rule, withholds it.
 */
final class SalientOrganizations {
  /** The rule of a speaker found as the article's most-named organization. */
  static final String RULE = "salient-organization";

  /** Head nouns of descriptions that stand for an organization ({@code organization-heads.txt}). */
  private static final Set<String> HEADS =
      WordLists.load(SalientOrganizations.class, "organization-heads.txt");

  /** Heads of descriptions that stand for a news outlet. */
  private static final Set<String> OUTLET_HEADS =
      Set.of("paper", "newspaper", "magazine", "outlet", "publication", "broadcaster", "network");

  private final Speakers speakers;

  SalientOrganizations(Speakers speakers) {
    this.speakers = speakers;
  }

  /** {@code a} with its definite organization description resolved, or {@code a} unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    if (a.kind() != SpeakerKind.NOMINAL || a.mentionStart() < 0) {
      return a;
    }
    String[] w = a.mention().strip().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
    if (w.length < 2
        || !w[0].equals("the")
        || !HEADS.contains(w[w.length - 1])
        || a.mention().contains("'")
        || a.mention().contains("’")) {
      return a; // "the company's statement", "a company" or a one-word fragment: not this rule's
    }
    Map<String, Integer> count = new HashMap<>();
    Speakers.Named best = null;
    // "the paper" is an outlet; "the company" is not, and a report or photo credit ("AP",
    // "Reuters Image") names most often the outlet that wrote the article, not its subject.
    boolean outletHead = OUTLET_HEADS.contains(w[w.length - 1]);
    for (Speakers.Named n : speakers.organizationsBefore(a.mentionStart(), all)) {
      if (outletHead != n.words().stream().anyMatch(RelayedSpeech.OUTLET_WORDS::contains)) {
        continue;
      }
      String name = speakers.canonical(n.name(), n.start());
      int c = count.merge(name, 1, Integer::sum);
      if (best == null || c >= count.get(speakers.canonical(best.name(), best.start()))) {
        best = n;
      }
    }
    if (best == null) {
      return a;
    }
    return speakers.describing(a, best);
  }
}
