// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.clean;

import io.storylens.model.RemovedSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes boilerplate paragraphs and inline teasers, recording each removal with its reason.
 * Hand-written rules: boilerplate in news text follows a small set of editorial conventions that no
 * library lists.
 */
public final class Boilerplate {
  /** A rule: paragraphs matching {@code pattern} are removed for {@code reason}. */
  record Rule(String reason, Pattern pattern) {}

  private static final int CI = Pattern.CASE_INSENSITIVE;

  static final List<Rule> PARAGRAPH_RULES =
      List.of(
          new Rule(
              "related-teaser",
              Pattern.compile(
                  "^(RELATED|SEE ALSO|READ MORE|MORE|ALSO READ|WATCH|RECOMMENDED|READ ALSO)\\s*:.*",
                  CI)),
          new Rule(
              "read-more",
              Pattern.compile(
                  "^(read more|continue reading|click here|more (us |world )?news|access more|related (articles|stories|coverage))\\b.{0,60}$",
                  CI)),
          new Rule(
              "newsletter",
              Pattern.compile(
                  "^(sign up|subscribe|get our|join our).{0,80}(newsletter|updates|alerts|news).{0,120}$",
                  CI)),
          new Rule("newsletter", Pattern.compile("^a (daily|weekly) newsletter\\b.*", CI)),
          new Rule(
              "share-prompt",
              Pattern.compile(
                  "^(share (this|on)|follow us|like us on|tweet this|email this|print this).{0,80}$",
                  CI)),
          new Rule(
              "photo-credit",
              Pattern.compile(
                  "^(photo|image|picture|video|file photo)\\s*(credit)?\\s*[:/].{0,120}$", CI)),
          new Rule(
              "photo-credit",
              Pattern.compile("^\\(?(photo|image)s? (by|courtesy of) .{0,100}\\)?$", CI)),
          new Rule("photo-credit", Pattern.compile("^(photo|advertisement|video|image)$", CI)),
          new Rule(
              "republication-note",
              Pattern.compile(
                  ".{0,80}\\b(republished|reprinted) (with|by) (the )?permission\\b.*", CI)),
          new Rule("copyright", Pattern.compile("^(copyright|©|\\(c\\)).{0,200}$", CI)),
          new Rule(
              "credit",
              Pattern.compile(
                  "^(based on reporting by|with reporting by|additional reporting by|reporting by|writing by|editing by|compiled by) .{0,200}$",
                  CI)),
          new Rule(
              "social-embed",
              Pattern.compile(".*\\bpic\\.twitter\\.com/\\w+.*—.*\\(@\\w+\\).*", CI)));

  /** Inline teasers inside a paragraph: "(RELATED: …)". */
  private static final Pattern INLINE_TEASER =
      Pattern.compile("\\s*\\((RELATED|SEE ALSO|READ MORE|WATCH)\\s*:[^)]{0,200}\\)", CI);

  /** Filters {@code paragraphs}, appending removals to {@code removed}; returns what is kept. */
  public List<String> filter(List<String> paragraphs, List<RemovedSpan> removed) {
    List<String> kept = new ArrayList<>();
    for (String p : paragraphs) {
      String reason = reasonFor(p);
      if (reason != null) {
        removed.add(new RemovedSpan(p, reason));
        continue;
      }
      Matcher m = INLINE_TEASER.matcher(p);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        removed.add(new RemovedSpan(m.group().strip(), "related-teaser"));
        m.appendReplacement(sb, "");
      }
      m.appendTail(sb);
      String rest = sb.toString().strip();
      if (!rest.isEmpty()) {
        kept.add(rest);
      }
    }
    return kept;
  }

  private static String reasonFor(String paragraph) {
    for (Rule r : PARAGRAPH_RULES) {
      if (r.pattern().matcher(paragraph).matches()) {
        return r.reason();
      }
    }
    return null;
  }
}
