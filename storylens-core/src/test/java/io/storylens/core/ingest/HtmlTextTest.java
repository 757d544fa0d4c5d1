// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Main-text choices of {@link HtmlText} on small pages, one behaviour per test. */
class HtmlTextTest {
  private static final String P1 =
      "<p>The port authority approved a new container terminal on Monday, ending a two-year"
          + " dispute with neighbours over noise, traffic and the loss of a public beach.</p>";
  private static final String P2 =
      "<p>Construction will start next spring and should take three years, the authority said,"
          + " adding that the terminal would create about 400 permanent jobs in the city.</p>";
  private static final String P3 =
      "<p>Residents' groups said they would keep pressing for a noise barrier, and a lawyer for"
          + " one group said an appeal to the state court remained possible.</p>";

  @Test
  void joinsArticleChunksSplitByAds() {
    String html =
        "<html><body><div class=wrap><div class=body-chunk>"
            + P1
            + P2
            + "</div><div class=ad-slot>Buy now and save, limited offer on every product in the store today</div>"
            + "<div class=body-chunk>"
            + P3
            + "</div></div><div class=teasers><p><a href=/x>Another story entirely, about a"
            + " football club and its new coach</a></p></div></body></html>";
    String text = HtmlText.extract(Jsoup.parse(html));
    assertThat(text).contains("container terminal", "400 permanent jobs", "state court");
    assertThat(text).doesNotContain("Buy now", "football club");
    assertThat(text.lines()).hasSize(3);
  }

  @Test
  void schemaOrgArticleBodyWins() {
    String html =
        "<html><body><div class=comments-list>"
            + P1.replace("port authority", "commenter")
            + P2.replace("authority", "commenter")
            + P3.replace("lawyer", "commenter")
            + "</div><div itemprop=articleBody>"
            + P1
            + P2
            + "</div></body></html>";
    String text = HtmlText.extract(Jsoup.parse(html));
    assertThat(text).contains("port authority approved", "400 permanent jobs");
    assertThat(text).doesNotContain("commenter");
  }

  @Test
  void dropsLinkListsButKeepsLinkLedProse() {
    String html =
        "<html><body><article>"
            + P1
            + "<ul><li><a href=/a>Bridge closes for repairs</a></li><li><a href=/b>New mayor"
            + " sworn in</a></li></ul>"
            + "<ul><li><a href=/c>Terminal approved</a>: the vote was 7 to 2 after a four-hour"
            + " hearing in which forty residents spoke.</li></ul>"
            + P2
            + "</article></body></html>";
    String text = HtmlText.extract(Jsoup.parse(html));
    assertThat(text).doesNotContain("Bridge closes", "New mayor");
    assertThat(text).contains("Terminal approved: the vote was 7 to 2");
  }

  @Test
  void keepsEmbeddedTweetsAndParagraphBreaks() {
    String html =
        "<html><body><div class=story>"
            + P1
            + "<figure class=social-embed><blockquote class=twitter-tweet><p>We did it! The"
            + " terminal is approved.</p>— Port Authority (@port) November 18, 2019</blockquote>"
            + "</figure>"
            + P2
            + "<figure><img src=a.jpg><figcaption>The harbour at dusk.</figcaption></figure>"
            + "</div></body></html>";
    String text = HtmlText.extract(Jsoup.parse(html));
    assertThat(text).contains("We did it! The terminal is approved.");
    assertThat(text).doesNotContain("harbour at dusk");
    assertThat(text.lines().filter(l -> l.startsWith("The port authority"))).hasSize(1);
  }
}
