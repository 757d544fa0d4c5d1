// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Link;
import io.storylens.model.LinkEvidence;
import io.storylens.model.LinkKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkGraphTest {
  @Test
  void textTreeStartsAtTheFirstPublisherAndDotEscapesTitles() {
    Article a = LinkFixtures.seed("000");
    Article b = LinkFixtures.seed("001");
    Article c = LinkFixtures.withText(a, "evil\"id", "x");
    List<Link> links =
        List.of(
            new Link(a.id(), b.id(), LinkKind.REWRITE, 0.6, 0.8, List.of()),
            new Link(
                b.id(), c.id(), LinkKind.EXCERPT, 0.9, 0.75, List.of(LinkEvidence.cue("x", "y"))));
    LinkGraph g = new LinkGraph(links, Map.of(a.id(), a, b.id(), b, c.id(), c));

    assertThat(g.roots()).containsExactly(a.id());
    String text = g.text();
    assertThat(text.lines().findFirst().orElseThrow()).startsWith(a.id());
    assertThat(text).contains("rewrite (similarity 0.60, direction confidence 0.80) → " + b.id());
    String dot = g.dot();
    assertThat(dot).startsWith("digraph derivation {").contains("\"evil\\\"id\"");
    assertThat(dot).doesNotContain("\"evil\"id\"");
    assertThat(g.component(c.id()).links()).hasSize(2);
    assertThat(new LinkGraph(List.of(), Map.of()).text()).isEqualTo("no links\n");
  }
}
