// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The copies of an article change the one field they name and keep every other. */
class ArticleTest {
  private static final Article SEED =
      Article.builder(
              "sl-0001",
              "seeds/000.txt",
              "date-line",
              "WASHINGTON (AP) — The White House announced Monday that talks will resume.")
          .title(Sourced.of("Talks to resume", Provenance.HTML_META))
          .outlet(Sourced.of("AP", Provenance.HTML_META))
          .published(Sourced.of(LocalDate.of(2021, 12, 28), Provenance.HTML_META))
          .flags(List.of("quotes-stripped"))
          .metadata(Map.of("lang", "en"))
          .build();

  @Test
  void aBuilderFromAnArticleBuildsTheSameArticle() {
    assertThat(SEED.toBuilder().build()).isEqualTo(SEED);
  }

  @Test
  void eachCopyChangesOnlyItsField() {
    Article dated = SEED.withPublished(Sourced.of(LocalDate.of(2021, 12, 6), Provenance.INFERRED));
    assertThat(dated.publishedDate()).contains(LocalDate.of(2021, 12, 6));
    assertThat(dated.withPublished(SEED.published())).isEqualTo(SEED);
    assertThat(SEED.withText("Other text.").text()).isEqualTo("Other text.");
    assertThat(SEED.withText("Other text.").withText(SEED.text())).isEqualTo(SEED);
    assertThat(SEED.withDateWarnings(List.of("stale header")).dateWarnings())
        .containsExactly("stale header");
    assertThat(SEED.withMetadata(Map.of()).metadata()).isEmpty();
    assertThat(SEED.withMetadata(Map.of()).title()).isEqualTo(SEED.title());
  }

  @Test
  void builtArticlesAreCheckedLikeConstructedOnes() {
    assertThatThrownBy(() -> Article.builder("sl-1", " ", "plain", "text").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Article.ofText("sl-1", "corpus", "Some text.").url().value()).isEmpty();
  }
}
