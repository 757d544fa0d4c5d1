// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import io.storylens.core.quotes.Attribution;
import io.storylens.core.quotes.QuoteExtractor;
import io.storylens.core.quotes.RuleQuoteExtractor;
import io.storylens.core.text.CalendarWords;
import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import io.storylens.core.text.WordLists;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numeric claims: a quantity followed by what it counts ("more than 90,000 Russian troops"),
 * with its hedge, normalised range and attribution (the speaker of the statement it sits in).
 * Dates, years, clock times and labels ("Article 5", "Jan. 13") are not claims.
 */
public final class ClaimExtractor {
  private static final Set<String> MONTHS = CalendarWords.MONTHS;

  private static final Set<String> NOT_UNITS =
      Set.of(
          "p.m",
          "a.m",
          "pm",
          "am",
          "th",
          "st",
          "nd",
          "rd",
          "and",
          "or",
          // Irregular past tenses the "-ed" rule misses: "the two held talks" counts no "held".
          "held",
          "met",
          "said",
          "spoke",
          "told",
          "had",
          "made",
          "took",
          "saw",
          "gave",
          "went",
          "came",
          "became",
          "left",
          "sent",
          "found",
          "kept",
          "won",
          "lost",
          "began",
          "led",
          "fought",
          "ran",
          "wrote",
          "stood",
          "thought",
          "felt",
          "brought",
          "knew",
          "got",
          "put",
          "who",
          "which",
          "that");

  /** Units written joined to their figure ("450-pound"): {@code hyphen-units.txt}. */
  private static final Set<String> HYPHEN_UNITS =
      WordLists.load(ClaimExtractor.class, "hyphen-units.txt");

  /** A noun that counts more of what was counted before it in the sentence. */
  private static final Set<String> OTHERS = Set.of("others");

  private final QuoteExtractor quotes;

  public ClaimExtractor() {
    this(new RuleQuoteExtractor());
  }

  public ClaimExtractor(QuoteExtractor quotes) {
    this.quotes = Objects.requireNonNull(quotes, "quotes");
  }

  /** The claims of {@code article}, in text order. */
  public List<Claim> extract(Article article) {
    return extract(article, quotes.extract(article));
  }

  /** As {@link #extract(Article)}, with the article's attributions already computed. */
  public List<Claim> extract(Article article, List<Attribution> attributions) {
    String text = article.text();
    List<Claim> out = new ArrayList<>();
    List<Sentences.Span> spans = Sentences.spans(text);
    Set<String> listLabels = listLabels(spans);
    for (int i = 0; i < spans.size(); i++) {
      Sentences.Span s = spans.get(i);
      List<String> previousNoun = List.of();
      String listLabel = listLabel(s.text(), listLabels);
      List<Quantity> found = Quantity.findAll(s.text());
      for (Quantity q : found) {
        if (Quantity.isConversion(s.text(), found, q)) {
          continue; // "60,000 pounds (26,700 kilograms)": one quantity, claimed once
        }
        String subject;
        String unit;
        boolean listed = !listLabel.isEmpty() && q.start() == listLabel.length() + 1;
        if (isAge(s.text(), q)) {
          subject = "age";
          unit = "age";
        } else {
          if (!listed && (isLabelOrDate(s.text(), q) || isClockTime(s.text(), q))) {
            continue;
          }
          List<String> unitWords =
              listed ? List.of(listLabel.toLowerCase(Locale.ROOT)) : unitAfter(s.text(), q.end());
          if (unitWords.isEmpty()) {
            unitWords = unitAfterPart(s.text(), q.end());
          }
          if (unitWords.isEmpty() && !q.ordinal()) {
            unitWords = nounBefore(s.text(), q);
          }
          if (unitWords.size() == 1 && OTHERS.contains(unitWords.get(0))) {
            // "the deaths of more than 20,000 people and displacement of 2.3 million others":
            // "others" counts more of what the sentence counted before it.
            unitWords = previousNoun.isEmpty() ? unitWords : previousNoun;
          } else if (!unitWords.isEmpty()) {
            previousNoun = unitWords;
          }
          // Money and shares carry their unit in the figure: "valued at $103 billion." still
          // states an amount, compared with other amounts only through what surrounds it.
          String measure = measure(q.text());
          Optional<String> role =
              measure == null ? CasualtyRoles.role(s.text(), q, unitWords) : Optional.empty();
          if (role.isPresent()) {
            String noun = unitWords.isEmpty() ? "" : unitWords.get(unitWords.size() - 1);
            subject =
                CasualtyRoles.generic(noun) || noun.equals(role.get())
                    ? role.get()
                    : role.get() + " " + noun;
            unit = role.get();
          } else if (unitWords.isEmpty() && measure == null) {
            continue;
          } else {
            subject = unitWords.isEmpty() ? measure : String.join(" ", unitWords);
            unit = measure != null ? measure : unitWords.get(unitWords.size() - 1);
          }
        }
        // A toll of the dead or injured with a floor is the count confirmed so far, read tightly;
        // a floor on another group of people ("more than 100 sailors" of a crew of 116) is a
        // rounded count and reaches half again, as a floor on a measure does.
        Quantity range = CasualtyRoles.isToll(unit) ? q.asCount() : q;
        int offset = s.start() + q.start();
        Optional<String> by = attributionAt(attributions, offset);
        out.add(
            new Claim(
                subject,
                q.text(),
                Optional.of(range.low()),
                Optional.of(range.high()),
                unit,
                q.hedge(),
                s.text(),
                by,
                List.of(article.id()),
                List.of(new SourceRef(article.id(), i))));
      }
    }
    return out;
  }

