// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * All 1,250 DUC 2006 newswire documents ({@code ../shared/data/duc2006/docs}, skipped when absent)
 * through the ingest: each file is one article named by its DOCNO, dated, with its wire's outlet
 * and (all but advisories of upper-case lines) a title, and none keeps SGML markup, LDC quote marks
 * or wire messages to editors.
 */
@NeedsSharedData
class TrecSgmlDucTest {
  /** Markup, LDC quote marks and wire messages that must not reach the text. */
  private static final Pattern LEFT_OVER =
      Pattern.compile(
          "&[A-Za-z][A-Za-z0-9]{0,9};|</?[A-Z_]+>|``|''|STORY CAN END HERE|\\bENDIT\\b");

  @Test
  void everyDucDocumentIsOneCleanArticle() {
    var docs = Fixtures.sharedData("duc2006").resolve("docs");
    Inputs.Expansion files = Inputs.expand(List.of(docs.toString()));
    assertThat(files.files()).hasSize(1250);
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    List<String> bad = new ArrayList<>();
    int headerTitles = 0;
    int headerDates = 0;
    int untitled = 0;
    for (InputFile f : files.files()) {
      Ingestor.Result r = ingestor.read(f);
      assertThat(r.problems()).as(f.name()).isEmpty();
      assertThat(r.articles()).as(f.name()).hasSize(1);
      Article a = r.articles().get(0);
      String docno = f.path().getFileName().toString();
      assertThat(a.format()).isEqualTo("trec-sgml");
      assertThat(a.metadata()).as(f.name()).containsEntry("id", docno);
      assertThat(a.published().value()).as(f.name()).isPresent();
      headerDates += a.published().from().label().equals("header") ? 1 : 0;
      assertThat(a.outlet().value()).as(f.name()).isPresent();
      headerTitles += a.title().from().label().equals("header") ? 1 : 0;
      if (!a.title().from().label().equals("header"))
        System.out.println("NOTITLE " + f.name() + " | " + a.title().value().orElse("-"));
      untitled += a.title().value().isEmpty() ? 1 : 0;
      Matcher m = LEFT_OVER.matcher(a.text());
      if (m.find()) {
        int from = Math.max(0, m.start() - 30);
        bad.add(
            docno + ": …" + a.text().substring(from, Math.min(a.text().length(), m.end() + 30)));
      }
    }
    assertThat(bad).isEmpty();
    // Four DATE_TIMEs are not dates ("1998-30-06"); their day comes from the DOCNO.
    assertThat(headerDates).isEqualTo(1246);
    System.out.printf("DUC titles: %d from the header, %d none%n", headerTitles, untitled);
    // The wire's headline for all but 34 (one-word headlines such as "GAMBLING", budgets and
    // advisories without one); those get a headline generated from the lead, but for one
    // advisory of upper-case lines.
    assertThat(headerTitles).isGreaterThanOrEqualTo(1210);
    assertThat(untitled).isLessThanOrEqualTo(3);
  }
}
