// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Link;
import io.storylens.model.LinkKind;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every link kind on real cross-outlet copies of the dev clusters. */
@NeedsSharedData
class DevLinksTest {
  private static List<Article> dev;
  private static List<Link> links;

  @BeforeAll
  static void linkDev() {
    dev = LinkFixtures.dev();
    links = new DerivationLinker().link(dev);
  }

  private static Optional<Link> between(String devA, String devB) {
    String a = LinkFixtures.byDevId(dev, devA).id();
    String b = LinkFixtures.byDevId(dev, devB).id();
    return links.stream().filter(l -> Set.of(l.from(), l.to()).equals(Set.of(a, b))).findFirst();
  }

  @Test
  void exactCopyAcrossOutlets() {
    // NYT and Washington Post both ran the AP fireball story word for word.
    assertThat(between("49f8d56e", "ec06c668"))
        .get()
        .extracting(Link::kind)
        .isEqualTo(LinkKind.EXACT);
  }

  @Test
  void nearDuplicateWithEditedHeadlineAndTail() {
    Link l = between("96a0d67b", "fbac44e6").orElseThrow(); // Rihanna: Washington Post / Daily Mail
    assertThat(l.kind()).isEqualTo(LinkKind.NEAR_DUPLICATE);
    assertThat(l.similarity()).isBetween(0.7, 0.95);
  }

  @Test
  void excerptPointsFromTheLongerArticle() {
    Article wapo = LinkFixtures.byDevId(dev, "23f05ed1");
    Article nyt = LinkFixtures.byDevId(dev, "840293f7");
    Link l = between("23f05ed1", "840293f7").orElseThrow();
    assertThat(l.kind()).isEqualTo(LinkKind.EXCERPT);
    Article longer = wapo.text().length() > nyt.text().length() ? wapo : nyt;
    assertThat(l.from()).isEqualTo(longer.id());
  }

  @Test
  void rewriteOfTheSubwayStoryAlignsSentences() {
    // Daily Mail rewrote the AP subway-collision story sentence by sentence.
    Link l = between("e5b73024", "5ab7894a").orElseThrow();
    assertThat(l.kind()).isEqualTo(LinkKind.REWRITE);
    assertThat(l.evidence())
        .filteredOn(e -> e.cue().equals("aligned-sentence"))
        .hasSizeGreaterThan(3);
  }

  @Test
  void everyListedNearDuplicatePairIsLinked() throws IOException {
    List<String> rows =
        Files.readAllLines(Fixtures.sharedData("news-clusters").resolve("near_duplicates.tsv"));
    int found = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t");
      found += between(f[0], f[1]).isPresent() ? 1 : 0;
    }
    assertThat(found).isGreaterThanOrEqualTo(rows.size() - 1 - 1);
  }

  @Test
  void linksStayInsideOneEvent() {
    Map<String, Article> byId = new HashMap<>();
    dev.forEach(a -> byId.put(a.id(), a));
    assertThat(links).isNotEmpty();
    assertThat(links)
        .allSatisfy(
            l ->
                assertThat(byId.get(l.from()).metadata().get("event_id"))
                    .isEqualTo(byId.get(l.to()).metadata().get("event_id")));
  }
}
