// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.core.text.WordLists;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences that must not stand in a summary on their own: page furniture (captions, credits,
 * bylines, bare datelines, transcript and newsletter notes), headlines, and sentences that open by
 * pointing back ("He said…", "But the official…") at an antecedent the summary may not contain.
 *
 * <p>Furniture and headlines are never fit. A pointing sentence is fit only right after the
 * sentence it follows in its article, which then supplies the antecedent; {@link #dangling} tells
 * the summarizer which sentences need that.
 */
final class UnfitSentences {
  private record Rule(String label, Pattern pattern) {}

  private static final List<Rule> RULES = rules("unfit-sentences.txt");
  private static final Set<String> OPENERS =
      WordLists.load(UnfitSentences.class, "dangling-openers.txt");

  /** A sentence ends like a statement; a headline or a caption fragment does not. */
  private static final Pattern TERMINAL = Pattern.compile("[.!?][\"”’')\\]]*\\s*$");

  private UnfitSentences() {}

  /**
   * Why {@code sentence} is unfit for a summary ({@code caption}, {@code credit}, {@code byline},
   * {@code dateline}, {@code disclaimer}, {@code headline}), or empty when it is fit. {@code
   * titles} are the headlines of the summarized articles, lower-cased.
   */
  static Optional<String> reason(String sentence, Set<String> titles) {
    for (Rule r : RULES) {
      if (r.pattern().matcher(sentence).find()) {
        return Optional.of(r.label());
      }
    }
    String s = sentence.strip();
    if (!TERMINAL.matcher(s).find() || titles.contains(s.toLowerCase(Locale.ROOT))) {
      return Optional.of("headline");
    }
    return Optional.empty();
  }

  /** Whether {@code sentence} opens by pointing back at something said before it. */
  static boolean dangling(String sentence) {
    String s = sentence.strip().toLowerCase(Locale.ROOT);
    String[] w = s.split("[^\\p{L}'’]+", 4);
    if (w.length == 0) {
      return false;
    }
    if (OPENERS.contains(w[0])) {
      return true;
    }
    return w.length > 1 && OPENERS.contains(w[0] + " " + w[1]);
  }

  private static List<Rule> rules(String resource) {
    try (InputStream in = UnfitSentences.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing rule list " + resource);
      }
      List<Rule> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException(resource + ": no tab in rule line: " + line);
        }
        out.add(
            new Rule(
                line.substring(0, tab),
                Pattern.compile(line.substring(tab + 1).strip(), Pattern.CASE_INSENSITIVE)));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
