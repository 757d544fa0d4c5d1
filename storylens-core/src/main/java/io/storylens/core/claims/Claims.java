// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import io.storylens.core.text.WordLists;
import io.storylens.model.Claim;
import io.storylens.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Groups claims across articles. */
public final class Claims {
  private Claims() {}

  /** Each counted noun of {@code subject-synonyms.txt} with the word standing for its group. */
  private static final Map<String, String> SYNONYMS = synonyms();

  /**
   * The subject key claims are grouped by: the counted noun, singular ("troops" → "troop"), with
   * nouns of one measure joined ("soldiers" → "troop", "ft" → "foot"; {@code
   * subject-synonyms.txt}).
   */
  public static String subjectKey(Claim c) {
    String u = c.unit().toLowerCase(Locale.ROOT);
    if (SYNONYMS.containsKey(u)) {
      return SYNONYMS.get(u);
    }
    String singular;
    if (u.endsWith("ies") && u.length() > 4) {
      singular = u.substring(0, u.length() - 3) + "y";
    } else {
      singular =
          u.endsWith("s") && !u.endsWith("ss") && u.length() > 3
              ? u.substring(0, u.length() - 1)
              : u;
    }
    return SYNONYMS.getOrDefault(singular, singular);
  }

  private static Map<String, String> synonyms() {
    Map<String, String> out = new HashMap<>();
    for (String line : WordLists.lines(Claims.class, "subject-synonyms.txt")) {
      String[] words = line.split("\\s+");
      for (String w : words) {
        out.put(w, words[0]);
      }
    }
    return Map.copyOf(out);
  }

  /**
   * Claims with the same subject and the same value as written (case-insensitive) become one claim
   * listing every article and sentence, with the first attribution stated; order of first
   * appearance.
   */
  public static List<Claim> merge(List<Claim> claims) {
    Map<String, List<Claim>> same = new LinkedHashMap<>();
    for (Claim c : claims) {
      String key = subjectKey(c) + "|" + c.value().toLowerCase(Locale.ROOT);
      same.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<Claim> out = new ArrayList<>();
    for (List<Claim> g : same.values()) {
      Claim first = g.get(0);
      Set<String> articles = new LinkedHashSet<>();
      List<SourceRef> sources = new ArrayList<>();
      for (Claim c : g) {
        articles.addAll(c.articles());
        sources.addAll(c.sources());
      }
      var attribution = g.stream().map(Claim::attribution).flatMap(Optional::stream).findFirst();
      out.add(
          new Claim(
              first.subject(),
              first.value(),
              first.low(),
              first.high(),
              first.unit(),
              first.hedge(),
              first.text(),
              attribution,
              List.copyOf(articles),
              sources));
    }
    return out;
  }

  /** Claims grouped by {@link #subjectKey}, keys sorted. */
  public static Map<String, List<Claim>> bySubject(List<Claim> claims) {
    Map<String, List<Claim>> out = new TreeMap<>();
    for (Claim c : claims) {
      out.computeIfAbsent(subjectKey(c), k -> new ArrayList<>()).add(c);
    }
    return out;
  }
}
