// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import io.storylens.core.quotes.Attribution;
import io.storylens.core.quotes.QuoteMerger;
import io.storylens.core.quotes.RuleQuoteExtractor;
import io.storylens.core.quotes.WordDiff;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Disagreement;
import io.storylens.model.Quote;
import io.storylens.model.QuoteVariant;
import io.storylens.model.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where the articles of one story differ. Kinds:
 *
 * <ul>
 *   <li>{@code number}: two articles give figures for the same subject whose ranges do not overlap,
 *       on the same day or undated (a contradiction);
 *   <li>{@code number-update}: the same, but the articles are dated on different days, so the later
 *       figure may be an update;
 *   <li>{@code slot}: aligned sentences that differ only in a name, number or date at one place
 *       ("defend Afghanistan" vs "defend Ukraine");
 *   <li>{@code quote-edit}: the same quote with words added, dropped or changed.
 * </ul>
 *
 * Output order: by kind as listed, then by the order of the articles given.
 */
public final class Disagreements {
  /** Longest side of a slot difference, in words. */
  static final int MAX_SLOT_WORDS = 3;

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private Disagreements() {}

  /** Extracts quotes and claims of {@code articles} and finds their disagreements. */
  public static List<Disagreement> find(List<Article> articles) {
    RuleQuoteExtractor extractor = new RuleQuoteExtractor();
    ClaimExtractor claimExtractor = new ClaimExtractor(extractor);
    Map<String, List<Attribution>> attributions = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (Article a : articles) {
      List<Attribution> at = extractor.extract(a);
      attributions.put(a.id(), at);
      claims.addAll(claimExtractor.extract(a, at));
    }
    List<Quote> quotes = new QuoteMerger(extractor).merge(articles, attributions);
    return find(articles, quotes, Claims.merge(claims));
  }

