// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.nlp.ArticleAnnotations;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.model.Article;
import io.storylens.model.TimelineEntry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the dossier timeline on hand-annotated events ({@code dossier-gold}): trap hits (a dated
 * expression whose text lies inside a gold trap of its article), timeline precision (entries whose
 * date agrees with a gold key date of the event) and key-date recall. Runs only when the data is
 * named: {@code -Ddossier.gold=../shared/data/dossier-gold} (or {@code DOSSIER_GOLD}); the report
 * also goes to {@code target/dossier-gold-eval.txt}. Articles take the ingest path (cleaning
 * included) and the annotations the dossier uses.
 */
class DossierGoldEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void report() throws IOException {
    String dir = System.getProperty("dossier.gold", System.getenv("DOSSIER_GOLD"));
    Assumptions.assumeTrue(dir != null && !dir.isBlank(), "dossier.gold not set");
    Path data = Path.of(dir);
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    Map<String, Article> byGoldId = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(data.resolve("articles.jsonl"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String id = JSON.readTree(lines.get(i)).get("id").asText();
      for (Article a : ingestor.readJsonLine("gold", i + 1, lines.get(i)).articles()) {
        byGoldId.put(id, a);
      }
    }
    Map<String, ArticleAnnotations> ann =
        LanguageLayer.shared().annotateAll(new ArrayList<>(byGoldId.values()));
    Path out = Path.of("target", "dossier-gold-eval.txt");
    Files.deleteIfExists(Path.of("target", "dossier-gold-dated.txt"));
    Files.createDirectories(out.getParent());
    try (PrintStream file = new PrintStream(Files.newOutputStream(out), true, "UTF-8")) {
      Tee p = new Tee(System.out, file);
      int traps = 0;
      int trapHits = 0;
      int trapHitsAny = 0;
      int entries = 0;
      int correct = 0;
      int keys = 0;
      int found = 0;
      List<Path> golds;
      try (var s = Files.list(data.resolve("gold"))) {
        golds = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      }
      for (Path g : golds) {
        JsonNode gold = JSON.readTree(g.toFile());
        String event = gold.get("event_id").asText();
        Map<String, ArticleTimes> times = new TreeMap<>();
        for (JsonNode id : gold.get("articles")) {
          Article a = byGoldId.get(id.asText());
          if (a != null) {
            times.put(id.asText(), ArticleTimes.of(a, ann.get(a.id())));
          }
        }
        try (PrintStream dump =
            new PrintStream(
                Files.newOutputStream(
                    Path.of("target", "dossier-gold-dated.txt"),
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND),
                true,
                "UTF-8")) {
          for (var e : times.entrySet()) {
            dump.println(
                "== " + event + " " + e.getKey().substring(0, 6) + " " + e.getValue().check());
            for (ResolvedTimex r : e.getValue().timexes()) {
              dump.println(
                  "  " + r.sentence() + " " + r.tense() + " \"" + r.text() + "\" = " + r.value());
            }
          }
        }
        Map<String, String> goldIdOf = new LinkedHashMap<>();
        times.forEach((gid, t) -> goldIdOf.put(t.article().id(), gid));
        for (JsonNode trap : gold.get("traps")) {
          traps++;
          ArticleTimes t = times.get(trap.get("article").asText());
          if (t == null) {
            continue;
          }
          String text = norm(trap.get("text").asText());
          for (TimelineBuilder.Dated d : TimelineBuilder.dated(t)) {
            if (text.contains(norm(d.timex().text()))) {
              trapHits++;
              p.println(
                  "TRAP  event "
                      + event
                      + " \""
                      + trap.get("text").asText()
                      + "\" <- \""
                      + d.timex().text()
                      + "\" = "
                      + d.timex().value());
            }
          }
          for (ResolvedTimex r : t.timexes()) {
            if (text.contains(norm(r.text()))) {
              trapHitsAny++;
            }
          }
        }
        List<String> keyDates = new ArrayList<>();
        gold.get("key_dates").forEach(k -> keyDates.add(k.get("date").asText()));
        List<TimelineEntry> timeline = TimelineBuilder.fromTimes(new ArrayList<>(times.values()));
        for (TimelineEntry e : timeline) {
          entries++;
          boolean ok = keyDates.stream().anyMatch(k -> compatible(e.date(), k));
          if (ok) {
            correct++;
          } else {
            p.println(
                "WRONG event "
                    + event
                    + " "
                    + e.date()
                    + " \""
                    + e.expression()
                    + "\" x"
                    + e.sources().size()
                    + " ["
                    + goldIdOf.getOrDefault(e.articles().get(0), "?").substring(0, 6)
                    + "] "
                    + e.text().replace('\n', ' ').substring(0, Math.min(110, e.text().length())));
          }
        }
        for (String k : keyDates) {
          keys++;
          if (timeline.stream().anyMatch(e -> compatible(e.date(), k))) {
            found++;
          } else {
            p.println("MISS  event " + event + " " + k);
          }
        }
      }
      p.println(
          String.format(
              Locale.ROOT,
              "dossier-gold: trap_hits %d/%d (any timex %d)  timeline_precision %.3f (%d/%d)"
                  + "  key_date_recall %.3f (%d/%d)",
              trapHits,
              traps,
              trapHitsAny,
              entries == 0 ? 0.0 : (double) correct / entries,
              correct,
              entries,
              keys == 0 ? 0.0 : (double) found / keys,
              found,
              keys));
    }
  }

  /** Same day, or the same month or year when one of the two is coarser. */
  static boolean compatible(String date, String key) {
    return date.startsWith(key) || key.startsWith(date);
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private record Tee(PrintStream a, PrintStream b) {
    void println(String s) {
      a.println(s);
      b.println(s);
    }
  }
}
