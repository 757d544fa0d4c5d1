// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.util.List;
import java.util.Objects;

/**
 * A canonical entity of a story: aliases merged ("Biden", "Mr. Biden", "President Joe Biden").
 *
 * @param name canonical name (the longest full form seen)
 * @param type PERSON, ORGANIZATION, LOCATION, MISC …
 * @param aliases every surface form seen, sorted
 * @param articles ids of articles that mention it, sorted
 * @param mentions total number of mentions
 * @param outlets outlets whose articles mention it, sorted
 */
public record Entity(
    String name,
    String type,
    List<String> aliases,
    List<String> articles,
    int mentions,
    List<String> outlets) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
  }

  /** An entity without outlet information. */
  public Entity(
      String name, String type, List<String> aliases, List<String> articles, int mentions) {
    this(name, type, aliases, articles, mentions, List.of());
  }
}
