// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
      "(?:no|not) more than(?: about| around| roughly| some)?|at most|(?:no|not) (?:fewer|less) than"
          + "|roughly|about|around|approximately|nearly|almost|more than|over|at least|less than"
          + "|fewer than"
          + "|under|up to|as many as|as few as|some|an estimated|close to|upwards of|well over"
          + "|just over|just under|only";

  private static final String WORD_NUMBERS =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
          + "|ninety|a hundred|a dozen|a few";

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
          Map.entry("thirteen", 13.0),
          Map.entry("fourteen", 14.0),
          Map.entry("fifteen", 15.0),
          Map.entry("sixteen", 16.0),
          Map.entry("seventeen", 17.0),
          Map.entry("eighteen", 18.0),
          Map.entry("nineteen", 19.0),
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
              + ")\\b)(?<ord>(?<=\\d)(?:st|nd|rd|th)\\b)?(?!/)" // "1/2", "24/7" are no counts
              // "2 1/2 years": a mixed fraction belongs to the number before it.
              + "(?<frac>\\s+(?<fn>[1-9])/(?<fd>[2-9]|1[0-6])(?![\\d/]))?"
              + "(?:\\s*(?<scale>thousand|million|billion|trillion|[kmb]n?\\b))?"
              + "(?<pct>\\s*(?:%|percent|per cent))?",
          Pattern.CASE_INSENSITIVE);

  /**
   * "between 20 and 30", "20 to 30 people": one range. Not "from 50 to 59", which reads as a change
   * from one figure to the other.
   */
  private static final Pattern RANGE =
      Pattern.compile(
          "(?<![\\w.,$/])(?:(?<between>between)\\s+)?(?<a>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+"
              + "(?:and|to)\\s+(?<b>\\d{1,3}(?:,\\d{3})+|\\d+)"
              + "(?:\\s*(?<scale>thousand|million|billion))?(?![\\d,.]*\\d)",
          Pattern.CASE_INSENSITIVE);

  /** Every quantity in {@code s}, in order; vague ones first when they overlap. */
  public static List<Quantity> findAll(String s) {
    List<Quantity> out = new ArrayList<>();
    Matcher v = VAGUE.matcher(s);
    while (v.find()) {
      double[] r = vague(v.group("v").toLowerCase(Locale.ROOT));
      out.add(vague(v.group(), v.group("hedge"), r[0], r[1], v.start(), v.end()));
    }
    Matcher r = RANGE.matcher(s);
    while (r.find()) {
      String before = s.substring(0, r.start()).stripTrailing().toLowerCase(Locale.ROOT);
      boolean between = r.group("between") != null;
      boolean to = r.group().toLowerCase(Locale.ROOT).contains(" to ");
      if (!between && (!to || before.endsWith("from"))) {
        continue; // "2 and 3" lists two figures; "from 50 to 59" is a change
      }
      double lo = Double.parseDouble(r.group("a").replace(",", ""));
      double hi = Double.parseDouble(r.group("b").replace(",", ""));
      if (lo < hi) {
        double k = scale(r.group("scale"));
        out.add(new Quantity(r.group(), "between", lo * k, hi * k, r.start(), r.end()));
      }
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
      double k = scale(m.group("scale"));
      double x = whole * k;
      double unit = m.group("frac") != null ? 0.25 : granularity(m.group("n")) * k;
      out.add(hedged(m.group(), m.group("hedge"), x, unit, st, m.end()));
    }
    out.sort(Comparator.comparingInt(Quantity::start));
    return out;
  }

  /** A unit and an opening bracket between a figure and its conversion: "pounds (", "-pound (". */
  private static final Pattern CONVERSION_GAP = Pattern.compile("^-?\\s*\\p{L}+\\.?\\s*\\(\\s*$");

  /**
   * Whether {@code q}, one of {@code all} found in {@code s}, restates the figure before it in
   * another unit: "nearly 60,000 pounds (26,700 kilograms)", "the 400-pound (181-kg) gorilla". The
   * conversion is the same quantity, written without the hedge of the figure it converts.
   */
  public static boolean isConversion(String s, List<Quantity> all, Quantity q) {
    Quantity before = null;
    for (Quantity p : all) {
      if (p.end() <= q.start() && (before == null || p.end() > before.end())) {
        before = p;
      }
    }
    return before != null && CONVERSION_GAP.matcher(s.substring(before.end(), q.start())).matches();
  }

  /**
   * A figure widened by its hedge. How far "about" reaches depends on how the figure is written:
   * "about 1,000" allows a tenth either way, "some 146 billion" only the last written digit, so
   * that "some $146 billion" and "$148.9 billion" stay apart while "nearly 1,000" still takes 990.
   *
   * @param unit the value of the last written digit ("146 billion": one billion)
   */
  private static Quantity hedged(
      String text, String hedgeRaw, double x, double unit, int s, int e) {
    String hedge = hedgeRaw == null ? "" : hedgeRaw.toLowerCase(Locale.ROOT);
    double spread = Math.min(x * 0.1, unit);
    if (ceiling(hedge)) {
      // "no more than about eight feet": a ceiling, whatever lies under it agrees with it.
      return new Quantity(text, hedge, 0, round(x + (hedge.endsWith("than") ? 0 : spread)), s, e);
    }
    double low = x;
    double high = x;
    switch (hedge) {
      case "roughly", "about", "around", "approximately", "some", "an estimated", "close to" -> {
        low = x - spread;
        high = x + spread;
      }
      case "nearly", "almost", "just under" -> low = x - spread;
      case "more than",
          "over",
          "at least",
          "upwards of",
          "well over",
          "just over",
          "no fewer than",
          "not fewer than",
          "no less than",
          "not less than" -> {
        high = x * 1.5;
      }
      case "less than", "fewer than", "under", "only" -> low = 0;
      case "up to", "as many as" -> low = x * 0.7;
      case "as few as" -> high = x * 1.3;
      default -> {
        if (roundFigure(x, unit)) {
          // "37,000" or "11 million" stands for whatever rounds to it: rounding is no disagreement.
          low = x - unit / 2;
          high = x + unit / 2;
        }
      }
    }
    return new Quantity(text, hedge, round(low), round(high), s, e);
  }

  /**
   * Whether an unhedged figure reads as rounded: at least two significant digits ("37,000", not
   * "100", whose change to "140" is news) and its last written digit in the hundreds or above
   * ("37,000", "11 million"), where exact counts are rarely written.
   */
  private static boolean roundFigure(double x, double unit) {
    return unit >= 100 && x / unit >= 10 - 1e-9;
  }

  /** "no more than", "not more than about", "at most": a bound from above, not a floor. */
  private static boolean ceiling(String hedge) {
    return hedge.startsWith("no more than")
        || hedge.startsWith("not more than")
        || hedge.equals("at most");
  }

  /** A vague magnitude ("tens of thousands") with its hedge: the hedge widens the whole range. */
  private static Quantity vague(String text, String hedgeRaw, double lo, double hi, int s, int e) {
    String hedge = hedgeRaw == null ? "" : hedgeRaw.toLowerCase(Locale.ROOT);
    double low = ceiling(hedge) ? 0 : lo;
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

  /**
   * The value of the last written digit: 1 for "146", 100 for "1,200", 0.1 for "148.9", 1 for a
   * number word.
   */
  static double granularity(String n) {
    String digits = n.replace(",", "");
    if (!digits.matches("\\d+(?:\\.\\d+)?")) {
      return 1;
    }
    int dot = digits.indexOf('.');
    if (dot >= 0) {
      return Math.pow(10, -(digits.length() - dot - 1));
    }
    int zeros = 0;
    for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
      zeros++;
    }
    return Math.pow(10, zeros);
  }

  private static final Set<String> FLOORS =
      Set.of(
          "more than",
          "over",
          "at least",
          "upwards of",
          "just over",
          "no fewer than",
          "not fewer than",
          "no less than",
          "not less than");

  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  /**
   * This figure read as a count of people confirmed so far: a floor ("at least five" dead, "more
   * than 50" injured) is the toll known when it was written, so it reaches only as far as rounding
   * ("more than 50" meets "51"; "at least five" then "seven" is a revision). Other figures and
   * hedges are unchanged; a floor on a measure ("over 200 feet") stays a loose magnitude.
   */
  public Quantity asCount() {
    if (!FLOORS.contains(hedge)) {
      return this;
    }
    Matcher m = DIGITS.matcher(text);
    double unit = 1;
    if (m.find()) {
      double n = Double.parseDouble(m.group().replace(",", ""));
      unit = n > 0 ? granularity(m.group()) * low / n : 1;
    }
    return new Quantity(text, hedge, low, round(low + Math.min(low * 0.1, unit)), start, end);
  }

  /** Whether the figure is an ordinal ("15th"): a position, not a count. */
  public boolean ordinal() {
    return text.matches("(?i).*\\d(?:st|nd|rd|th)");
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
