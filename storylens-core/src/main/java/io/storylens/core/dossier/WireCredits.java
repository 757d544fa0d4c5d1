// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dossier;

import io.storylens.core.text.WordLists;
import io.storylens.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which news agency an article comes from, by its credit: the agency's own site, a wire path in the
 * URL ({@code /wires/ap/}), the byline ("By Reuters"), or the dateline ("SAN JOSE, Dec 31 (Reuters)
 * -"). Agencies and their names are in {@code wire-agencies.txt}.
 */
final class WireCredits {
  /** Where a credit was found. */
  enum Where {
    /** The article is on the agency's own site: it is the agency's article. */
    OWN_SITE,
    URL,
    BYLINE,
    DATELINE
  }

  /** An agency credit of an article. */
  record Credit(String agency, Where where, String text) {
    /** Whether the article is the agency's own, not a copy run by another outlet. */
    boolean own() {
      return where == Where.OWN_SITE;
    }
  }

  private record Agency(
      String name, Pattern credit, Pattern word, Pattern path, List<String> hosts) {}

  private static final List<Agency> AGENCIES = load();

  /** How far into the text a dateline credit is looked for. */
  private static final int DATELINE_CHARS = 300;

  private WireCredits() {}

  private static List<Agency> load() {
    List<Agency> out = new ArrayList<>();
    for (String line : WordLists.load(WireCredits.class, "wire-agencies.txt")) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException(
            "wire-agencies.txt: not NAME<tab>CREDITS<tab>HOSTS: " + line);
      }
      String names = f[1].replace(".", "\\.");
      Pattern credit = Pattern.compile("(?:\\(|\\bBy\\s+|—\\s*|-\\s)(?:" + names + ")(?:\\)|\\b)");
      Pattern path =
          Pattern.compile(
              "/(?:" + names.toLowerCase(Locale.ROOT).replace(' ', '-') + ")/",
              Pattern.CASE_INSENSITIVE);
      Pattern word = Pattern.compile("\\b(?:" + names + ")\\b");
      out.add(new Agency(f[0], credit, word, path, List.of(f[2].split("\\|"))));
    }
    return List.copyOf(out);
  }

  /**
   * The agency credit of {@code a}, if any; the agency's own site first, then URL, byline,
   * dateline.
   */
  static Optional<Credit> of(Article a) {
    String host = host(a.url().value().orElse("")) + " " + a.outletName().toLowerCase(Locale.ROOT);
    for (Agency g : AGENCIES) {
      for (String h : g.hosts()) {
        if (host.contains(h)) {
          return Optional.of(new Credit(g.name(), Where.OWN_SITE, h));
        }
      }
    }
    String url = a.url().value().orElse("");
    for (Agency g : AGENCIES) {
      var m = g.path().matcher(url);
      if (m.find()) {
        return Optional.of(new Credit(g.name(), Where.URL, m.group()));
      }
    }
    String byline = a.author().value().orElse("");
    for (Agency g : AGENCIES) {
      var m = g.word().matcher(byline);
      if (!byline.isBlank() && m.find()) {
        return Optional.of(new Credit(g.name(), Where.BYLINE, byline));
      }
    }
    String head = a.text().substring(0, Math.min(DATELINE_CHARS, a.text().length()));
    for (Agency g : AGENCIES) {
      var m = g.credit().matcher(head);
      if (m.find()) {
        return Optional.of(new Credit(g.name(), Where.DATELINE, m.group().strip()));
      }
    }
    return Optional.empty();
  }

  private static String host(String url) {
    String u = url.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
    int slash = u.indexOf('/');
    return slash < 0 ? u : u.substring(0, slash);
  }
}
