// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.pipeline.Report;
import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import io.storylens.model.Dossier;
import io.storylens.model.ErrorCode;
import io.storylens.model.Quote;
import io.storylens.model.QuoteVariant;
import io.storylens.model.StorylensException;
import io.storylens.model.TimelineEntry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code storylens eval dossier --data DIR [--data DIR2 ...]}: runs the whole pipeline once over
 * the annotated articles of {@code DIR/articles.jsonl} (or the files and folders {@code
 * DIR/articles-from.txt} names: {@link GoldArticles}) and scores what a reader sees in the event
 * dossiers against the hand annotations of {@code DIR/gold/<event_id>.json} (quotes and their
 * resolved speakers, flagged disagreements, timeline dates and date traps; rules in {@link
 * DossierMatch}). Articles are mapped to the gold by their {@code id} (JSON Lines field, newswire
 * DOCNO); a gold quotation whose start is not in its article is printed as an input problem.
 *
 * <p>With the system property {@code storylens.eval.details=true} every miss is printed too; with
 * {@code storylens.eval.entries=true} every timeline entry is printed as a tab-separated line
 * ({@code ENTRY}, event, on the story, date, granularity, sources, gold article ids, expression,
 * text), the material for studying which entries a reader should see.
 */
public final class DossierEval implements EvalTask {
  private final boolean details;
  private final boolean printEntries = Boolean.getBoolean("storylens.eval.entries");
  private final Function<List<Article>, Report> pipeline;

  public DossierEval() {
    this(
        Boolean.getBoolean("storylens.eval.details"),
        articles -> Analyzer.builder().build().analyze(articles));
  }

  DossierEval(boolean details, Function<List<Article>, Report> pipeline) {
    this.details = details;
    this.pipeline = pipeline;
  }

  @Override
  public String name() {
    return "dossier";
  }

  @Override
  public String description() {
    return "a folder with articles.jsonl (news-clusters layout) and gold/<event_id>.json"
        + " (layout of dossier-gold/GUIDE.md)";
  }

  @Override
  public Map<String, Object> run(Path data, PrintStream out) {
    return run(List.of(data), out);
  }

  @Override
  public boolean pools() {
    return true;
  }

  /** As {@link #run(Path, PrintStream)} over the union of several gold folders. */
  @Override
  public Map<String, Object> run(List<Path> data, PrintStream out) {
    Scored s = score(data, out);
    Tally total = s.total();
    StringBuilder cal = new StringBuilder("speaker accuracy by kind shown:");
    total.byKind.forEach(
        (k, v) ->
            cal.append(
                String.format(
                    Locale.ROOT, " %s %d/%d %.2f;", k, v[0], v[1], (double) v[0] / v[1])));
    out.println(cal);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("quote_recall", ratio(total.found, total.goldQuotes));
    f.put("speaker_accuracy", ratio(total.speakerRight, total.found));
    f.put("blank_speaker_rate", ratio(total.blank, total.found));
    f.put("marked_quote_precision", ratio(total.markedRight, total.marked));
    f.put("disagreement_precision", ratio(total.flagsRight, total.flags));
    f.put("disagreement_recall", ratio(total.diffsFound, total.diffs));
    f.put("timeline_precision", ratio(total.entriesRight, total.entries));
    f.put("key_date_recall", ratio(total.datesRecalled, total.dates));
    f.put("trap_hits", total.trapHits);
    f.put("events", s.events());
    f.put("gold_quotes", total.goldQuotes);
    f.put("shown_speaker_precision", ratio(total.shownRight, total.shown));
    return f;
  }

  /** A gold quotation found in a dossier: its event, the annotation and the dossier quote. */
  public record Found(String event, DossierGold.Quotation gold, Quote quote) {}

  /** The outcome of one run: the summed counts, the found quotations, the number of events. */
  record Scored(Tally total, List<Found> found, int events) {}

