// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.claims.Disagreements;
import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import io.storylens.model.Dossier;
import io.storylens.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A few disagreements shown by default, the rest on request; JSON carries all in rank order. */
class ShownDisagreementsTest {
  private static DossierPage page(int flags) {
    Article a = Article.ofText("a", "a.txt", "Two people were killed. Four people were killed.");
    List<Disagreement> d = new ArrayList<>();
    for (int i = 1; i <= flags; i++) {
      d.add(
          new Disagreement(
              "number",
              "flag number " + i + " <b>",
              List.of("a"),
              List.of(String.valueOf(i), String.valueOf(i + 1)),
              List.of(new SourceRef("a", 0)),
              0.9));
    }
    Dossier dossier =
        new Dossier(
            "d1",
            "event",
            "A story",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of("a"),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            d,
            List.of());
    return new DossierPage(dossier, List.of(a));
  }

  @Test
  void theFirstFewAreShownAndTheRestFoldedUnderMore() {
    int n = Disagreements.SHOWN_BY_DEFAULT + 2;
    String md = ExportFormat.MARKDOWN.exporter().export(page(n));
    String more = md.substring(md.indexOf("<details>"));
    assertThat(md.substring(0, md.indexOf("<details>")))
        .contains("flag number " + Disagreements.SHOWN_BY_DEFAULT)
        .doesNotContain("flag number " + n);
    assertThat(more).contains("2 more").contains("flag number " + n);
    String html = ExportFormat.HTML.exporter().export(page(n));
    assertThat(html).contains("<summary>2 more</summary>").doesNotContain("number 1 <b>");
    String json = ExportFormat.JSON.exporter().export(page(n));
    assertThat(json).contains("flag number 1 ").contains("flag number " + n);
    assertThat(json.indexOf("flag number 1 ")).isLessThan(json.indexOf("flag number " + n));
  }

  @Test
  void fewFlagsNeedNoMore() {
    String md = ExportFormat.MARKDOWN.exporter().export(page(Disagreements.SHOWN_BY_DEFAULT));
    assertThat(md).doesNotContain("<details>").contains("flag number 1");
    assertThat(ExportFormat.HTML.exporter().export(page(2))).doesNotContain("<details>");
  }
}
