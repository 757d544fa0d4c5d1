// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.core.claims.ClaimExtractor;
import io.storylens.core.claims.Claims;
import io.storylens.core.claims.Disagreements;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Disagreement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A quick check of the disagreement stage alone on hand-annotated events: each gold event's
 * articles (as annotated, without clustering or the language layer) go through {@link
 * Disagreements#find(List)} and the flags are matched to the gold by the rules of {@code eval
 * dossier} ({@link DossierMatch}). It prints the false flags, the missed differences and the
 * figures per gold {@code kind}. Cheap enough to run after every change; the full figure is still
 * {@code eval dossier}, whose events come from the clusterer and whose articles carry their
 * effective dates.
 *
 * <p>Usage: {@code java -cp storylens.jar io.storylens.core.eval.DisagreementCheck DIR...}.
 */
public final class DisagreementCheck {
  private DisagreementCheck() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: DisagreementCheck GOLD_DIR...");
      System.exit(2);
    }
    List<Path> dirs = new ArrayList<>();
    for (String a : args) {
      dirs.add(Path.of(a));
    }
    run(dirs, System.out);
  }

  /** Scores every gold event under {@code dirs}, printing details; returns right, flags, found. */
  static int[] run(List<Path> dirs, PrintStream out) throws IOException {
    int flags = 0;
    int right = 0;
    int rightFolded = 0;
    Map<String, int[]> byKind = new TreeMap<>();
    for (Path dir : dirs) {
      Map<String, Article> byGoldId = GoldArticles.byId(dir, System.err);
      for (Path f : goldFiles(dir.resolve("gold"))) {
        DossierGold g = DossierGold.read(f);
        List<String> kinds = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(f.toFile()).path("disagreements")) {
          kinds.add(d.path("kind").asText("other"));
        }
        List<Article> articles = new ArrayList<>();
        Map<String, String> toGold = new HashMap<>();
        for (String id : g.articles()) {
          Article a = byGoldId.get(id);
          if (a != null) {
            articles.add(a);
            toGold.put(a.id(), id);
          }
        }
        boolean[] found = new boolean[g.disagreements().size()];
        int rank = 0;
        for (Disagreement flag : Disagreements.find(articles)) {
          flags++;
          rank++;
          boolean ok = false;
          for (int i = 0; i < found.length; i++) {
            List<String> values =
                g.disagreements().get(i).values().stream().map(DossierGold.Value::value).toList();
            if (DossierMatch.flagMatches(flag.values(), values)) {
              found[i] = true;
              ok = true;
            }
          }
          right += ok ? 1 : 0;
          rightFolded += ok && rank > Disagreements.SHOWN_BY_DEFAULT ? 1 : 0;
          out.printf(
              Locale.ROOT,
              "%s %s flag [%s %.2f] %s%n",
              g.eventId(),
              ok ? "RIGHT" : "FALSE",
              flag.kind(),
              flag.confidence(),
              flag.description().replaceAll("\\s+", " "));
        }
        for (int i = 0; i < found.length; i++) {
          int[] k = byKind.computeIfAbsent(kinds.get(i), x -> new int[2]);
          k[1]++;
          if (found[i]) {
            k[0]++;
          } else {
            DossierGold.Difference d = g.disagreements().get(i);
            out.printf(
                Locale.ROOT,
                "%s MISSED [%s] %s: %s%n",
                g.eventId(),
                kinds.get(i),
                d.about(),
                d.values().stream().map(DossierGold.Value::value).toList());
            if (TRACE) {
              trace(d, articles, toGold, out);
            }
          }
        }
      }
    }
    int found = 0;
    int total = 0;
    for (var e : byKind.entrySet()) {
      found += e.getValue()[0];
      total += e.getValue()[1];
      out.printf(
          Locale.ROOT, "kind %-12s found %d/%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
    }
    out.printf(
        Locale.ROOT,
        "flags %d right %d (%d of them folded under 'more') precision %.3f; found %d/%d recall"
            + " %.3f%n",
        flags,
        right,
        rightFolded,
        flags == 0 ? 0.0 : (double) right / flags,
        found,
        total,
        total == 0 ? 0.0 : (double) found / total);
    return new int[] {right, flags, found, total};
  }

  /** Whether each missed difference is followed along the path (claims, pairs, candidates). */
  private static final boolean TRACE = Boolean.getBoolean("storylens.check.trace");

  /**
   * Where a missed difference is lost: for each gold value the claims whose figure or words match
   * it (in the articles the gold names), then the candidate pairs and rule candidates that match
   * two gold values, each with its confidence, shown or not.
   */
  private static void trace(
      DossierGold.Difference d,
      List<Article> articles,
      Map<String, String> toGold,
      PrintStream out) {
    List<Claim> claims = new ArrayList<>();
    ClaimExtractor extractor = new ClaimExtractor();
    for (Article a : articles) {
      claims.addAll(extractor.extract(a));
    }
    claims = Claims.merge(claims);
    List<String> gold = d.values().stream().map(DossierGold.Value::value).toList();
    for (DossierGold.Value v : d.values()) {
      List<String> hits = new ArrayList<>();
      for (Claim c : claims) {
        boolean inArticle = c.articles().stream().map(toGold::get).anyMatch(v.articles()::contains);
        if (inArticle && DossierMatch.valueMatches(c.value(), v.value())) {
          hits.add(Claims.subjectKey(c) + "=" + c.value());
        }
      }
      out.printf(
          Locale.ROOT,
          "    value %s %s: %s%n",
          v.value(),
          v.articles(),
          hits.isEmpty() ? "NO CLAIM" : hits);
    }
    for (Disagreements.NumberCandidate c : Disagreements.numberCandidates(articles, claims)) {
      if (DossierMatch.flagMatches(List.of(c.a().value(), c.b().value()), gold)) {
        out.printf(
            Locale.ROOT,
            "    pair %.2f %s: %s | %s%n",
            c.confidence(),
            c.subject(),
            c.a().value(),
            c.b().value());
      }
    }
    for (Disagreement c : Disagreements.ruleCandidates(articles)) {
      if (DossierMatch.flagMatches(c.values(), gold)) {
        out.printf(Locale.ROOT, "    %s %.2f: %s%n", c.kind(), c.confidence(), c.values());
      }
    }
  }

  private static List<Path> goldFiles(Path goldDir) throws IOException {
    try (var files = Files.list(goldDir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }
}
