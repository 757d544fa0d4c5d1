// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two figures that are one measure told at different precision or in another unit: "229.6 feet" and
 * "230 feet" (the second rounds the first), "229 feet (70 meters)" and "230 feet (70 meters)" (both
 * convert the same metric height), "4.8 km" and "5 km". They are never a disagreement: a reader
 * sees the same fact written twice.
 */
final class SameMeasure {
  private SameMeasure() {}

  /** A figure with digits and an optional scale word: "26,700", "5.13 million". */
  private static final Pattern FIGURE =
      Pattern.compile(
          "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s*(thousand|million|billion|trillion))?",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Double> SCALES =
      Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  /** A figure in another unit in parentheses right after the claim: "230 feet (70 meters)". */
  private static final Pattern AFTER =
      Pattern.compile("^\\s*\\p{L}{0,12}\\.?\\s*\\(\\s*([\\d.,]+)\\s*(\\p{L}+)");

  /** The claim in parentheses after a figure in another unit: "70 meters (229.6 feet)". */
  private static final Pattern BEFORE = Pattern.compile("([\\d.,]+)\\s*(\\p{L}+)\\s*\\(\\s*$");

  /** A figure's value and the step of its last written digit. */
  record Figure(double value, double step) {}

  /** The figure written in {@code value}, if it has digits. */
  static Optional<Figure> figure(String value) {
    Matcher m = FIGURE.matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    double scale =
        m.group(3) == null ? 1 : SCALES.getOrDefault(m.group(3).toLowerCase(Locale.ROOT), 1.0);
    String decimals = m.group(2) == null ? "" : m.group(2);
    double x =
        Double.parseDouble(
            m.group(1).replace(",", "") + (decimals.isEmpty() ? "" : "." + decimals));
    return Optional.of(new Figure(x * scale, Math.pow(10, -decimals.length()) * scale));
  }

  /**
   * Whether the more precise of two figures, rounded or cut to the step of the coarser one, is the
   * coarser one: "229.6" and "230", "229.6" and "229". Figures of one precision that differ stay
   * apart ("40" and "41" dead).
   */
  static boolean rounded(String a, String b) {
    Optional<Figure> fa = figure(a);
    Optional<Figure> fb = figure(b);
    if (fa.isEmpty() || fb.isEmpty() || fa.get().step() == fb.get().step()) {
      return false;
    }
    Figure fine = fa.get().step() < fb.get().step() ? fa.get() : fb.get();
    Figure coarse = fine == fa.get() ? fb.get() : fa.get();
    double eps = coarse.step() * 1e-6;
    double round = Math.round(fine.value() / coarse.step()) * coarse.step();
    double cut = Math.floor(fine.value() / coarse.step() + 1e-9) * coarse.step();
    return Math.abs(round - coarse.value()) < eps || Math.abs(cut - coarse.value()) < eps;
  }

  /**
   * Whether both sentences give the figure with a conversion into the same other unit, and the
   * conversions agree ("230 feet (70 meters)" and "229 feet (70 meters)"): one measure, converted
   * and rounded two ways.
   */
  static boolean sameConversion(String sentenceA, String valueA, String sentenceB, String valueB) {
    Optional<String[]> ca = companion(sentenceA, valueA);
    Optional<String[]> cb = companion(sentenceB, valueB);
    if (ca.isEmpty() || cb.isEmpty() || !unit(ca.get()[1]).equals(unit(cb.get()[1]))) {
      return false;
    }
    Optional<Figure> x = figure(ca.get()[0]);
    Optional<Figure> y = figure(cb.get()[0]);
    return x.isPresent()
        && y.isPresent()
        && (x.get().value() == y.get().value() || rounded(ca.get()[0], cb.get()[0]));
  }

  /** The figure and unit written beside {@code value} in {@code sentence}, if any. */
  private static Optional<String[]> companion(String sentence, String value) {
    int at = sentence.indexOf(value);
    if (at < 0) {
      return Optional.empty();
    }
    Matcher after = AFTER.matcher(sentence.substring(at + value.length()));
    if (after.find()) {
      return Optional.of(new String[] {after.group(1), after.group(2)});
    }
    Matcher before = BEFORE.matcher(sentence.substring(0, at));
    if (before.find()) {
      return Optional.of(new String[] {before.group(1), before.group(2)});
    }
    return Optional.empty();
  }

  /** A unit word without its plural ending and case: "meters" and "meter" are one. */
  private static String unit(String w) {
    String u = w.toLowerCase(Locale.ROOT);
    return u.endsWith("s") && u.length() > 2 ? u.substring(0, u.length() - 1) : u;
  }
}
