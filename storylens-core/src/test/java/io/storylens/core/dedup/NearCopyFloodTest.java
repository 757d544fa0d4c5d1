// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Link;
import io.storylens.testkit.NeedsSharedData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of near-identical short articles (a real article's opening, each copy with one word
 * changed): every pair is a near duplicate, but the links grow linearly, the closest sources are
 * kept, and the input order does not change them.
 */
@NeedsSharedData
class NearCopyFloodTest {
  private static List<Article> flood(int n) {
    Article base = LinkFixtures.seed("000");
    String opening = String.join(" ", base.text().split("\\s+", 80)).substring(0, 400);
    String[] words = opening.split(" ");
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] copy = words.clone();
      copy[3 + i % (words.length - 6)] = "variant" + i;
      out.add(LinkFixtures.withText(base, "copy-" + i, String.join(" ", copy)));
    }
    return out;
  }

  @Test
  void linksStayLinearAndDeterministic() {
    int n = 300;
    List<Article> articles = flood(n);
    List<Link> links = new DerivationLinker().link(articles);
    Map<String, Long> perCopy =
        links.stream().collect(Collectors.groupingBy(Link::to, Collectors.counting()));
    // Without the cap every pair of the 300 would be linked (44,850 links).
    assertThat(links.size()).isLessThanOrEqualTo(n * DerivationLinker.MAX_LINKS_PER_COPY);
    assertThat(perCopy.values()).allMatch(c -> c <= DerivationLinker.MAX_LINKS_PER_COPY);
    // Every copy is still linked: the cap drops weaker links, not copies.
    assertThat(links.stream().flatMap(l -> Stream.of(l.from(), l.to())).distinct().count())
        .isEqualTo(n);

    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(new DerivationLinker().link(shuffled)).isEqualTo(links);
  }

  @Test
  void preparedSentencesAreHeldForAboutOneGroupOfCopiesAtATime() {
    // Copies of three seeds with their ids interleaved: in id order each group is spread over the
    // whole batch, but judged group by group only about one group's sentences are held.
    List<Article> bases =
        List.of(LinkFixtures.seed("000"), LinkFixtures.seed("003"), LinkFixtures.seed("004"));
    int perBase = 40;
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < perBase * bases.size(); i++) {
      Article base = bases.get(i % bases.size());
      String[] words = base.text().split(" ");
      words[3 + (i / bases.size()) % (words.length - 6)] = "variant" + i;
      articles.add(LinkFixtures.withText(base, "copy-" + i, String.join(" ", words)));
    }
    DerivationLinker linker = new DerivationLinker();
    List<Link> links = linker.link(articles);
    assertThat(links.stream().map(Link::to).distinct().count()).isGreaterThan(articles.size() - 4L);
    assertThat(linker.preparedAtOnce()).isBetween(2, perBase + 1);
  }

  @Test
  void theCapKeepsTheStrongestSourcesOfACopyTiesByTheirIds() {
    Link any = new DerivationLinker().link(flood(3)).get(0);
    List<Link> many = new ArrayList<>();
    for (int i = 19; i >= 0; i--) {
      // 20 sources of one copy (ids "s00" … "s19"), similarities 0.50 … 0.60 in tied pairs.
      String id = String.format(Locale.ROOT, "s%02d", i);
      many.add(
          new Link(
              id,
              "copy",
              any.kind(),
              0.5 + ((i + 1) / 2) / 100.0,
              any.directionConfidence(),
              any.evidence()));
    }
    List<Link> capped = DerivationLinker.capPerCopy(many);
    assertThat(capped).hasSize(DerivationLinker.MAX_LINKS_PER_COPY);
    // s09 … s19 (0.55 … 0.60), then of the tied s07 and s08 (0.54) the lower id; sorted by id.
    assertThat(capped.stream().map(Link::from).toList())
        .containsExactly(
            "s07", "s09", "s10", "s11", "s12", "s13", "s14", "s15", "s16", "s17", "s18", "s19");
  }
}
