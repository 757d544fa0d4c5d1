// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.text.Sentences;
import io.storylens.model.Article;
import io.storylens.model.Link;
import io.storylens.model.LinkEvidence;
import io.storylens.model.LinkKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The links a careful reader draws on the seeds: 001 rewrites 000, nothing else. */
class SeedLinksTest {
  private final Linker linker = new DerivationLinker();

  private static List<Article> seeds() {
    return List.of("000", "001", "002", "003", "004").stream().map(LinkFixtures::seed).toList();
  }

  @Test
  void rewriteOf000By001IsTheOnlyLink() {
    Article original = LinkFixtures.seed("000");
    Article copy = LinkFixtures.seed("001");

    List<Link> links = linker.link(seeds());

    assertThat(links).hasSize(1);
    Link l = links.get(0);
    assertThat(l.kind()).isEqualTo(LinkKind.REWRITE);
    assertThat(l.from()).isEqualTo(original.id());
    assertThat(l.to()).isEqualTo(copy.id());
    assertThat(l.directionConfidence()).isGreaterThan(0.7);
  }

  @Test
  void directionEvidenceIsTheResolvedMonday() {
    Article original = LinkFixtures.seed("000");
    Article copy = LinkFixtures.seed("001");
    Link l = linker.link(List.of(copy, original)).get(0);

    LinkEvidence resolved =
        l.evidence().stream()
            .filter(e -> e.cue().equals("resolved-relative-date"))
            .findFirst()
            .orElseThrow();
    assertThat(resolved.detail()).contains("\"Monday\"").contains("December 27, 2021");
    String from = Sentences.split(original.text()).get(resolved.fromSentence().orElseThrow());
    String to = Sentences.split(copy.text()).get(resolved.toSentence().orElseThrow());
    assertThat(from).contains("announced Monday");
    assertThat(to).startsWith("On December 27, 2021");
  }

  @Test
  void alignedSentenceIndexesPointIntoBothArticles() {
    Article original = LinkFixtures.seed("000");
    Article copy = LinkFixtures.seed("001");
    Link l = linker.link(List.of(original, copy)).get(0);
    List<String> a = Sentences.split(original.text());
    List<String> b = Sentences.split(copy.text());

    List<LinkEvidence> aligned =
        l.evidence().stream().filter(e -> e.cue().equals("aligned-sentence")).toList();
    assertThat(aligned).hasSizeGreaterThanOrEqualTo(5);
    int lastFrom = -1;
    for (LinkEvidence e : aligned) {
      int i = e.fromSentence().orElseThrow();
      int j = e.toSentence().orElseThrow();
      assertThat(i).isGreaterThan(lastFrom).isLessThan(a.size());
      assertThat(j).isLessThan(b.size());
      lastFrom = i;
    }
    // "Neither the U.S. nor Russia have formally announced which officials will be attending"
    assertThat(aligned)
        .anySatisfy(
            e -> {
              assertThat(a.get(e.fromSentence().orElseThrow())).contains("formally announced");
              assertThat(b.get(e.toSentence().orElseThrow())).contains("formally announced");
            });
    // The Biden quotation runs over several sentences; none of them counts as copied prose.
    assertThat(aligned)
        .noneSatisfy(e -> assertThat(a.get(e.fromSentence().orElseThrow())).contains("severe"));
  }

  @Test
  void sharedBidenQuoteAloneIsNoCopy() {
    Article washingtonTimes = LinkFixtures.seed("002");
    assertThat(washingtonTimes.text()).contains("moral obligation");
    for (String other : List.of("000", "001")) {
      Article a = LinkFixtures.seed(other);
      assertThat(a.text()).contains("moral obligation");
      assertThat(linker.link(List.of(a, washingtonTimes))).isEmpty();
    }
  }

  @Test
  void independentReportsOfTheSameTalksAreNotLinked() {
    Article voa = LinkFixtures.seed("003");
    assertThat(linker.link(List.of(LinkFixtures.seed("000"), voa))).isEmpty();
    assertThat(linker.link(List.of(LinkFixtures.seed("001"), voa))).isEmpty();
  }

  @Test
  void sameResultWhateverTheInputOrder() {
    List<Link> expected = linker.link(seeds());
    List<Article> shuffled = new ArrayList<>(seeds());
    Collections.shuffle(shuffled, new Random(7));
    assertThat(linker.link(shuffled)).isEqualTo(expected);
  }
}
