// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Word lists kept as resource files (one entry per line, {@code #} starts a comment line), so that
 * lists are data that can be read and extended without touching code.
 */
public final class WordLists {
  private WordLists() {}

  /**
   * The entries of resource {@code name} beside {@code owner}, stripped, as an unmodifiable set.
   *
   * @throws IllegalStateException when the resource is missing (a packaging bug)
   */
  public static Set<String> load(Class<?> owner, String name) {
    return Set.copyOf(lines(owner, name));
  }

  /**
   * The entries of resource {@code name} beside {@code owner}, stripped, in file order.
   *
   * @throws IllegalStateException when the resource is missing (a packaging bug)
   */
  public static List<String> lines(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + name + " beside " + owner);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }
}
