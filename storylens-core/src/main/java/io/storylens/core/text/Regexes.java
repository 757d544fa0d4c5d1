// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches} without compiling the pattern on every call: rules written with inline
 * regular expressions stay readable, and the cheap clustering path, which resolves dates for every
 * article, does not pay a compilation per test. Patterns are compiled once and kept (the set of
 * expressions is the fixed set written in the code).
 */
public final class Regexes {
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Regexes() {}

  /** Whether all of {@code input} matches {@code regex}, as {@code input.matches(regex)}. */
  public static boolean matches(String regex, CharSequence input) {
    return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(input).matches();
  }
}
