// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as written in news, normalised to a range: "roughly 100,000" is [90,000, 110,000], "more
 * than 90,000" is [90,000, 135,000], "as many as 175,000" is [122,500, 175,000], "tens of
 * thousands" is [10,000, 99,999]. Hand-written: no library reads hedged English quantities.
 *
 * @param text the quantity as written
 * @param hedge the hedge word, empty if none
 * @param low lower bound
 * @param high upper bound
 * @param start offset of {@code text} in the input
 * @param end end offset
 */
public record Quantity(String text, String hedge, double low, double high, int start, int end) {
  public Quantity {
    if (!(low <= high)) {
      throw new IllegalArgumentException("low > high: " + low + " > " + high);
    }
  }

  private static final String HEDGES =
      "roughly|about|around|approximately|nearly|almost|more than|over|at least|less than|fewer than"
          + "|under|up to|as many as|as few as|some|an estimated|close to|upwards of|well over"
          + "|just over|just under|only";

  private static final String WORD_NUMBERS =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
          + "|fifty|sixty|seventy|eighty|ninety|a hundred|a dozen|a few";

  private static final Map<String, Double> WORDS =
      Map.ofEntries(
          Map.entry("one", 1.0),
          Map.entry("two", 2.0),
          Map.entry("three", 3.0),
          Map.entry("four", 4.0),
          Map.entry("five", 5.0),
          Map.entry("six", 6.0),
          Map.entry("seven", 7.0),
          Map.entry("eight", 8.0),
          Map.entry("nine", 9.0),
          Map.entry("ten", 10.0),
          Map.entry("eleven", 11.0),
          Map.entry("twelve", 12.0),
          Map.entry("fifteen", 15.0),
          Map.entry("twenty", 20.0),
          Map.entry("thirty", 30.0),
          Map.entry("forty", 40.0),
          Map.entry("fifty", 50.0),
          Map.entry("sixty", 60.0),
          Map.entry("seventy", 70.0),
          Map.entry("eighty", 80.0),
          Map.entry("ninety", 90.0),
          Map.entry("a hundred", 100.0),
          Map.entry("a dozen", 12.0),
          Map.entry("a few", 3.0));

  /** Vague magnitudes: "tens of thousands", "hundreds", "dozens". */
  private static final Pattern VAGUE =
      Pattern.compile(
          "\\b(?:(?<hedge>"
              + HEDGES
              + ")\\s+)?(?<v>(?:tens|hundreds) of (?:thousands|millions|billions)"
              + "|thousands|millions|billions|hundreds|dozens)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\w.,$/])(?:(?<hedge>"
              + HEDGES
              + ")\\s+)?(?<cur>\\$|US\\$|€|£)?"
              + "(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:"
              + WORD_NUMBERS
              + ")\\b)(?!/)" // "1/2", "24/7", "12/25/2021" are no counts
              // "2 1/2 years": a mixed fraction belongs to the number before it.
              + "(?<frac>\\s+(?<fn>[1-9])/(?<fd>[2-9]|1[0-6])(?![\\d/]))?"
              + "(?:\\s*(?<scale>thousand|million|billion|trillion|[kmb]n?\\b))?"
              + "(?<pct>\\s*(?:%|percent|per cent))?",
          Pattern.CASE_INSENSITIVE);

  /** Every quantity in {@code s}, in order; vague ones first when they overlap. */
  public static java.util.List<Quantity> findAll(String s) {
    java.util.List<Quantity> out = new java.util.ArrayList<>();
    Matcher v = VAGUE.matcher(s);
    while (v.find()) {
      double[] r = vague(v.group("v").toLowerCase(Locale.ROOT));
      out.add(hedged(v.group(), v.group("hedge"), r[0], r[1], v.start(), v.end()));
    }
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      int st = m.start();
      if (out.stream().anyMatch(q -> q.start() < m.end() && st < q.end())) {
        continue;
      }
      Optional<Double> n = parse(m.group("n"));
      if (n.isEmpty()) {
        continue;
      }
      double whole = n.get();
      if (m.group("frac") != null) {
        whole += Double.parseDouble(m.group("fn")) / Double.parseDouble(m.group("fd"));
      }
      double x = whole * scale(m.group("scale"));
      out.add(hedged(m.group(), m.group("hedge"), x, x, st, m.end()));
    }
    out.sort(java.util.Comparator.comparingInt(Quantity::start));
    return out;
  }

  private static Quantity hedged(String text, String hedgeRaw, double lo, double hi, int s, int e) {
    String hedge = hedgeRaw == null ? "" : hedgeRaw.toLowerCase(Locale.ROOT);
    double low = lo;
    double high = hi;
    switch (hedge) {
      case "roughly", "about", "around", "approximately", "some", "an estimated", "close to" -> {
        low = lo * 0.9;
        high = hi * 1.1;
      }
      case "nearly", "almost", "just under" -> low = lo * 0.9;
      case "more than", "over", "at least", "upwards of", "well over", "just over" -> {
        high = Math.max(hi, lo * 1.5);
      }
      case "less than", "fewer than", "under", "only" -> low = 0;
      case "up to", "as many as" -> low = hi * 0.7;
      case "as few as" -> high = lo * 1.3;
      default -> {}
    }
    return new Quantity(text, hedge, round(low), round(high), s, e);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static double[] vague(String v) {
    return switch (v) {
      case "tens of thousands" -> new double[] {10_000, 99_999};
      case "hundreds of thousands" -> new double[] {100_000, 999_999};
      case "tens of millions" -> new double[] {10e6, 99.999e6};
      case "hundreds of millions" -> new double[] {100e6, 999.999e6};
      case "tens of billions" -> new double[] {10e9, 99.999e9};
      case "hundreds of billions" -> new double[] {100e9, 999.999e9};
      case "thousands" -> new double[] {1_000, 9_999};
      case "millions" -> new double[] {1e6, 9.999e6};
      case "billions" -> new double[] {1e9, 9.999e9};
      case "hundreds" -> new double[] {100, 999};
      default -> new double[] {24, 99}; // dozens
    };
  }

  private static Optional<Double> parse(String n) {
    String lower = n.toLowerCase(Locale.ROOT);
    if (WORDS.containsKey(lower)) {
      return Optional.of(WORDS.get(lower));
    }
    try {
      return Optional.of(Double.parseDouble(n.replace(",", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static double scale(String s) {
    if (s == null) {
      return 1;
    }
    return switch (s.toLowerCase(Locale.ROOT).charAt(0)) {
      case 't' -> s.length() > 2 && s.toLowerCase(Locale.ROOT).startsWith("tr") ? 1e12 : 1e3;
      case 'k' -> 1e3;
      case 'm' -> 1e6;
      case 'b' -> 1e9;
      default -> 1;
    };
  }

  /** Whether the two ranges share a value. */
  public boolean overlaps(Quantity o) {
    return low <= o.high && o.low <= high;
  }
}
