// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.List;
import java.util.Locale;

/**
 * "It said" after a sentence about an organization: "People for the Ethical Treatment of Animals
 * called for an end to zoos. It said on Twitter that the tragic episode in Cincinnati was the
 * latest proof that “even under the ‘best’ circumstances … captivity is never acceptable”." The
 * pronoun stands for the organization that sentence names first, its subject in news prose; a
 * sentence that names none within reach leaves the quotation unattributed.
 */
final class OrganizationPronouns {
  /** The rule of a speaker found as the organization an "it" stands for. */
  static final String RULE = "organization-pronoun";

  private final Speakers speakers;

  OrganizationPronouns(Speakers speakers) {
    this.speakers = speakers;
  }

  /** {@code a} with the organization its "it" stands for, or {@code a} unchanged. */
  Attribution apply(Attribution a, List<Attribution> all) {
    if (a.hasSpeaker()
        || a.mentionStart() < 0
        || !a.mention().strip().toLowerCase(Locale.ROOT).equals("it")) {
      return a;
    }
    Speakers.Named subject = speakers.organizationSubjectBefore(a.mentionStart(), all);
    return subject == null ? a : speakers.describing(a, subject);
  }
}
