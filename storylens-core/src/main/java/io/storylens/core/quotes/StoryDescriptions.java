// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A definite description that its own article never puts next to a name ("The director said failing
 * to test the route one more time was …" in a report that calls him only "Quentin Tarantino")
 * stands for the one person or organization the other articles of the story resolve the same
 * description to ("“Pulp Fiction” director Quentin Tarantino … The director said"). Outlets
 * covering one event describe its people with the same few nouns; when the story's articles resolve
 * one description to two different speakers, it stays as written.
 */
final class StoryDescriptions {
  /** The rule of a speaker found through another article's reading of the same description. */
  static final String RULE = "story-description";

  /** Rules whose resolution of a description another article may borrow: the article's own. */
  private static final Set<String> RESOLVED_IN_ARTICLE = Set.of("description");

  private StoryDescriptions() {}

  /** The attributions of {@code byArticle} with definite descriptions resolved across the story. */
  static Map<String, List<Attribution>> resolve(Map<String, List<Attribution>> byArticle) {
    Map<String, Set<String>> speakersByDescription = new HashMap<>();
    for (List<Attribution> list : byArticle.values()) {
      for (Attribution a : list) {
        String key = key(a.mention());
        if (a.kind() == SpeakerKind.NOMINAL_RESOLVED
            && key != null
            && RESOLVED_IN_ARTICLE.contains(a.clues().rule())) {
          speakersByDescription.computeIfAbsent(key, k -> new TreeSet<>()).add(a.speaker().strip());
        }
      }
    }
    if (speakersByDescription.isEmpty()) {
      return byArticle;
    }
    Map<String, List<Attribution>> out = new HashMap<>();
    for (var e : byArticle.entrySet()) {
      List<Attribution> list = new ArrayList<>(e.getValue().size());
      for (Attribution a : e.getValue()) {
        Set<String> speakers =
            a.kind() == SpeakerKind.NOMINAL ? speakersByDescription.get(key(a.mention())) : null;
        String only = speakers == null ? null : StoryNames.onePerson(speakers);
        list.add(
            only == null
                ? a
                : Speakers.withMention(
                        a,
                        only,
                        a.mention(),
                        a.mentionStart(),
                        a.mentionEnd(),
                        SpeakerKind.NOMINAL_RESOLVED)
                    .withClues(a.clues().withRule(RULE)));
      }
      out.put(e.getKey(), list);
    }
    return out;
  }

  /**
   * The description's words after its definite article, lower-cased ("director" for "The
   * director"), or null for anything but a definite description of one to three words.
   */
  private static String key(String mention) {
    String[] w = mention.strip().toLowerCase(Locale.ROOT).replace('’', '\'').split("\\s+");
    if (w.length < 2 || w.length > 4 || !w[0].equals("the") || mention.contains("'")) {
      return null;
    }
    return String.join(" ", List.of(w).subList(1, w.length));
  }
}
