// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A speaker phrase that is an organization's name with its article ("the British Transport Police",
 * "the RAIB", "The Rail Accident Investigation Branch") is that organization, named: the rules read
 * "the …" as a description, but the language layer tags what follows the article as an ORGANIZATION
 * somewhere in the same text. People and families with an article ("the Steinbergs") are not
 * organizations and stay descriptions.
 */
final class ArticledOrganizations {
  private final Map<String, String> byLowerName = new HashMap<>();

  ArticledOrganizations(String text, List<LanguageHints.Name> names) {
    for (LanguageHints.Name n : names) {
      if (n.type().equals("ORGANIZATION")) {
        String name = text.substring(n.start(), n.end()).strip().replaceFirst("['’]s?$", "");
        byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
  }

  /** Whether the text names no organization. */
  boolean isEmpty() {
    return byLowerName.isEmpty();
  }

  /** Whether {@code lowerName} (lower case) is an organization's name in the text. */
  boolean knows(String lowerName) {
    return byLowerName.containsKey(lowerName);
  }

  /**
   * The organization {@code mention} names once its leading article is dropped, as the text first
   * writes it; null when the rest is not an organization's name.
   */
  String name(String mention) {
    String m = mention.strip();
    String lower = m.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("the ")) {
      return null;
    }
    String rest = m.substring(4).strip();
    if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
      return null;
    }
    return byLowerName.get(rest.toLowerCase(Locale.ROOT));
  }
}
