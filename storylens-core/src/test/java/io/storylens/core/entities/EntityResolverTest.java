// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.timeline.SeedArticles;
import io.storylens.model.Article;
import io.storylens.model.Entity;
import io.storylens.testkit.NeedsModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Canonical entities of the seed story. */
class EntityResolverTest {
  private static final List<Article> SEEDS = SeedArticles.all();

  private static Entity named(List<Entity> es, String name) {
    return es.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(name + " not in " + es.stream().map(Entity::name).toList()));
  }

  @NeedsModels
  @Test
  void bidenAliasesAndLastNameMergeIntoFullName() {
    List<Entity> es = EntityResolver.resolve(SEEDS);
    Entity biden = named(es, "Joe Biden");
    assertThat(biden.type()).isEqualTo("PERSON");
    assertThat(biden.aliases()).contains("Biden", "Mr. Biden", "President Joe Biden");
    assertThat(biden.articles())
        .containsExactlyElementsOf(
            SEEDS.stream()
                .filter(a -> a.text().contains("Biden"))
                .map(Article::id)
                .sorted()
                .toList());
    assertThat(biden.outlets()).hasSizeGreaterThan(1);
    assertThat(es).noneMatch(e -> e.name().equals("Biden"));
    assertThat(es).noneMatch(e -> e.name().equalsIgnoreCase("he") || e.name().equals("his"));
  }

  @NeedsModels
  @Test
  void acronymMergesIntoExpansion() {
    List<Entity> es = EntityResolver.resolve(SEEDS);
    Entity osce = named(es, "Organization for Security and Cooperation in Europe");
    assertThat(osce.aliases()).contains("OSCE");
    assertThat(es).noneMatch(e -> e.name().equals("OSCE"));
  }

  @NeedsModels
  @Test
  void dottedAcronymMergesIntoExpansion() {
    // Seeds write both "U.S." and "United States"; a reader counts one country.
    List<Entity> es = EntityResolver.resolve(SEEDS);
    Entity us = named(es, "United States");
    assertThat(us.aliases()).contains("U.S.", "United States");
    assertThat(us.articles()).hasSize(5);
    assertThat(es).noneMatch(e -> e.name().equals("U.S."));
  }

  @NeedsModels
  @Test
  void sameEntitiesWhateverTheInputOrder() {
    List<Article> shuffled = new ArrayList<>(SEEDS);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(EntityResolver.resolve(shuffled)).isEqualTo(EntityResolver.resolve(SEEDS));
  }

  @Test
  void initialsSkipFunctionWords() {
    assertThat(EntityResolver.initials("Organization for Security and Cooperation in Europe"))
        .isEqualTo("OSCE");
    assertThat(EntityResolver.canonicalForm("President Joe Biden's")).isEqualTo("Joe Biden");
  }
}
