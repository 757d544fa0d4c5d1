// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Provenance;
import io.storylens.testkit.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TREC/LDC newswire SGML on small hand-written documents in the conventions of the AQUAINT wires
 * (Associated Press, New York Times service, Xinhua): the golden file {@code golden/trec/wire.json}
 * holds every field of the three documents of {@code trec/wire.sgml}; the tables below pin each
 * convention on its own.
 */
class TrecSgmlParserTest {
  private static final TrecSgmlParser PARSER = new TrecSgmlParser();

  @Test
  void matchesGolden() throws IOException {
    ParseResult r = PARSER.parse("wire.sgml", fixture("wire.sgml"));
    assertThat(r.problems()).isEmpty();
    StringBuilder out = new StringBuilder();
    for (RawArticle a : r.articles()) {
      out.append(HtmlParserGoldenTest.render(a));
    }
    Golden.assertMatches("trec/wire.json", out.toString());
  }

  @Test
  void isDetectedAndIngestedWithTheDocnoAsId() throws IOException {
    String text = fixture("wire.sgml");
    assertThat(FormatDetector.detect(text)).isEqualTo(Format.TREC_SGML);
    Ingestor.Result r =
        new Ingestor(IngestOptions.defaults())
            .read("wire.sgml", text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles())
        .extracting(a -> a.metadata().get("id"))
        .containsExactly("APW20310412.0042", "NYT20310413.0107", "XIE20310414.0009");
    Article nyt = r.articles().get(1);
    assertThat(nyt.source()).isEqualTo("wire.sgml#NYT20310413.0107");
    assertThat(nyt.format()).isEqualTo("trec-sgml");
    assertThat(nyt.outlet().value()).contains("New York Times");
    assertThat(nyt.text())
        .startsWith("HARBORTOWN — Repairs to the ferry terminal will cost at least $2 million,")
        .contains("“We cannot wait for the insurers,” Mayor Ada Brandt said.")
        .doesNotContain("STORY CAN END", "ENDIT", "&");
  }

  /** {@code ''} opens where it starts a word and closes elsewhere; {@code ``} always opens. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "''We were lucky,'' she said.                 | “We were lucky,” she said.",
        "as ''a kick in the back'' and                | as “a kick in the back” and",
        "``Germans bleed,'' she said, ``just like us.'' | “Germans bleed,” she said, “just like us.”",
        "listen to --''And the rest of us''           | listen to --“And the rest of us”",
        "(''Darling Lili''), a film                   | (“Darling Lili”), a film",
        "he said. '' Then                             | he said. ” Then",
        "it ended.''                                  | it ended.”",
        "''.                                          | ”.",
        "the `Star Wars' films                        | the ‘Star Wars' films",
        "Russia's navy                                | Russia's navy",
      })
  void ldcQuoteMarks(String in, String out) {
    assertThat(TrecSgmlParser.quotes(in.strip())).isEqualTo(out.strip());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2000-07-25 16:24    | 2000-07-25 | header   | 16:24",
        "1999-10-31 21:01:44 | 1999-10-31 | header   | 21:01:44",
        "1999-11-01          | 1999-11-01 | header   | ",
        "09/19/1998 07:53:00 | 1998-09-19 | header   | 07:53:00",
        "sometime            | 2031-04-12 | inferred | ",
      })
  void dates(String stamp, LocalDate day, String from, String time) {
    RawArticle a = one(doc("APW20310412.0042", "<DATE_TIME> " + stamp + " </DATE_TIME>", "x"));
    assertThat(a.published().value()).contains(day);
    assertThat(a.published().from().label()).isEqualTo(from);
    assertThat(Optional.ofNullable(a.metadata().get("published_time")))
        .isEqualTo(Optional.ofNullable(time));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "APW19980919.0259 | Associated Press",
        "NYT20000726.0198 | New York Times",
        "XIE19991101.0310 | Xinhua",
        "ZZZ20000101.0001 | ",
        "12345            | ",
      })
  void outletFromTheDocnoPrefix(String docno, String outlet) {
    RawArticle a = one(doc(docno, "", "Officials met on Monday."));
    assertThat(a.outlet().value()).isEqualTo(Optional.ofNullable(outlet));
    assertThat(a.metadata()).containsEntry("id", docno);
  }

  /** Bylines and empty headlines are no title; the service's upper-case line after them is. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "<HEADLINE> Ferry Resumes  </HEADLINE>                        | Ferry Resumes",
        "<HEADLINE>\\nFERRY RESUMES\\n (HLW)\\n</HEADLINE>              | FERRY RESUMES",
        "<HEADLINE> By JILL NORD </HEADLINE>                           | ",
        "<HEADLINE> &HT; </HEADLINE>                                   | ",
        "<HEADLINE></HEADLINE>\\n &HT; EDs: fixes name.\\n &HT; FERRY SAILS AFTER\\nSTORM\\n"
            + " &HT; By JILL NORD | FERRY SAILS AFTER STORM",
        "<HEADLINE> &HT; </HEADLINE>\\n &UR; By JILL NORD &QC;\\n c.2031 Cox News Service | ",
        "<HEADLINE>``Lucky'' Ferry Sails</HEADLINE>                    | “Lucky” Ferry Sails",
        "<HEADLINE> &HT; </HEADLINE>\\n &HT; EDS: Embargoed.\\n &HT; Ferry sails at last\\n"
            + " &HT; By Jill Nord\\n &HT; c. 2031 Cox News Service       | Ferry sails at last",
        "<HEADLINE> </HEADLINE>\\n Harbor: your place.                | ",
      })
  void titles(String head, String title) {
    RawArticle a = one(doc("APW20310412.0042", head.replace("\\n", "\n"), "It sailed."));
    assertThat(a.title().value()).isEqualTo(Optional.ofNullable(title));
    if (title != null) {
      assertThat(a.title().from()).isEqualTo(Provenance.HEADER);
    }
  }

  @Test
  void aBylineNamesTheAuthor() {
    RawArticle a =
        one(doc("APW1", "<HEADLINE> Ferry </HEADLINE>\n &UR; By JILL NORD &QC; \n", "It sailed."));
    assertThat(a.author().value()).contains("JILL NORD");
  }

  /** Without {@code <P>}, an indented line starts a paragraph (the 1998 Associated Press form). */
  @Test
  void indentedLinesStartParagraphs() {
    String text =
        "\t   DAR ES SALAAM (AP) _ Two suspects will be charged,\n"
            + "a newspaper said.\n"
            + "\t   ``We shall prosecute,'' the police chief said.\n"
            + "\t   (rn/sl)\t   \n";
    assertThat(TrecSgmlParser.body(text))
        .containsExactly(
            "DAR ES SALAAM (AP) — Two suspects will be charged, a newspaper said.",
            "“We shall prosecute,” the police chief said.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)",
        "(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)",
        "(BEGIN OPTIONAL TRIM)",
        "(END OPTIONAL TRIM)",
        "(Optional add end)",
        "ENDIT",
        "XXXX END OF STORY &QL;",
        "NYT-07-26-00 1823EDT &QL;",
        "(rn/sl)",
      })
  void wireMessagesToEditorsAreDropped(String line) {
    assertThat(TrecSgmlParser.body("<P>\n   Ferries sailed.\n</P>\n<P>\n   " + line + "\n</P>\n"))
        .containsExactly("Ferries sailed.");
  }

