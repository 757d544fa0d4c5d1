// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical gender a first name usually takes, from the name list CoreNLP's coreference ships
 * in its models jar ({@code namegender.combine.txt}, 14,600 first names): "she said" does not stand
 * for Quentin Tarantino. Names it does not list, and a missing models jar, give no answer, so the
 * check only ever removes candidates it is sure of.
 */
public final class NameGender {
  private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Map<String, Boolean> FEMALE = load();

  private NameGender() {}

  /**
   * Whether a pronoun ({@code he}, {@code she}) may stand for the person called {@code fullName}: 1
   * when the first name says so, -1 when it says the other gender, 0 when it says nothing (other
   * pronouns, surnames alone, unlisted or ambiguous names). The list is noisy for names outside
   * English usage, so callers act on a -1 only when another candidate has a 1.
   */
  public static int agreement(String pronoun, String fullName) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (!p.equals("he") && !p.equals("she")) {
      return 0;
    }
    String first = fullName.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    Boolean female = FEMALE.get(first);
    return female == null ? 0 : female == p.equals("she") ? 1 : -1;
  }

  private static Map<String, Boolean> load() {
    Map<String, Boolean> out = new HashMap<>();
    Set<String> both = new HashSet<>();
    try (InputStream in = NameGender.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.strip().split("\\s+");
        if (f.length == 2) {
          String name = f[0].toLowerCase(Locale.ROOT);
          Boolean g = f[1].equalsIgnoreCase("FEMALE");
          if (!g.equals(out.getOrDefault(name, g))) {
            both.add(name); // listed with both genders: decides nothing
          }
          out.put(name, g);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    out.keySet().removeAll(both);
    return Map.copyOf(out);
  }
}