  /**
   * A capitalized word and a figure opening a sentence: "Lap 14 Marcus Ericsson has a big smash".
   */
  private static final Pattern LIST_ITEM =
      Pattern.compile("^(\\p{Lu}\\p{Ll}{2,}) \\d{1,3}\\b(?![:.,/]\\d)");

  /**
   * Words that open at least two sentences of the article followed by a figure: the lines of a list
   * ("Lap 14 …", "Lap 20 …", "Lap 29 …"), where the word says what the figure counts. A word
   * opening one sentence so ("Article 5 of the treaty") stays a label.
   */
  private static Set<String> listLabels(List<Sentences.Span> spans) {
    Map<String, Integer> count = new HashMap<>();
    for (Sentences.Span s : spans) {
      Matcher m = LIST_ITEM.matcher(s.text());
      if (m.find()) {
        count.merge(m.group(1), 1, Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    count.forEach(
        (w, n) -> {
          String lower = w.toLowerCase(Locale.ROOT);
          if (n >= 2
              && !MONTHS.contains(lower)
              && !CalendarWords.WEEKDAYS.contains(lower)
              && !Tokens.STOP_WORDS.contains(lower)) {
            out.add(w);
          }
        });
    return out;
  }

  /** The list word opening {@code sentence}, or empty. */
  private static String listLabel(String sentence, Set<String> labels) {
    if (labels.isEmpty()) {
      return "";
    }
    Matcher m = LIST_ITEM.matcher(sentence);
    return m.find() && labels.contains(m.group(1)) ? m.group(1) : "";
  }

  /** Words after a four-digit figure that make it a 24-hour clock reading ("0745 GMT"). */
  private static final Set<String> TIME_ZONES =
      WordLists.load(ClaimExtractor.class, "/io/storylens/core/timeline/time-zones.txt");

  private static final Pattern CLOCK = Pattern.compile("(?:[01]\\d|2[0-3])[0-5]\\d");

  private static final Pattern AFTER_CLOCK =
      Pattern.compile("^\\s*(?:(?:and|or|to|-|–)\\s*(?:[01]\\d|2[0-3])[0-5]\\d\\s*)?(\\p{L}+)");

  /**
   * A 24-hour clock reading: four digits followed by a time zone, directly or after a second
   * reading ("0900 GMT", "(0700 and 0745 GMT)"). A time of day, not a quantity.
   */
  static boolean isClockTime(String s, Quantity q) {
    if (!q.hedge().isEmpty() || !CLOCK.matcher(q.text()).matches()) {
      return false;
    }
    Matcher m = AFTER_CLOCK.matcher(s.substring(q.end()));
    return m.find() && TIME_ZONES.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  private static final Pattern YEAR_OLD =
      Pattern.compile("^(?:-|\\s)years?(?:-|\\s)old\\b", Pattern.CASE_INSENSITIVE);

  /**
   * An age: "21-year-old", "21 years old", "aged 21", or a figure set off by commas after a name
   * ("Tavon Kaiseen Alleyne, 21, was killed").
   */
  static boolean isAge(String s, Quantity q) {
    if (!q.hedge().isEmpty() || !q.text().matches("\\d{1,3}") || q.low() > 120) {
      return false;
    }
    String after = s.substring(q.end());
    if (YEAR_OLD.matcher(after).find()) {
      return true;
    }
    String before = s.substring(0, q.start());
    if (before.toLowerCase(Locale.ROOT).matches("(?s).*\\baged?\\s+$")) {
      return true;
    }
    return after.startsWith(",") && before.matches("(?s).*\\p{Lu}[\\p{L}'’.-]*,\\s+$");
  }

  private static final Pattern PART_OF =
      Pattern.compile(
          "^\\s+of\\s+(?:the\\s+)?(?:\\d[\\d,]*|[a-z]+)(?=\\s)", Pattern.CASE_INSENSITIVE);

  /** The counted noun of "21 of 71 laps", "20 of the 71 laps": what the whole counts. */
  private static List<String> unitAfterPart(String s, int from) {
    Matcher m = PART_OF.matcher(s.substring(from));
    if (m.find() && !Quantity.findAll(m.group()).isEmpty()) {
      return unitAfter(s, from + m.end());
    }
    return List.of();
  }

  /**
   * The noun a bare number labels when it follows it: "on lap 20", "in round 3". Only a lower-case
   * word that is no verb form, function word or adverb, before a small whole number that counts
   * nothing after it.
   */
  private static List<String> nounBefore(String s, Quantity q) {
    if (!q.hedge().isEmpty() || q.low() != q.high() || q.low() > 999 || q.text().contains(".")) {
      return List.of();
    }
    String before = s.substring(0, q.start()).stripTrailing();
    String prev = before.substring(before.lastIndexOf(' ') + 1);
    if (!prev.matches("\\p{Ll}{3,}")) {
      return List.of();
    }
    if (Tokens.STOP_WORDS.contains(prev)
        || NOT_UNITS.contains(prev)
        || MONTHS.contains(prev)
        || CalendarWords.WEEKDAYS.contains(prev)
        || prev.endsWith("ed")
        || prev.endsWith("ing")
        || prev.endsWith("ly")
        || prev.endsWith("s")) {
      return List.of(); // "killed 12", "rose 3", "only 2", "passengers 4": no label
    }
    return List.of(prev);
  }

  /** "USD", "EUR", "GBP" or "percent" when the figure says so itself, else null. */
  private static String measure(String quantity) {
    if (quantity.contains("$")) {
      return "USD";
    }
    if (quantity.contains("€")) {
      return "EUR";
    }
    if (quantity.contains("£")) {
      return "GBP";
    }
    String lower = quantity.toLowerCase(Locale.ROOT);
    if (lower.endsWith("%") || lower.endsWith("percent") || lower.endsWith("per cent")) {
      return "percent";
    }
    return null;
  }

  private static Optional<String> attributionAt(List<Attribution> attributions, int offset) {
    for (Attribution a : attributions) {
      if (a.hasSpeaker() && a.contentStart() <= offset && offset < a.contentEnd()) {
        return Optional.of(a.speaker());
      }
    }
    return Optional.empty();
  }

  /**
   * Up to three content words after the quantity ("of" allowed first: "tens of thousands of
   * troops").
   */
  private static List<String> unitAfter(String s, int from) {
    String rest = s.substring(from);
    List<String> out = new ArrayList<>();
    String[] words = rest.split("\\s+");
    int i = 0;
    if (words.length > 0 && words[0].isEmpty()) {
      i++;
    }
    if (i < words.length && words[i].equalsIgnoreCase("of")) {
      i++;
    }
    if (i < words.length && words[i].startsWith("-")) {
      // "a 450-pound gorilla": the figure measures in its unit; other joined words ("eight-year
      // war") describe a noun and count nothing.
      String joined = words[i].substring(1).replaceAll("[^\\p{L}].*$", "").toLowerCase(Locale.ROOT);
      return HYPHEN_UNITS.contains(joined) ? List.of(joined) : out;
    }
    // Capitalized modifiers ("Russian"), then lower-case adjectives, then the head noun.
    for (; i < words.length && out.size() < 4; i++) {
      String w = words[i];
      if (!w.matches("[\\p{L}'’.-]+[,;:!?)”\"]*")) {
        break;
      }
      String clean = w.replaceAll("[^\\p{L}'’.-]", "").replaceAll("\\.$", "");
      String lower = clean.toLowerCase(Locale.ROOT);
      if (clean.isEmpty()) {
        break; // a word of punctuation only (dev corpus: "—"): no unit
      }
      if (Tokens.STOP_WORDS.contains(lower)
          || NOT_UNITS.contains(lower)
          || MONTHS.contains(lower)
          || CalendarWords.WEEKDAYS.contains(lower)
          || lower.startsWith("-")
          || lower.endsWith("ed") && !lower.endsWith("eed") && !lower.endsWith("red")) {
        break; // "eight-year war", "the two discussed": not a counted noun
      }
      out.add(lower);
      boolean modifier =
          Character.isUpperCase(clean.charAt(0))
              || lower.matches(".*(al|ive|ic|ous|ful|ian|ish|ese|an)");
      if (!w.equals(clean) || !modifier) {
        break; // the head noun, or punctuation, ends the phrase
      }
    }
    return out;
  }

  private static boolean isLabelOrDate(String s, Quantity q) {
    String before = s.substring(0, q.start()).stripTrailing();
    String prev = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
    String prevLower = prev.toLowerCase(Locale.ROOT).replace(".", "");
    if (MONTHS.contains(prevLower)) {
      return true;
    }
    if (q.hedge().isEmpty()
        && !prev.isEmpty()
        && Character.isUpperCase(prev.charAt(0))
        && q.text().matches("\\d{1,3}")) {
      return true; // "Article 5", "Jan. 13"
    }
    if (q.hedge().isEmpty() && q.text().matches("(1[89]|20)\\d\\d")) {
      return true; // a year
    }
    String after = s.substring(q.end()).stripLeading().toLowerCase(Locale.ROOT);
    for (String m : MONTHS) {
      if (after.startsWith(m + " ") || after.startsWith(m + ",") || after.startsWith(m + ".")) {
        return true; // "10 January"
      }
    }
    return after.startsWith(":") || after.startsWith("/");
  }
}