  /** Disagreements among {@code articles}, given their merged quotes and claims. */
  public static List<Disagreement> find(
      List<Article> articles, List<Quote> quotes, List<Claim> claims) {
    List<Disagreement> out = new ArrayList<>();
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
    }
    numbers(claims, byId, out);
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        slots(articles.get(i), articles.get(j), out);
      }
    }
    quoteEdits(quotes, out);
    return out;
  }

  private static void numbers(
      List<Claim> claims, Map<String, Article> byId, List<Disagreement> out) {
    Set<String> seen = new HashSet<>();
    for (var e : Claims.bySubject(claims).entrySet()) {
      List<Claim> g = e.getValue();
      for (int i = 0; i < g.size(); i++) {
        for (int j = i + 1; j < g.size(); j++) {
          Claim a = g.get(i);
          Claim b = g.get(j);
          if (a.low().isEmpty() || b.low().isEmpty() || shareArticle(a, b)) {
            continue;
          }
          boolean overlap = a.low().get() <= b.high().get() && b.low().get() <= a.high().get();
          if (overlap || !seen.add(e.getKey() + "|" + a.value() + "|" + b.value())) {
            continue;
          }
          Optional<LocalDate> da = date(a, byId);
          Optional<LocalDate> db = date(b, byId);
          boolean update = da.isPresent() && db.isPresent() && !da.get().equals(db.get());
          String kind = update ? "number-update" : "number";
          String desc =
              String.format(
                  Locale.ROOT,
                  "%s: \"%s\"%s vs \"%s\"%s%s",
                  e.getKey(),
                  a.value(),
                  by(a),
                  b.value(),
                  by(b),
                  update
                      ? " (reported on different days: " + da.get() + " / " + db.get() + ")"
                      : "");
          List<String> articles = new ArrayList<>(a.articles());
          articles.addAll(b.articles());
          List<SourceRef> sources = new ArrayList<>(a.sources());
          sources.addAll(b.sources());
          out.add(new Disagreement(kind, desc, articles, List.of(a.value(), b.value()), sources));
        }
      }
    }
  }

  private static String by(Claim c) {
    return c.attribution().map(s -> " (" + s + ")").orElse("");
  }

  private static boolean shareArticle(Claim a, Claim b) {
    for (String x : a.articles()) {
      if (b.articles().contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<LocalDate> date(Claim c, Map<String, Article> byId) {
    Article a = byId.get(c.articles().get(0));
    return a == null ? Optional.empty() : a.publishedDate();
  }

  private static void slots(Article a, Article b, List<Disagreement> out) {
    for (SentenceAligner.Pair p : SentenceAligner.align(a.text(), b.text())) {
      for (WordDiff.Change c :
          WordDiff.changes(WordDiff.words(p.textA()), WordDiff.words(p.textB()))) {
        if (!c.isSubstitution()
            || !c.interior()
            || c.removed().size() > MAX_SLOT_WORDS
            || c.added().size() > MAX_SLOT_WORDS
            || !slotLike(c.removed())
            || !slotLike(c.added())
            || equivalent(c.removed(), c.added())) {
          continue;
        }
        String va = String.join(" ", c.removed());
        String vb = String.join(" ", c.added());
        String desc =
            String.format(
                Locale.ROOT,
                "%s (%s) says \"%s\" where %s (%s) says \"%s\" in the same sentence",
                a.outletName(),
                a.source(),
                va,
                b.outletName(),
                b.source(),
                vb);
        out.add(
            new Disagreement(
                "slot",
                desc,
                List.of(a.id(), b.id()),
                List.of(va, vb),
                List.of(new SourceRef(a.id(), p.a()), new SourceRef(b.id(), p.b()))));
      }
    }
  }

  /** Names, numbers and dates: every word capitalized or a number (not "I"). */
  private static boolean slotLike(List<String> words) {
    for (String w : words) {
      boolean name = Character.isUpperCase(w.charAt(0)) && !w.equals("I");
      if (!name && !Character.isDigit(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Jan." and "January", "NordStream" and "Nord Stream", "Russia" and "Russian", weekday vs date.
   */
  private static boolean equivalent(List<String> x, List<String> y) {
    String a = canon(x);
    String b = canon(y);
    if (a.equals(b) || a.length() >= 4 && b.startsWith(a) || b.length() >= 4 && a.startsWith(b)) {
      return true;
    }
    boolean weekdayA = WEEKDAYS.contains(a);
    boolean weekdayB = WEEKDAYS.contains(b);
    return weekdayA != weekdayB; // "Tuesday" vs "December 28": a timeline question, not a slot
  }

  private static String canon(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      String x = w.toLowerCase(Locale.ROOT).replace(".", "").replace("-", "");
      sb.append(MONTHS.getOrDefault(x, x));
    }
    return sb.toString();
  }

  private static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("jan", "january"),
          Map.entry("feb", "february"),
          Map.entry("mar", "march"),
          Map.entry("apr", "april"),
          Map.entry("jun", "june"),
          Map.entry("jul", "july"),
          Map.entry("aug", "august"),
          Map.entry("sep", "september"),
          Map.entry("sept", "september"),
          Map.entry("oct", "october"),
          Map.entry("nov", "november"),
          Map.entry("dec", "december"));

  private static void quoteEdits(List<Quote> quotes, List<Disagreement> out) {
    for (Quote q : quotes) {
      for (QuoteVariant v : q.variants()) {
        if (v.diff().isEmpty()) {
          continue;
        }
        List<String> mainArticles = new ArrayList<>(q.articles());
        mainArticles.removeAll(v.articles());
        List<String> articles = new ArrayList<>(mainArticles);
        articles.addAll(v.articles());
        String speaker = q.speaker().isEmpty() ? "an unknown speaker" : q.speaker();
        String desc =
            String.format(
                Locale.ROOT,
                "quote of %s worded differently: %s%s",
                speaker,
                v.diff(),
                v.changesMeaning() ? " (may change meaning)" : "");
        List<SourceRef> sources =
            q.sources().stream().filter(s -> articles.contains(s.article())).toList();
        out.add(
            new Disagreement("quote-edit", desc, articles, List.of(q.text(), v.text()), sources));
      }
    }
  }
}
