// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text layout of the models that keep their scaling beside their weights: lines {@code key
 * value value …}, {@code #} comments. {@link WeightsFile} (models without scaling: one value a
 * line, names {@code bias} and {@code threshold}) reads through the same {@link #lines}.
 */
public final class ModelText {
  private ModelText() {}

  /**
   * The text of resource {@code name} beside {@code owner}.
   *
   * @throws IllegalStateException when it is missing (a packaging bug)
   */
  public static String resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * The values of each key of {@code text}; {@code source} names it in errors.
   *
   * @throws IllegalArgumentException when a key of {@code required} has no line
   */
  public static Map<String, String[]> fields(String text, String source, List<String> required) {
    Map<String, String[]> v = new HashMap<>();
    for (Line l : lines(text)) {
      v.put(l.key(), l.values());
    }
    for (String key : required) {
      if (!v.containsKey(key)) {
        throw new IllegalArgumentException(source + ": no '" + key + "' line");
      }
    }
    return v;
  }

  /** One line of a model text: its key and the values after it. */
  public record Line(String key, String[] values) {}

  /**
   * The lines of {@code text} in order, each split at white space into its key and values; blank
   * lines and {@code #} comments are left out.
   */
  public static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        String[] parts = l.split("\\s+");
        out.add(new Line(parts[0], Arrays.copyOfRange(parts, 1, parts.length)));
      }
    }
    return List.copyOf(out);
  }

  /** {@code s} parsed as numbers. */
  public static double[] numbers(String[] s) {
    double[] d = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      d[i] = Double.parseDouble(s[i]);
    }
    return d;
  }

  /** {@code v} written with eight decimals, separated by spaces. */
  public static String join(double[] v) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      s.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.8f", v[i]));
    }
    return s.toString();
  }
}
