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
  /**
   * A rule: paragraphs of at most {@code maxLength} chars, containing {@code mustContain}
   * (lower-cased; empty for any), that match {@code pattern} are removed for {@code reason}. The
   * length and substring checks keep the regexes off ordinary long paragraphs (speed).
   */
  record Rule(String reason, int maxLength, String mustContain, Pattern pattern) {
    /** {@code lower} is the lower-cased paragraph; it may be null when mustContain is empty. */
    boolean matches(String paragraph, String lower) {
      return paragraph.length() <= maxLength
          && (mustContain.isEmpty() || lower.contains(mustContain))
          && pattern.matcher(paragraph).lookingAt();
    }
  }

  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final int SHORT = 300;

  static final List<Rule> PARAGRAPH_RULES =
      List.of(
          rule(
              "related-teaser",
              SHORT,
              "",
              "(RELATED|SEE ALSO|READ MORE|MORE|ALSO READ|WATCH|RECOMMENDED|READ ALSO)\\s*:.*$"),
          rule(
              "read-more",
              120,
              "",
              "(read more|continue reading|click here|more (us |world )?news|access more|related (articles|stories|coverage))\\b.{0,60}$"),
          rule(
              "newsletter",
              SHORT,
              "",
              "(sign up|subscribe|get our|join our).{0,80}(newsletter|updates|alerts|news).{0,120}$"),
          rule("newsletter", SHORT, "newsletter", "a (daily|weekly) newsletter\\b.*$"),
          rule(
              "share-prompt",
              120,
              "",
              "(share (this|on)|follow us|like us on|tweet this|email this|print this).{0,80}$"),
          rule(
              "photo-credit",
              160,
              "",
              "(photo|image|picture|video|file photo)\\s*(credit)?\\s*[:/].{0,120}$"),
          rule("photo-credit", 160, "", "\\(?(photo|image)s? (by|courtesy of) .{0,100}\\)?$"),
          rule("photo-credit", 20, "", "(photo|advertisement|video|image)$"),
          rule(
              "republication-note",
              SHORT,
              "permission",
              ".{0,80}\\b(republished|reprinted) (with|by) (the )?permission\\b.*$"),
          rule("copyright", SHORT, "", "(copyright|©|\\(c\\)).{0,200}$"),
          rule(
              "credit",
              SHORT,
              "",
              "(based on reporting by|with reporting by|additional reporting by|reporting by|writing by|editing by|compiled by) .{0,200}$"),
          rule(
              "social-embed",
              2000,
              "pic.twitter.com",
              ".*\\bpic\\.twitter\\.com/\\w+[^\\n]*\\(@\\w+\\).*$"));

  private static Rule rule(String reason, int maxLength, String mustContain, String regex) {
    return new Rule(reason, maxLength, mustContain, Pattern.compile(regex, CI));
  }

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
      if (p.indexOf('(') < 0) {
        kept.add(p);
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
    String lower = null; // lower-cased only for a rule that looks for a substring
    for (Rule r : PARAGRAPH_RULES) {
      if (paragraph.length() > r.maxLength()) {
        continue;
      }
      if (lower == null && !r.mustContain().isEmpty()) {
        lower = paragraph.toLowerCase(java.util.Locale.ROOT);
      }
      if (r.matches(paragraph, lower)) {
        return r.reason();
      }
    }
    return null;
  }
}
