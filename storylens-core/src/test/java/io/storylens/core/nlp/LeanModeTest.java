// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.model.Article;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeanModeTest {
  /** The dev article on the West Bank settlements: nationalities, and "East Jerusalem". */
  private static Article settlements() throws Exception {
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    List<Article> all =
        new Ingestor(IngestOptions.defaults())
            .read("dev.jsonl", Files.readAllBytes(dev))
            .articles();
    return all.stream()
        .filter(a -> a.metadata().getOrDefault("id", "").startsWith("c7000b90f839"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @NeedsSharedData
  void nationalitiesAreNotEntitiesAndMultiWordPlacesStayWhole() throws Exception {
    Article a = settlements();
    assertThat(a.text()).contains("Israeli").contains("East Jerusalem");
    ArticleAnnotations ann =
        LanguageAnnotator.coreNlp(NlpMode.LEAN).annotate(a.text(), a.publishedDate());
    assertThat(ann.mentions())
        .noneMatch(m -> m.type().equals("MISC") && GroupAdjectives.names(m.text()))
        .noneMatch(m -> m.text().equals("Israeli"))
        .anyMatch(m -> m.text().equals("East Jerusalem") && m.type().equals("LOCATION"))
        .anyMatch(m -> m.type().equals("PERSON"));
    assertThat(ann.timexes()).isNotEmpty();
  }

  @Test
  void groupAdjectivesComeFromTheGazetteerNotFromEveryCapitalizedWord() {
    assertThat(GroupAdjectives.names("Israeli")).isTrue();
    assertThat(GroupAdjectives.names("South  African")).isTrue();
    assertThat(GroupAdjectives.names("Republican")).isTrue();
    assertThat(GroupAdjectives.names("Arab-Israeli War")).isFalse();
    assertThat(GroupAdjectives.names("Olympics")).isFalse();
  }

  @Test
  void theModeFlagSelectsLeanByDefaultAndFullOnRequest() {
    String old = System.getProperty(NlpMode.PROPERTY);
    try {
      System.clearProperty(NlpMode.PROPERTY);
      assertThat(NlpMode.analysis()).isEqualTo(NlpMode.LEAN);
      System.setProperty(NlpMode.PROPERTY, "FULL");
      assertThat(NlpMode.analysis()).isEqualTo(NlpMode.FULL);
      System.setProperty(NlpMode.PROPERTY, "fast");
      assertThatThrownBy(NlpMode::analysis)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("storylens.nlp")
          .hasMessageContaining("fast");
    } finally {
      if (old == null) {
        System.clearProperty(NlpMode.PROPERTY);
      } else {
        System.setProperty(NlpMode.PROPERTY, old);
      }
    }
    assertThat(NlpMode.LEAN.configHash()).isNotEqualTo(NlpMode.FULL.configHash());
  }
}
