// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.core.text.Sentences;
import io.storylens.core.text.WordLists;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headlines a reader can trust: a source title cleaned of outlet names and rubrics, or a headline
 * generated from the lead sentence when the source gives none.
 *
 * <p>Contract: every headline returned is at most {@link #MAX_LENGTH} characters, never ends with
 * an ellipsis, and is never only an outlet, site or section name. Shortening removes whole parts
 * (brackets, an appositive between commas, a trailing clause) instead of cutting words, because a
 * headline cut mid-sentence reads as a mistake.
 */
public final class Headlines {
  /** The longest headline returned, in characters. */
  public static final int MAX_LENGTH = 100;

  // Before the lists: normalizing their entries needs it.
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final Set<String> OUTLETS = normalizedList("headline-outlets.txt");
  private static final Set<String> SECTIONS = normalizedList("headline-sections.txt");

  /**
   * Segment separators in a page title: a dash, bar, bullet or a colon with a space on both sides
   * ("Fact Check: Is An …" keeps its colon, "Alibaba … : CityAM" loses the outlet).
   */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•»]|::?)\\s+");

  private static final Pattern ELLIPSIS_END = Pattern.compile("\\s*(?:\\.{3,}|…)\\s*$");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?i)\\b[a-z0-9-]+\\.(?:com|net|org|co\\.uk|co|uk|ca|in|tv|news|de|fr|au)\\b");
  private static final Pattern TLD =
      Pattern.compile("\\.(?:com|net|org|co\\.uk|co|uk|ca|in|tv|news|de|fr|au)$");
  private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^()\\[\\]]{1,60}[)\\]]");
  private static final Pattern OFFICE =
      Pattern.compile(
          "\\b(?:(?:U\\.S\\.|US|Russian|Ukrainian|British|French|German|Chinese|former|then-)\\s+)?"
              + "(?:President|Vice President|Prime Minister|Foreign Minister|Defense Minister|"
              + "Deputy Foreign Minister|Secretary of State|Chancellor|Senator|Sen\\.|Rep\\.|Gov\\.)"
              + "\\s+(?=\\p{Lu})");

  /** "On December 27, 2021, …": a lead's date opener, which a headline does without. */
  private static final Pattern DATE_OPENER =
      Pattern.compile("^(?:On|By|As of)\\s+\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?,\\s+");

  private static final Pattern APPOSITIVE = Pattern.compile(",\\s[^,]{3,80},\\s");

  /** Clause openers a headline may be shortened before, in order of preference. */
  private static final List<String> CLAUSE_BREAKS =
      List.of(" amid ", " as ", " after ", " while ", "; ", ": ", " - ", " – ", " — ", ", ");

  /** "WASHINGTON (AP) —", "LONDON (Reuters) -", "MOSCOW, Dec 28 (Reuters) -" at a lead's start. */
  private static final Pattern DATELINE =
      Pattern.compile("^[A-Z][A-Za-z .,'/-]{0,40}(?:\\([^)]{1,30}\\))?\\s*[-—–]\\s+");

  /** A trailing attribution: "…, the White House announced Monday." */
  private static final Pattern TRAILING_ATTRIBUTION =
      Pattern.compile(
          ",\\s+(?:[^,]{1,60}?\\s)?(?:said|says|announced|reported|told [^,]{1,40}|according to"
              + " [^,]{1,60})(?:\\s+(?:on\\s+)?[A-Z][a-z]+(?:day)?)?\\s*[.!]?$");

  private Headlines() {}

  /**
   * The headline in a source title: outlet and site names and section rubrics removed from either
   * end, a truncated ("…") title repaired back to its last whole clause, an over-long title
   * shortened. Empty when nothing usable is left (a title that is only an outlet or section name,
   * or a cut title that cannot be repaired); callers then try the next source.
   *
   * @param title the title as the source gave it; may be null
   * @param outletNames names the page or URL gives its outlet (site name, host); may be empty
   */
  public static Optional<String> clean(String title, Collection<String> outletNames) {
    if (title == null) {
      return Optional.empty();
    }
    String t = title.replaceAll("\\s+", " ").strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    List<String> own = new ArrayList<>();
    for (String o : outletNames) {
      if (o != null && !o.isBlank()) {
        own.add(normalize(o));
        own.add(normalize(TLD.matcher(o.strip().toLowerCase(Locale.ROOT)).replaceAll("")));
      }
    }
    List<String> parts = new ArrayList<>();
    List<String> seps = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(t);
    int at = 0;
    while (m.find()) {
      parts.add(t.substring(at, m.start()));
      seps.add(m.group());
      at = m.end();
    }
    parts.add(t.substring(at));
    // Cut at the first segment (after the first) that names the outlet: what follows an outlet
    // name is more site furniture ("… - Hawaii News Now - KGMB and KHNL").
    for (int i = 1; i < parts.size(); i++) {
      if (isOutlet(parts.get(i), own)
          || isOutlet(String.join(" ", parts.subList(i, parts.size())), own)) {
        parts = new ArrayList<>(parts.subList(0, i));
        break;
      }
    }
    while (parts.size() > 1 && isSection(parts.get(parts.size() - 1))) {
      parts.remove(parts.size() - 1);
    }
    while (parts.size() > 1 && (isSection(parts.get(0)) || isOutlet(parts.get(0), own))) {
      parts.remove(0);
      seps.remove(0);
    }
    StringBuilder b = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      b.append(seps.get(i - 1)).append(parts.get(i));
    }
    String h = b.toString().strip();
    if (parts.size() == 1 && (isOutlet(h, own) || isSection(h))) {
      return Optional.empty();
    }
    Matcher cut = ELLIPSIS_END.matcher(h);
    if (cut.find()) {
      Optional<String> repaired = lastWholeClause(h.substring(0, cut.start()));
      if (repaired.isEmpty()) {
        return Optional.empty();
      }
      h = repaired.get();
    }
    if (words(h) < 2) {
      return Optional.empty();
    }
    return shorten(h);
  }

  /**
   * A headline generated from an article body: its lead sentence without dateline and trailing
   * attribution, shortened as {@link #clean} shortens titles. Empty only for a body without words.
   */
  public static Optional<String> generate(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String body = text.strip();
    int para = body.indexOf("\n");
    String lead = para > 0 ? body.substring(0, para) : body;
    List<String> sentences = Sentences.split(lead);
    String s = sentences.isEmpty() ? lead : sentences.get(0);
    s = DATELINE.matcher(s.strip()).replaceFirst("");
    s = TRAILING_ATTRIBUTION.matcher(s).replaceFirst("");
    Matcher opener = DATE_OPENER.matcher(s);
    if (opener.find() && opener.end() < s.length()) {
      s = Character.toUpperCase(s.charAt(opener.end())) + s.substring(opener.end() + 1);
    }
    s = s.strip().replaceAll("[.!]+$", "").replaceAll("\\s+", " ");
    if (words(s) == 0) {
      return Optional.empty();
    }
    Optional<String> shortened = shorten(s);
    if (shortened.isPresent()) {
      return shortened;
    }
    // No clause to stop at: the words that fit. Still no ellipsis, which would promise a text
    // the reader cannot open from here.
    int end = s.lastIndexOf(' ', MAX_LENGTH);
    return Optional.of(s.substring(0, end > 0 ? end : MAX_LENGTH).replaceAll("[,;:\\s]+$", ""));
  }

  /**
   * {@code h} if it fits, else {@code h} without brackets, without an appositive, or before a
   * clause opener, whichever first fits with at least four words left; empty when none fits.
   */
  static Optional<String> shorten(String h) {
    if (h.length() <= MAX_LENGTH) {
      return Optional.of(h);
    }
    String s = BRACKETS.matcher(h).replaceAll("").strip();
    if (s.length() <= MAX_LENGTH && words(s) >= 4) {
      return Optional.of(s);
    }
    // Headline style names people without their office ("Joe Biden", not "U.S. President Joe
    // Biden"): the first thing to give up when space is short.
    s = OFFICE.matcher(s).replaceAll("");
    if (s.length() <= MAX_LENGTH && words(s) >= 4) {
      return Optional.of(s);
    }
    Matcher ap = APPOSITIVE.matcher(s);
    while (ap.find()) {
      String without = s.substring(0, ap.start()) + " " + s.substring(ap.end());
      if (without.length() <= MAX_LENGTH && words(without) >= 4) {
        return Optional.of(without);
      }
    }
    for (String brk : CLAUSE_BREAKS) {
      int i = s.lastIndexOf(brk, MAX_LENGTH);
      while (i > 0) {
        String head = s.substring(0, i).strip();
        if (words(head) >= 4 && head.length() <= MAX_LENGTH) {
          return Optional.of(head.replaceAll("[,;:]+$", ""));
        }
        i = s.lastIndexOf(brk, i - 1);
      }
    }
    return Optional.empty();
  }

  /** The text before the last clause break of a cut title, when three words or more remain. */
  private static Optional<String> lastWholeClause(String cut) {
    int best = -1;
    for (String brk : List.of(", ", ": ", "; ", " - ", " – ", " — ")) {
      best = Math.max(best, cut.lastIndexOf(brk));
    }
    if (best < 0) {
      return Optional.empty();
    }
    String head = cut.substring(0, best).strip();
    return words(head) >= 3 ? Optional.of(head) : Optional.empty();
  }

  /** Whether a title segment names an outlet: listed, the page's own, or a bare domain. */
  static boolean isOutlet(String segment, Collection<String> ownNormalized) {
    String n = normalize(segment);
    if (n.isEmpty()) {
      return false;
    }
    if (OUTLETS.contains(n) || ownNormalized.contains(n)) {
      return true;
    }
    int w = words(segment);
    if (w <= 4 && DOMAIN.matcher(segment).find()) {
      return true;
    }
    String bare = normalize(TLD.matcher(segment.strip().toLowerCase(Locale.ROOT)).replaceAll(""));
    if (ownNormalized.contains(bare)) {
      return true;
    }
    // "CNNPolitics" on cnn.com, "CBSSports.com" for "CBSSports": one short word that starts with
    // the host's name.
    if (w <= 2) {
      for (String o : ownNormalized) {
        if (o.length() >= 3 && (n.startsWith(o) || o.startsWith(n) && n.length() >= 4)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a title segment is a section rubric ("Opinion", "UK News"). */
  static boolean isSection(String segment) {
    String s = segment.strip().toLowerCase(Locale.ROOT);
    if (SECTIONS.contains(normalize(s))) {
      return true;
    }
    int w = words(s);
    return w >= 1 && w <= 3 && s.endsWith("news");
  }

  /** Lower-case letters and digits only, without a leading "the". */
  static String normalize(String s) {
    StringBuilder b = new StringBuilder();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    boolean first = true;
    while (m.find()) {
      if (first && m.group().equals("the")) {
        first = false;
        continue;
      }
      first = false;
      b.append(m.group());
    }
    return b.toString();
  }

  private static int words(String s) {
    int n = 0;
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static Set<String> normalizedList(String resource) {
    Set<String> out = new HashSet<>();
    for (String s : WordLists.load(Headlines.class, resource)) {
      out.add(normalize(s));
    }
    return Set.copyOf(out);
  }
}
