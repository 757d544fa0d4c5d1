// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.model.Article;
import io.storylens.model.StorylensException;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Gold folders whose {@code articles-from.txt} names several files and folders of a corpus. */
class GoldArticlesTest {
  @TempDir Path dir;

  @Test
  void readsTheFilesAndFoldersThePointerNamesAndMapsNewswireArticlesByDocno() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("topic"));
    Files.writeString(corpus.resolve("APW1.0001"), doc("APW1.0001", "The ferry sailed Monday."));
    Files.writeString(
        corpus.resolve("topic/NYT1.0002"),
        doc("NYT1.0002", "``We were lucky,'' the harbor master said on Tuesday."));
    Files.writeString(corpus.resolve("topic/XIE1.0003"), doc("XIE1.0003", "Officials met."));
    Path gold = dir.resolve("gold-set");
    Files.createDirectories(gold);
    Files.writeString(
        gold.resolve("articles-from.txt"),
        "# two of the corpus\n../corpus/APW1.0001\n\n../corpus/topic\n");

    assertThat(GoldArticles.inputs(gold))
        .containsExactly(corpus.resolve("APW1.0001"), corpus.resolve("topic"));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    Map<String, Article> byId = GoldArticles.byId(gold, out);
    assertThat(byId).containsOnlyKeys("APW1.0001", "NYT1.0002", "XIE1.0003");
    assertThat(buf.toString(StandardCharsets.UTF_8)).isEmpty();

    DossierGold g =
        new DossierGold(
            "7",
            List.of("APW1.0001", "NYT1.0002", "APW9.9999"),
            List.of(
                new DossierGold.Quotation("NYT1.0002", "We were lucky", "X", "person"),
                new DossierGold.Quotation("APW1.0001", "We will sail again", "Y", "person")),
            List.of(),
            List.of(),
            List.of());
    DossierEval.checkGold(g, byId, out);
    assertThat(buf.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "input problem: event 7: article APW9.9999 is not among the articles\n"
                + "input problem: event 7: quote start not in the text of APW1.0001:"
                + " \"We will sail again\"\n");
  }

  @Test
  void aMissingNamedInputIsAnErrorAndTheOneLineFormStillWorks() throws Exception {
    Files.writeString(dir.resolve("articles-from.txt"), "../nowhere.jsonl\n");
    assertThatThrownBy(() -> GoldArticles.read(dir, System.out))
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("nowhere.jsonl");
    Files.writeString(
        dir.resolve("x.jsonl"),
        "{\"id\": \"a1\", \"title\": \"T\", \"text\": \"Officials met.\"}\n");
    Files.writeString(dir.resolve("articles-from.txt"), "x.jsonl\n");
    assertThat(GoldArticles.byId(dir, System.out)).containsOnlyKeys("a1");
  }

  /**
   * Every gold article of the DUC events (development and held out) is read and every quotation
   * start is in its article's ingested text: a start lost to the newswire markup would be a miss no
   * stage could avoid.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"data/dossier-gold-duc", "data/dossier-gold-duc-b", "data/dossier-gold-duc2"})
  @NeedsSharedData
  void everyDucGoldQuoteStartIsInItsIngestedArticle(String set) {
    Fixtures.sharedData("duc2006");
    Path gold = Fixtures.repoRoot().resolve(set);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    Map<String, Article> byId = GoldArticles.byId(gold, out);
    List<DossierGold> events = DossierGold.readAll(gold.resolve("gold"));
    assertThat(events).hasSizeGreaterThanOrEqualTo(6);
    events.forEach(g -> DossierEval.checkGold(g, byId, out));
    assertThat(buf.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(byId.values()).allMatch(a -> a.format().equals("trec-sgml"));
  }

  private static String doc(String docno, String text) {
    return "<DOC>\n<DOCNO> "
        + docno
        + " </DOCNO>\n<DATE_TIME> 2031-04-12 09:05 </DATE_TIME>\n<TEXT>\n<P>\n   "
        + text
        + "\n</P>\n</TEXT>\n</DOC>\n";
  }
}
