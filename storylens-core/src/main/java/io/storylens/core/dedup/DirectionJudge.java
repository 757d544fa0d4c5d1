// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.core.text.PublicationTimes;
import io.storylens.model.Article;
import io.storylens.model.LinkEvidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides who copied whom from cues, each adding log-odds for "first is the original": earlier
 * publication date (weaker when a date is flagged), relative dates of one text resolved to calendar
 * dates in the aligned sentence of the other, wire credits, and strictly less information. With no
 * cue the confidence is 0.5 and the order falls back to date, then id.
 */
final class DirectionJudge {
  static final double DATE_WEIGHT = 2.0;
  static final double FLAGGED_DATE_WEIGHT = 0.7;
  static final double RESOLVED_DATE_WEIGHT = 1.5;
  static final double WIRE_CREDIT_WEIGHT = 0.5;
  static final double WIRE_ORIGIN_WEIGHT = 2.0;
  static final double LESS_INFORMATION_WEIGHT = 0.8;

  private static final Pattern RELATIVE =
      Pattern.compile(
          "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight"
              + "|last (week|month|night)|this (week|month)|earlier this (week|month))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ABSOLUTE =
      Pattern.compile(
          "\\b((January|February|March|April|May|June|July|August|September|October|November"
              + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? \\d{1,2}"
              + "(, \\d{4})?|\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Pattern WIRE_CREDIT =
      Pattern.compile(
          "(Based on reporting by|contributed to this report|\\((AP|Reuters|AFP)\\)"
              + "|according to (a|an) (Reuters|AP|AFP|Associated Press) report"
              + "|(Reuters|AFP|The Associated Press) reported)");
  private static final Pattern WIRE_OUTLET =
      Pattern.compile("(reuters|apnews|associated press|afp)", Pattern.CASE_INSENSITIVE);

  private DirectionJudge() {}

  /** The verdict: whether {@code a} is the original, with confidence and cues. */
  record Verdict(boolean firstIsOriginal, double confidence, List<LinkEvidence> cues) {}

  static Verdict judge(
      Article a,
      Article b,
      List<String> sentencesA,
      List<String> sentencesB,
      List<Alignment.Pair> aligned,
      List<Alignment.Pair> gapPairs) {
    double z = 0;
    List<LinkEvidence> cues = new ArrayList<>();
    LocalDate da = a.publishedDate().orElse(null);
    LocalDate db = b.publishedDate().orElse(null);
    if (da != null && db != null && !da.equals(db)) {
      boolean flagged = !a.dateWarnings().isEmpty() || !b.dateWarnings().isEmpty();
      double w = flagged ? FLAGGED_DATE_WEIGHT : DATE_WEIGHT;
      z += da.isBefore(db) ? w : -w;
      cues.add(
          LinkEvidence.cue(
              "earlier-date",
              (da.isBefore(db)
                      ? a.id() + " " + da + " before " + b.id() + " " + db
                      : b.id() + " " + db + " before " + a.id() + " " + da)
                  + (flagged ? " (a date is flagged, weak)" : "")));
    }
    int resolvedByB = 0;
    int resolvedByA = 0;
    List<Alignment.Pair> dateCheck = new ArrayList<>(aligned);
    dateCheck.addAll(gapPairs);
    for (Alignment.Pair p : dateCheck) {
      String sa = sentencesA.get(p.a());
      String sb = sentencesB.get(p.b());
      if (resolves(sa, sb)) {
        resolvedByB++;
        cues.add(resolvedCue(p, sa, sb, b.id()));
      } else if (resolves(sb, sa)) {
        resolvedByA++;
        cues.add(resolvedCue(p, sb, sa, a.id()));
      }
    }
    z += RESOLVED_DATE_WEIGHT * (Math.min(2, resolvedByB) - Math.min(2, resolvedByA));
    boolean creditA = WIRE_CREDIT.matcher(a.text()).find();
    boolean creditB = WIRE_CREDIT.matcher(b.text()).find();
    if (creditA != creditB) {
      Article credits = creditA ? a : b;
      Article other = creditA ? b : a;
      boolean wireOrigin = WIRE_OUTLET.matcher(other.outletName()).find();
      double w = wireOrigin ? WIRE_ORIGIN_WEIGHT : WIRE_CREDIT_WEIGHT;
      z += creditB ? w : -w;
      cues.add(
          LinkEvidence.cue(
              "wire-credit",
              credits.id()
                  + " credits a wire service"
                  + (wireOrigin ? " and " + other.id() + " is that wire" : "")));
    }
    if (!aligned.isEmpty() && !sentencesA.isEmpty() && !sentencesB.isEmpty()) {
      double uncoveredA = 1 - aligned.size() / (double) sentencesA.size();
      double uncoveredB = 1 - aligned.size() / (double) sentencesB.size();
      if (uncoveredB <= 0.15 && uncoveredA >= 0.35) {
        z += LESS_INFORMATION_WEIGHT;
        cues.add(lessInformation(b, a, uncoveredA));
      } else if (uncoveredA <= 0.15 && uncoveredB >= 0.35) {
        z -= LESS_INFORMATION_WEIGHT;
        cues.add(lessInformation(a, b, uncoveredB));
      }
    }
    int published = publicationOrder(a, b);
    if (published != 0 && (z == 0 || (z > 0) != (published < 0))) {
      // A copy cannot appear before its original: when both publication moments are known from
      // the input and differ, the earlier is the original whatever the text cues say; the cues
      // that disagree only lower the confidence.
      cues.add(
          LinkEvidence.cue(
              "publication-order",
              (published < 0 ? a.id() : b.id())
                  + " was published first; a derivation never runs from a later article to an"
                  + " earlier one"));
      z = published < 0 ? ORDER_ONLY_WEIGHT : -ORDER_ONLY_WEIGHT;
    }
    if (z == 0) {
      boolean aFirst = fallbackOrder(a, b) <= 0;
      return new Verdict(aFirst, 0.5, cues);
    }
    double confidence = 1 / (1 + Math.exp(-Math.abs(z)));
    return new Verdict(z > 0, Math.round(confidence * 1000) / 1000.0, cues);
  }

  /** Log-odds left when the publication order overrules the text cues. */
  static final double ORDER_ONLY_WEIGHT = 0.4;

  /**
   * -1 when {@code a} was surely published before {@code b}, 1 when after, 0 when unknown: both
   * dates from the input (not inferred, not flagged), on different days or, on one day, at
   * different known times of day.
   */
  static int publicationOrder(Article a, Article b) {
    if (a.publishedDate().isEmpty()
        || b.publishedDate().isEmpty()
        || !a.dateWarnings().isEmpty()
        || !b.dateWarnings().isEmpty()
        || a.published().from() == io.storylens.model.Provenance.INFERRED
        || b.published().from() == io.storylens.model.Provenance.INFERRED) {
      return 0;
    }
    int days = a.publishedDate().get().compareTo(b.publishedDate().get());
    if (days != 0) {
      return Integer.signum(days);
    }
    var ta = PublicationTimes.time(a);
    var tb = PublicationTimes.time(b);
    return ta.isPresent() && tb.isPresent() ? Integer.signum(ta.get().compareTo(tb.get())) : 0;
  }

  /** Date (unknown last), then id: a deterministic order when no cue decides. */
  static int fallbackOrder(Article a, Article b) {
    String da = a.publishedDate().map(Object::toString).orElse("9999");
    String db = b.publishedDate().map(Object::toString).orElse("9999");
    int c = da.compareTo(db);
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  /** {@code copy} names a calendar date where {@code original} used a relative one. */
  static boolean resolves(String original, String copy) {
    var rel = RELATIVE.matcher(original);
    if (!rel.find()) {
      return false;
    }
    if (RELATIVE.matcher(copy).find()) {
      return false;
    }
    return newDate(original, copy).isPresent();
  }

  /** A calendar date in {@code copy} (as written) whose month and day {@code original} lacks. */
  static Optional<String> newDate(String original, String copy) {
    Set<String> known = new HashSet<>();
    var m = ABSOLUTE.matcher(original);
    while (m.find()) {
      known.add(monthDay(m.group()));
    }
    var abs = ABSOLUTE.matcher(copy);
    while (abs.find()) {
      if (!known.contains(monthDay(abs.group()))) {
        return Optional.of(abs.group());
      }
    }
    return Optional.empty();
  }

  /** "Jan. 12" and "January 12, 2022" both give "jan 12"; ISO dates give themselves. */
  private static String monthDay(String date) {
    String d = date.toLowerCase(Locale.ROOT);
    if (Character.isDigit(d.charAt(0))) {
      return d;
    }
    String[] parts = d.replace(".", "").replace(",", "").split(" ");
    return parts[0].substring(0, 3) + " " + Integer.parseInt(parts[1]);
  }

  private static LinkEvidence resolvedCue(
      Alignment.Pair p, String orig, String copy, String copyId) {
    var rel = RELATIVE.matcher(orig);
    rel.find();
    String date = newDate(orig, copy).orElse("");
    return new LinkEvidence(
        "resolved-relative-date",
        copyId + " resolves \"" + rel.group() + "\" to \"" + date + "\"",
        Optional.of(p.a()),
        Optional.of(p.b()));
  }

  private static LinkEvidence lessInformation(Article copy, Article original, double uncovered) {
    return LinkEvidence.cue(
        "less-information",
        String.format(
            Locale.ROOT,
            "%s carries little beyond %s, which has %.0f%% sentences without counterpart",
            copy.id(),
            original.id(),
            uncovered * 100));
  }
}
