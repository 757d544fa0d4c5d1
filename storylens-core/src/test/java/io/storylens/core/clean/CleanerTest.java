// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.RemovedSpan;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private final Cleaner cleaner = new Cleaner();

  @Test
  void inlineTeaserIsCutOutOfItsParagraphAndKept() {
    CleanText c =
        cleaner.clean(
            "The U.S. and other European countries will also hold a third meeting with Russian"
                + " representatives on Jan. 13, Reuters reported. (RELATED: US Issues Threat To"
                + " European Country Warning About War)\n\nNext paragraph.");
    assertThat(c.text()).endsWith("Reuters reported.\n\nNext paragraph.");
    assertThat(c.removed())
        .containsExactly(
            new RemovedSpan(
                "(RELATED: US Issues Threat To European Country Warning About War)",
                "related-teaser"));
  }

  @Test
  void eachBoilerplateParagraphIsRemovedWithItsReason() {
    CleanText c =
        cleaner.clean(
            "Body sentence one.\nSEE ALSO: NATO Should Put Troops In Ukraine\nPhoto: Reuters/John"
                + " Doe\nShare this article\nSign up for our daily newsletter\nCopyright (c) 2018."
                + " RFE/RL, Inc. Republished with the permission of Radio Free Europe/Radio Liberty");
    assertThat(c.text()).isEqualTo("Body sentence one.");
    assertThat(c.removed())
        .extracting(RemovedSpan::reason)
        .containsExactly(
            "related-teaser", "photo-credit", "share-prompt", "newsletter", "republication-note");
  }

  @Test
  void ordinaryNewsSentencesAreKept() {
    String body =
        "More than 90,000 Russian troops have been deployed along the border.\n"
            + "Photographs showed tanks near the border, officials said.";
    assertThat(cleaner.clean(body).removed()).isEmpty();
  }
}
