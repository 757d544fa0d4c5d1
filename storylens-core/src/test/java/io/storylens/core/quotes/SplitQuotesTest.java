// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations split by their attribution are listed whole in dossiers; others stay apart. */
class SplitQuotesTest {
  private static List<Quote> quotes(String text) {
    return new QuoteMerger().merge(List.of(Article.ofText("a1", "test", text)));
  }

  @Test
  void aQuotationSplitByItsAttributionInOneParagraphIsOneQuote() {
    List<Quote> q =
        quotes(
            "“We have a moral obligation and a legal obligation to our NATO allies if they were to"
                + " attack under Article 5, it’s a sacred obligation,” Biden said in early December."
                + " “That obligation does not extend to NATO – I mean to Ukraine.”");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text())
        .isEqualTo(
            "We have a moral obligation and a legal obligation to our NATO allies if they were to"
                + " attack under Article 5, it’s a sacred obligation. That obligation does not"
                + " extend to NATO – I mean to Ukraine.");
  }

  @Test
  void aSentenceSplitMidwayReadsAsOneSentence() {
    List<Quote> q =
        quotes(
            "“The pressure on the track is enormous,” Hamilton said, “and everyone is pushing to"
                + " the limit in every session.”");
    assertThat(q)
        .extracting(Quote::text)
        .containsExactly(
            "The pressure on the track is enormous and everyone is pushing to the limit in every"
                + " session.");
  }

  @Test
  void aNewParagraphOpensANewQuote() {
    List<Quote> q =
        quotes(
            "“The pressure on the track is enormous,” Hamilton said.\n\n“Everyone is pushing to the"
                + " limit in every single session this year.”");
    assertThat(q).hasSize(2);
  }

  @Test
  void twoSpeakersInOneParagraphStayApart() {
    List<Quote> q =
        quotes(
            "“The pressure on the track is enormous this year,” Hamilton said. “We were simply"
                + " faster on the long runs,” Vettel replied.");
    assertThat(q)
        .extracting(x -> x.speakerEvidence().candidate())
        .containsExactly("Hamilton", "Vettel");
  }
}
