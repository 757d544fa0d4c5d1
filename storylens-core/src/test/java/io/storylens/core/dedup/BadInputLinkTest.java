// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.text.Sentences;
import io.storylens.model.Article;
import io.storylens.model.Link;
import io.storylens.model.LinkKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Empty, one-word, same-title and huge articles link correctly or not at all, never crash. */
class BadInputLinkTest {
  private final Linker linker = new DerivationLinker();

  @Test
  void emptyAndOneWordTextsAreNeverLinked() {
    Article base = LinkFixtures.seed("000");
    Article empty1 = LinkFixtures.withText(base, "e1", "");
    Article empty2 = LinkFixtures.withText(base, "e2", "   \n\n ");
    Article word1 = LinkFixtures.withText(base, "w1", "Ukraine");
    Article word2 = LinkFixtures.withText(base, "w2", "Ukraine.");
    assertThat(linker.link(List.of(empty1, empty2, word1, word2))).isEmpty();
    assertThat(linker.link(List.of(base, empty1, word1))).isEmpty();
    assertThat(linker.link(List.of())).isEmpty();
    assertThatThrownBy(() -> linker.link(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void identicalTitlesWithDifferentBodiesAreNotDuplicates() {
    Article a = LinkFixtures.seed("000");
    Article b =
        LinkFixtures.withText(LinkFixtures.seed("000"), "other", LinkFixtures.seed("004").text());
    assertThat(a.title()).isEqualTo(b.title());
    assertThat(linker.link(List.of(a, b))).isEmpty();
  }

  @Test
  void sameArticleTwiceUnderTwoIdsIsAnExactCopy() {
    Article a = LinkFixtures.seed("003");
    Article b = LinkFixtures.withText(a, "zz-republished", a.text().replace("\n\n", "\n"));
    List<Link> links = linker.link(List.of(b, a));
    assertThat(links).singleElement().extracting(Link::kind).isEqualTo(LinkKind.EXACT);
    assertThat(links.get(0).evidence())
        .filteredOn(e -> e.cue().equals("aligned-sentence"))
        .hasSize(Sentences.split(a.text()).size());
  }

  @Test
  void hugeArticleLinksWithoutCrashing() {
    Article a = LinkFixtures.seed("000");
    StringBuilder huge = new StringBuilder(a.text());
    for (int i = 0; huge.length() < 2_000_000; i++) {
      huge.append("\n\nParagraph ").append(i).append(". ").append(LinkFixtures.seed("004").text());
    }
    Article big = LinkFixtures.withText(a, "huge", huge.toString());
    List<Link> links = linker.link(List.of(a, big));
    // 000 is a small contiguous part of the huge text: an excerpt of it, or nothing.
    assertThat(links).allSatisfy(l -> assertThat(l.kind()).isEqualTo(LinkKind.EXCERPT));
  }
}
