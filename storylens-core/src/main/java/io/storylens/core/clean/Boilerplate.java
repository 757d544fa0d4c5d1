// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.clean;

import io.storylens.core.text.AsciiCase;
import io.storylens.model.RemovedSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes boilerplate paragraphs and inline teasers, recording each removal with its reason.
 * Hand-written rules: boilerplate in news text follows a small set of editorial conventions that no
 * library lists.
 */
public final class Boilerplate {
  /**
   * A rule: paragraphs of at most {@code maxLength} chars, containing {@code mustContain} (lower
   * case; empty for any) in any ASCII case, that match {@code pattern} are removed for {@code
   * reason}. The length and substring checks keep the regexes off ordinary long paragraphs (speed);
   * {@code mustContain} must be a phrase that every match of {@code pattern} contains (the patterns
   * ignore ASCII case only), so the check never changes the answer.
   */
  record Rule(String reason, int maxLength, String mustContain, Pattern pattern) {
    boolean matches(String paragraph) {
      return paragraph.length() <= maxLength
          && (mustContain.isEmpty() || AsciiCase.contains(paragraph, mustContain))
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

  /** The rules without a substring to look for, each tried only when this one matches. */
  private static final List<Rule> UNGATED =
      PARAGRAPH_RULES.stream().filter(r -> r.mustContain().isEmpty()).toList();

  /**
   * Matches (from the start) wherever one of {@link #UNGATED}'s patterns does: one match attempt
   * rules out most paragraphs, instead of one per rule (a matcher per rule and paragraph was most
   * of this class's time).
   */
  private static final Pattern ANY_UNGATED =
      Pattern.compile(
          UNGATED.stream()
              .map(r -> "(?:" + r.pattern().pattern() + ")")
              .collect(Collectors.joining("|")),
          CI);

  private static final int UNGATED_MAX_LENGTH =
      UNGATED.stream().mapToInt(Rule::maxLength).max().orElse(0);

  static String reasonFor(String paragraph) {
    boolean ungated =
        paragraph.length() <= UNGATED_MAX_LENGTH && ANY_UNGATED.matcher(paragraph).lookingAt();
    for (Rule r : PARAGRAPH_RULES) {
      if ((ungated || !r.mustContain().isEmpty()) && r.matches(paragraph)) {
        return r.reason();
      }
    }
    return null;
  }
}
