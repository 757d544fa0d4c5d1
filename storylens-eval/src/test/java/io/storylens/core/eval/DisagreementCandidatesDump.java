// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import io.storylens.core.claims.ClaimExtractor;
import io.storylens.core.claims.Claims;
import io.storylens.core.claims.Disagreements;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Writes the scored disagreement candidates of every gold event with their features and whether the
 * gold lists them, for fitting and cross-validating the number model: {@code
 * -Dstorylens.dossierGold=DIR -Dstorylens.candidatesOut=FILE}. Skipped without the properties.
 * Articles are grouped by the gold's events, not by the clustering, so that the labels are exact.
 */
class DisagreementCandidatesDump {
  @Test
  void dump() throws Exception {
    String dir = System.getProperty("storylens.dossierGold");
    String outFile = System.getProperty("storylens.candidatesOut");
    Assumptions.assumeTrue(dir != null && outFile != null, "no gold directory given");
    Path data = Path.of(dir);
    Map<String, Article> byGoldId = GoldArticles.byId(data, System.err);
    ClaimExtractor extractor = new ClaimExtractor();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(outFile)))) {
      out.println(
          "event\tkind\tlabel\t"
              + String.join("\t", Disagreements.NumberModel.FEATURES)
              + "\tconfidence\tsubject\tvalueA\tvalueB\ttextA\ttextB");
      for (DossierGold g : DossierGold.readAll(data.resolve("gold"))) {
        List<Article> articles = new ArrayList<>();
        for (String id : g.articles()) {
          if (byGoldId.containsKey(id)) {
            articles.add(byGoldId.get(id));
          }
        }
        List<Claim> claims = new ArrayList<>();
        for (Article a : articles) {
          claims.addAll(extractor.extract(a));
        }
        for (var c : Disagreements.numberCandidates(articles, Claims.merge(claims))) {
          StringBuilder f = new StringBuilder();
          for (double x : c.features()) {
            f.append(String.format(Locale.ROOT, "%.4f\t", x));
          }
          out.printf(
              Locale.ROOT,
              "%s\tnumber\t%d\t%s%.4f\t%s\t%s\t%s\t%s\t%s%n",
              g.eventId(),
              label(g, c.a().value(), c.b().value()) ? 1 : 0,
              f,
              c.confidence(),
              c.subject(),
              c.a().value(),
              c.b().value(),
              clean(c.textA()),
              clean(c.textB()));
        }
        for (var c : Disagreements.slotCandidates(articles)) {
          out.printf(
              Locale.ROOT,
              "%s\tslot\t%d\t%s%.4f\t%s\t%s\t%s\t%s\t%s%n",
              g.eventId(),
              label(g, c.valueA(), c.valueB()) ? 1 : 0,
              "\t".repeat(Disagreements.NumberModel.FEATURES.size()),
              c.confidence(),
              "-",
              c.valueA(),
              c.valueB(),
              clean(c.pair().textA()),
              clean(c.pair().textB()));
        }
      }
    }
  }

  private static boolean label(DossierGold g, String a, String b) {
    for (DossierGold.Difference d : g.disagreements()) {
      List<String> values = d.values().stream().map(DossierGold.Value::value).toList();
      if (DossierMatch.flagMatches(List.of(a, b), values)) {
        return true;
      }
    }
    return false;
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