  @Test
  void entityMarkersAreDroppedAndCharacterEntitiesKept() {
    assertThat(TrecSgmlParser.entities("&UR; Smith &AMP; Sons &QC; &Cx1f;").strip())
        .isEqualTo("Smith & Sons");
    assertThat(TrecSgmlParser.entities("5&AMP;frac12; years")).isEqualTo("5½ years");
  }

  /** A bad document is a problem naming the input and its line; the others are read. */
  @Test
  void malformedDocumentsAreProblemsAndTheRestIsRead() {
    String text =
        "<DOC>\n<DATE_TIME> 2000-01-01 </DATE_TIME>\n<TEXT>\nNo number.\n</TEXT>\n</DOC>\n"
            + doc("APW2", "", "Kept.")
            + "<DOC>\n<DOCNO> APW3 </DOCNO>\n<HEADLINE> No text </HEADLINE>\n</DOC>\n"
            + "<DOC>\n<DOCNO> APW4 </DOCNO>\n<TEXT>\n<P>\n &QL; \n</P>\n</TEXT>\n</DOC>\n";
    ParseResult r = PARSER.parse("bad.sgml", text);
    assertThat(r.articles()).extracting(a -> a.metadata().get("id")).containsExactly("APW2");
    assertThat(r.problems())
        .extracting(IngestProblem::toString)
        .containsExactly(
            "bad.sgml:1: a <DOC> without a <DOCNO> [INVALID_INPUT]",
            "bad.sgml:18: APW3: no <TEXT> element [INVALID_INPUT]",
            "bad.sgml:22: APW4: <TEXT> holds no text [INVALID_INPUT]");
    assertThat(PARSER.parse("empty.sgml", "<DOCS></DOCS>").problems()).hasSize(1);
  }

  @Test
  void truncatedInputKeepsWhatItHas() {
    List<RawArticle> articles =
        PARSER
            .parse("cut.sgml", "<DOC>\n<DOCNO> APW5 </DOCNO>\n<TEXT>\n<P>\n   Cut off here")
            .articles();
    assertThat(articles).extracting(RawArticle::body).containsExactly("Cut off here");
    assertThat(articles.get(0).source()).isEqualTo("cut.sgml");
  }

  private static RawArticle one(String text) {
    ParseResult r = PARSER.parse("one.sgml", text);
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(1);
    return r.articles().get(0);
  }

  private static String doc(String docno, String head, String text) {
    return "<DOC>\n<DOCNO> "
        + docno
        + " </DOCNO>\n"
        + "<BODY>\n"
        + head
        + "\n<TEXT>\n<P>\n   "
        + text
        + "\n</P>\n</TEXT>\n</BODY>\n</DOC>\n";
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = TrecSgmlParserTest.class.getResourceAsStream("/trec/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