  /**
   * Runs the pipeline once over the articles of every folder of {@code data} and scores each gold
   * event, printing a line per event (and every miss with details on).
   */
  Scored score(List<Path> data, PrintStream out) {
    List<DossierGold> gold = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    Map<String, String> toGold = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Path dir : data) {
      List<DossierGold> mine = DossierGold.readAll(dir.resolve("gold"));
      gold.addAll(mine);
      Set<String> wanted = new HashSet<>();
      mine.forEach(g -> wanted.addAll(g.articles()));
      Map<String, Article> byId = new HashMap<>();
      for (Article a : GoldArticles.read(dir, out)) {
        String id = a.metadata().get("id");
        if (id == null || id.isBlank()) {
          throw new StorylensException(
              ErrorCode.INVALID_INPUT,
              a.source() + ": an article without an id (JSON field 'id', newswire DOCNO)");
        }
        byId.putIfAbsent(id, a);
        if (wanted.contains(id) && taken.add(id)) {
          toGold.put(a.id(), id);
          articles.add(a);
        }
      }
      mine.forEach(g -> checkGold(g, byId, out));
    }
    Report report = pipeline.apply(articles);
    List<EventDossier> dossiers = new ArrayList<>();
    for (Dossier d : report.dossiers()) {
      if (d.kind().equals("event")) {
        dossiers.add(new EventDossier(d, d.articles().stream().map(toGold::get).toList()));
      }
    }
    Tally total = new Tally();
    for (DossierGold g : gold) {
      Tally t = score(g, dossiers, out);
      out.printf(
          Locale.ROOT,
          "event %-4s articles %2d  quotes %2d/%2d speaker %2d blank %2d  flags %2d/%2d"
              + " found %d/%d  timeline %2d/%2d  key dates %2d/%2d  traps %d%n",
          g.eventId(),
          g.articles().size(),
          t.found,
          t.goldQuotes,
          t.speakerRight,
          t.blank,
          t.flagsRight,
          t.flags,
          t.diffsFound,
          t.diffs,
          t.entriesRight,
          t.entries,
          t.datesRecalled,
          t.dates,
          t.trapHits);
      total.add(t);
    }
    return new Scored(total, List.copyOf(total.matches), gold.size());
  }

  /**
   * Prints, as input problems, what in the gold of {@code g} does not fit its articles: an article
   * id not among them, a quotation whose start (its first {@link DossierMatch#START_WORDS} words,
   * as matched) is not in its article's text. Such a quotation can never be found, so it is a slip
   * in the gold or a fault of the ingest, not of the stages scored.
   */
  static void checkGold(DossierGold g, Map<String, Article> byId, PrintStream out) {
    Set<String> ids = new LinkedHashSet<>(g.articles());
    g.quotes().forEach(q -> ids.add(q.article()));
    for (String id : ids) {
      if (!byId.containsKey(id)) {
        out.printf(
            Locale.ROOT,
            "input problem: event %s: article %s is not among the articles%n",
            g.eventId(),
            id);
      }
    }
    for (DossierGold.Quotation q : g.quotes()) {
      Article a = byId.get(q.article());
      if (a != null && !DossierMatch.startFound(q.start(), a.text())) {
        out.printf(
            Locale.ROOT,
            "input problem: event %s: quote start not in the text of %s: \"%s\"%n",
            g.eventId(),
            q.article(),
            q.start());
      }
    }
  }

  /** An event dossier with its article ids mapped to the gold's. */
  private record EventDossier(Dossier dossier, List<String> goldArticles) {
    String storeId(String goldId) {
      int i = goldArticles.indexOf(goldId);
      return i < 0 ? null : dossier.articles().get(i);
    }
  }

  private Tally score(DossierGold g, List<EventDossier> all, PrintStream out) {
    Set<String> ours = new LinkedHashSet<>(g.articles());
    g.quotes().forEach(q -> ours.add(q.article()));
    List<EventDossier> dossiers =
        all.stream().filter(d -> d.goldArticles().stream().anyMatch(ours::contains)).toList();
    Tally t = new Tally();
    scoreQuotes(g, dossiers, t, out);
    scoreDisagreements(g, ours, dossiers, t, out);
    scoreTimeline(g, ours, dossiers, t, out);
    return t;
  }

  private void scoreQuotes(DossierGold g, List<EventDossier> dossiers, Tally t, PrintStream out) {
    for (DossierGold.Quotation q : g.quotes()) {
      t.goldQuotes++;
      Quote match = null;
      for (EventDossier d : dossiers) {
        String id = d.storeId(q.article());
        for (Quote dq : id == null ? List.<Quote>of() : d.dossier().quotes()) {
          if (match == null && dq.articles().contains(id) && carries(dq, id, q.start())) {
            match = dq;
          }
        }
      }
      if (match == null) {
        detail(out, "  quote missed  [%s] %s", q.speaker(), q.start());
        continue;
      }
      t.found++;
      t.matches.add(new Found(g.eventId(), q, match));
      if (!match.speaker().isBlank()) {
        t.shown++;
      }
      int[] cal = t.byKind.computeIfAbsent(match.speakerKind(), k -> new int[2]);
      cal[1]++;
      boolean blank = match.speaker().isBlank();
      if (blank && !q.speakerKind().equals("unknown")) {
        t.blank++;
      }
      if (DossierMatch.speakerRight(
          q.speaker(), q.speakerKind(), match.speaker(), match.speakerKind())) {
        t.speakerRight++;
        cal[0]++;
        if (!match.speaker().isBlank()) {
          t.shownRight++;
        }
      } else {
        detail(
            out,
            "  speaker wrong [%s %s] shown [%s %s] candidate [%s %s %s p=%.2f] %s",
            q.speakerKind(),
            q.speaker(),
            match.speakerKind(),
            match.speaker(),
            match.speakerEvidence().candidateKind(),
            match.speakerEvidence().candidate(),
            match.speakerEvidence().rule(),
            match.speakerConfidence(),
            q.start());
      }
    }
    for (EventDossier d : dossiers) {
      for (Quote dq : d.dossier().quotes()) {
        if (!dq.marked() || DossierMatch.wordCount(dq.text()) < 3) {
          continue;
        }
        List<String> articles =
            goldIds(d, dq.articles()).stream().filter(g.articles()::contains).toList();
        if (articles.isEmpty()) {
          continue;
        }
        t.marked++;
        boolean gold =
            g.quotes().stream()
                .anyMatch(
                    q ->
                        articles.contains(q.article())
                            && carries(dq, d.storeId(q.article()), q.start()));
        if (gold) {
          t.markedRight++;
        } else {
          detail(out, "  not a gold quote [%s] %s", dq.speaker(), dq.text());
        }
      }
    }
  }

  /** Whether {@code q} or a variant of it listing {@code article} holds the gold start. */
  private static boolean carries(Quote q, String article, String start) {
    if (DossierMatch.startFound(start, q.text())) {
      return true;
    }
    for (QuoteVariant v : q.variants()) {
      if (v.articles().contains(article) && DossierMatch.startFound(start, v.text())) {
        return true;
      }
    }
    return false;
  }

  private void scoreDisagreements(
      DossierGold g, Set<String> ours, List<EventDossier> dossiers, Tally t, PrintStream out) {
    boolean[] found = new boolean[g.disagreements().size()];
    for (EventDossier d : dossiers) {
      for (Disagreement flag : d.dossier().disagreements()) {
        List<String> mine = goldIds(d, flag.articles());
        if (mine.stream().noneMatch(ours::contains)) {
          continue;
        }
        t.flags++;
        boolean right = false;
        for (int i = 0; i < found.length; i++) {
          List<String> values =
              g.disagreements().get(i).values().stream().map(DossierGold.Value::value).toList();
          if (DossierMatch.flagMatches(flag.values(), values)) {
            found[i] = true;
            right = true;
          }
        }
        if (right) {
          t.flagsRight++;
        } else {
          detail(out, "  false flag [%s] %s %s", flag.kind(), flag.description(), flag.values());
        }
      }
    }
    for (int i = 0; i < found.length; i++) {
      t.diffs++;
      if (found[i]) {
        t.diffsFound++;
      } else {
        detail(out, "  difference missed: %s", g.disagreements().get(i).about());
      }
    }
  }

  private void scoreTimeline(
      DossierGold g, Set<String> ours, List<EventDossier> dossiers, Tally t, PrintStream out) {
    List<TimelineEntry> entries = new ArrayList<>();
    List<List<String>> entryArticles = new ArrayList<>();
    for (EventDossier d : dossiers) {
      for (TimelineEntry e : d.dossier().timeline()) {
        List<String> mine = goldIds(d, e.articles());
        if (mine.stream().anyMatch(ours::contains)) {
          entries.add(e);
          entryArticles.add(mine);
        }
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      TimelineEntry e = entries.get(i);
      t.entries++;
      boolean onStory =
          g.keyDates().stream().anyMatch(k -> DossierMatch.dateCompatible(e.date(), k.date()));
      if (printEntries) {
        out.println(
            String.join(
                "\t",
                "ENTRY",
                g.eventId(),
                String.valueOf(onStory),
                e.date(),
                e.granularity(),
                String.valueOf(e.sources().size()),
                String.join(",", entryArticles.get(i)),
                e.expression().replaceAll("\\s+", " "),
                e.text().replaceAll("\\s+", " ")));
      }
      if (onStory) {
        t.entriesRight++;
      } else {
        detail(out, "  entry off the story [%s] '%s' %s", e.date(), e.expression(), e.text());
      }
      for (DossierGold.Trap trap : g.traps()) {
        if (entryArticles.get(i).contains(trap.article())
            && DossierMatch.insideTrap(e.expression(), trap.text())) {
          t.trapHits++;
          detail(out, "  trap dated [%s] '%s' in '%s'", e.date(), e.expression(), trap.text());
        }
      }
    }
    for (DossierGold.KeyDate k : g.keyDates()) {
      t.dates++;
      boolean hit = false;
      for (int i = 0; i < entries.size() && !hit; i++) {
        List<String> on = entryArticles.get(i);
        hit =
            DossierMatch.dateRecalled(entries.get(i).date(), k.date())
                && (k.articles().isEmpty() || k.articles().stream().anyMatch(on::contains));
      }
      if (hit) {
        t.datesRecalled++;
      } else {
        detail(out, "  key date missed %s %s", k.date(), k.what());
      }
    }
  }

  private static List<String> goldIds(EventDossier d, List<String> storeIds) {
    List<String> out = new ArrayList<>();
    for (String id : storeIds) {
      int i = d.dossier().articles().indexOf(id);
      if (i >= 0 && d.goldArticles().get(i) != null) {
        out.add(d.goldArticles().get(i));
      }
    }
    return out;
  }

  private void detail(PrintStream out, String format, Object... args) {
    if (details) {
      out.println(
          String.format(Locale.ROOT, format, args)
              .replaceAll("\\s+", " ")
              .replaceFirst("^ ", "  "));
    }
  }

  private static double ratio(int num, int den) {
    return den == 0 ? 0.0 : Math.round(10000.0 * num / den) / 10000.0;
  }

  /** Counts of one event, summed over events for the final figures. */
  static final class Tally {
    int goldQuotes;
    int found;
    int speakerRight;
    int blank;
    int marked;
    int markedRight;
    int flags;
    int flagsRight;
    int diffs;
    int diffsFound;
    int entries;
    int entriesRight;
    int dates;
    int datesRecalled;
    int trapHits;
    int shown;
    int shownRight;
    final List<Found> matches = new ArrayList<>();

    /** Per shown speaker kind: right, shown. */
    final Map<String, int[]> byKind = new TreeMap<>();

    void add(Tally o) {
      o.byKind.forEach(
          (k, v) -> {
            int[] m = byKind.computeIfAbsent(k, x -> new int[2]);
            m[0] += v[0];
            m[1] += v[1];
          });
      goldQuotes += o.goldQuotes;
      found += o.found;
      speakerRight += o.speakerRight;
      blank += o.blank;
      marked += o.marked;
      markedRight += o.markedRight;
      flags += o.flags;
      flagsRight += o.flagsRight;
      diffs += o.diffs;
      diffsFound += o.diffsFound;
      entries += o.entries;
      entriesRight += o.entriesRight;
      dates += o.dates;
      datesRecalled += o.datesRecalled;
      trapHits += o.trapHits;
      shown += o.shown;
      shownRight += o.shownRight;
      matches.addAll(o.matches);
    }
  }
}
