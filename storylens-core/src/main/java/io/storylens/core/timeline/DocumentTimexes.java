// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.nlp.Tense;
import io.storylens.core.nlp.TenseDetector;
import io.storylens.core.text.CalendarWords;
import io.storylens.core.text.Sentences;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves all time expressions of one text: each one alone with {@link TimexResolver}, then the
 * document-level {@link ReportingPeriods} rules, which need the text around the expressions.
 */
public final class DocumentTimexes {
  private DocumentTimexes() {}

  /**
   * A resolved expression with its extent in the annotated text.
   *
   * @param raw the expression as annotated (for expressions the rules added: its text and extent,
   *     with a placeholder value)
   * @param type TIMEX3 type
   * @param value resolved TIMEX3 value
   */
  public record Resolved(RawTimex raw, String type, String value) {
    public Resolved {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The expressions of {@code text} resolved against {@code anchor}, in text order; expressions
   * with invalid values are dropped. {@code raws} are offsets into {@code text}.
   */
  public static List<Resolved> resolve(
      String text, List<RawTimex> raws, Optional<LocalDate> anchor) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    List<ReportingPeriods.Item> items = new ArrayList<>();
    for (RawTimex raw : raws) {
      RawTimex r =
          explicitYearAfter(
              text,
              halfCentury(
                  text, sentenceTense(text, planned(text, someDay(text, withContext(text, raw))))));
      for (RawTimex t : splitAnchored(text, r)) {
        if (notTimex(text, t)) {
          continue;
        }
        Optional<NotDates.Rule> not = NotDates.rule(text, t);
        if (not.isPresent()) {
          if (not.get() == NotDates.Rule.CLOCK_TIME
              && anchor.isPresent()
              && !ZONE_NOTE.matcher(text.substring(Math.max(0, t.begin() - 2), t.begin())).find()) {
            // "2100 GMT": the clock reading of the article's day, not the year 2100. A zone note
            // in parentheses ("10:35 a.m. (0735 GMT)") repeats the local time beside it: dropped.
            String hhmm = t.text().strip();
            String v = anchor.get() + "T" + hhmm.substring(0, 2) + ":" + hhmm.substring(2);
            items.add(
                new ReportingPeriods.Item(
                    new RawTimex(t.text(), "TIME", v, t.begin(), t.end(), t.sentence(), t.tense()),
                    "TIME",
                    v));
          }
          continue;
        }
        Optional<String> v = TimexResolver.resolve(t, anchor).map(x -> decade(text, t, x));
        v.ifPresent(
            value -> items.add(new ReportingPeriods.Item(t, TimexResolver.type(t, value), value)));
      }
    }
    followNamedPiece(text, items);
    if (anchor.isPresent()) {
      List<Sentences.Span> spans = Sentences.spans(text);
      addMissed(text, items, anchor.get(), b -> sentenceOf(spans, b));
      items.sort(Comparator.comparingInt(ReportingPeriods.Item::begin));
      List<ReportingPeriods.Item> applied =
          AnaphoricTimes.apply(
              text,
              ReportingPeriods.apply(text, items, anchor.get(), b -> sentenceOf(spans, b)),
              anchor.get(),
              b -> sentenceOf(spans, b));
      items.clear();
      items.addAll(ClockTimes.apply(text, ChronologyYears.apply(text, applied), anchor.get()));
    }
    List<Resolved> out = new ArrayList<>();
    for (ReportingPeriods.Item i : items) {
      if (FISCAL_YEAR.matcher(i.raw().text()).matches()
          && i.end() <= text.length()
          && ENDED.matcher(text.substring(i.end(), Math.min(text.length(), i.end() + 12))).find()) {
        // "the year ended March 31" is a twelve-month accounting period (TimeML: a DURATION).
        out.add(new Resolved(i.raw(), "DURATION", "P1Y"));
      } else if (i.type().equals("DURATION") && !i.value().startsWith("P")) {
        out.add(new Resolved(i.raw(), "DATE", i.value()));
      } else if (!i.type().equals("SET") && i.value().matches("P\\d.*")) {
        out.add(new Resolved(i.raw(), "DURATION", i.value()));
      } else {
        out.add(new Resolved(i.raw(), i.type(), i.value()));
      }
    }
    return out;
  }

  /** A year of a decade's first year written with an apostrophe and "s" after it: "1990's". */
  private static final Pattern DECADE_APOSTROPHE = Pattern.compile("^['’]s\\b");

  /**
   * "the 1990’s": the tokenizer cuts the "’s" off the number, so SUTime reads the year 1990; with
   * the "’s" it is the decade (TimeML: 199), as SUTime values "the 1990s".
   */
  private static String decade(String text, RawTimex t, String value) {
    if (value.matches("\\d{3}0")
        && t.text().strip().endsWith(value)
        && t.end() <= text.length()
        && t.end() >= 0
        && DECADE_APOSTROPHE
            .matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 3)))
            .find()) {
      return value.substring(0, 3);
    }
    return value;
  }

  private static final Pattern ZONE_NOTE = Pattern.compile("\\(\\s*$");

  /** A weekday or month name: the piece of a cut expression that the resolver re-dates. */
  private static final Pattern NAMES_DAY =
      Pattern.compile(
          "(?i).*\\b("
              + CalendarWords.WEEKDAY_STEMS
              + "|"
              + CalendarWords.MONTH_STEMS
              + ")"
              + "[a-z]*\\b.*");

  /**
   * The entity recognizer cuts one SUTime expression into pieces that all keep its value ("early
   * Sunday afternoon" as "early", "Sunday", "afternoon"; "12:10 p.m. Sunday"). The resolver
   * re-dates only the piece that names the day (a past-tense "Sunday" looks back), so the other
   * pieces take that piece's value instead of SUTime's, which points to the wrong week.
   */
  private static void followNamedPiece(String text, List<ReportingPeriods.Item> items) {
    int i = 0;
    while (i < items.size()) {
      int j = i + 1;
      while (j < items.size() && samePiece(text, items.get(j - 1), items.get(j))) {
        j++;
      }
      if (j - i > 1) {
        String named = null;
        for (int k = i; k < j; k++) {
          ReportingPeriods.Item it = items.get(k);
          if (NAMES_DAY.matcher(it.raw().text()).matches()
              && !it.value().equals(it.raw().value())) {
            named = it.value();
          }
        }
        for (int k = i; named != null && k < j; k++) {
          ReportingPeriods.Item it = items.get(k);
          items.set(k, new ReportingPeriods.Item(it.raw(), it.type(), named));
        }
      }
      i = j;
    }
  }

  private static boolean samePiece(String text, ReportingPeriods.Item a, ReportingPeriods.Item b) {
    return a.raw().value().equals(b.raw().value())
        && a.type().equals(b.type())
        && a.end() <= b.begin()
        && b.begin() <= text.length()
        && a.end() >= 0
        && text.substring(a.end(), b.begin()).isBlank()
        && a.raw().value().matches("\\d{4}-\\d{2}-\\d{2}.*");
  }

  /** "mid-November", "early-1996": SUTime does not split the hyphenated token. */
  private static final Pattern HYPHENATED =
      Pattern.compile(
          "(?i)\\b(?:mid|early|late)-(?:("
              + CalendarWords.MONTH_STEMS
              + ")[a-z]*|"
              + "((?:1[89]|20)\\d\\d))\\b");

  private static final Pattern LATEST_FISCAL_YEAR =
      Pattern.compile("(?i)\\bthe\\s+(?:latest|last|previous|most\\s+recent)\\s+fiscal\\s+year\\b");

  /** "April 24 and 25": a month-day followed by a second day of the same month. */
  private static final Pattern SECOND_DAY =
      Pattern.compile(
          "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
              + "\\s+(?:and|or)\\s+(\\d{1,2})\\b(?!\\s*(?:%|percent|[.,]\\d))");

  /** {@code yearMonth} ("1999-04-") with day {@code day}, when that date exists. */
  private static Optional<String> dayOf(String yearMonth, String day) {
    String v = yearMonth + String.format(Locale.ROOT, "%02d", Integer.parseInt(day));
    try {
      LocalDate.parse(v);
      return Optional.of(v);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "these days", "nowadays": the present, without a date (TimeML PRESENT_REF). */
  private static final Pattern PRESENT_PHRASE =
      Pattern.compile("(?i)\\b(?:these\\s+days|nowadays)\\b");

  /** "in the near term", "at a later date": the future, without a date (TimeML FUTURE_REF). */
  private static final Pattern FUTURE_PHRASE =
      Pattern.compile(
          "(?i)\\b(?:the\\s+(?:near|short|long)\\s+term|a\\s+later\\s+date)\\b(?![-\\w])");

  private static final Pattern FISCAL_YEAR_NUMBER =
      Pattern.compile("(?i)\\bfiscal\\s+((?:19|20)\\d\\d)\\b");

  /** Decades in words: TimeML writes "the nineties" as 199. */
  private static final Pattern DECADE_WORD =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b");

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static final List<String> DECADES =
      List.of(
          "twenties",
          "thirties",
          "forties",
          "fifties",
          "sixties",
          "seventies",
          "eighties",
          "nineties");

  /** Adds the expressions SUTime misses that have one reading: hyphenated months, decade words. */
  private static void addMissed(
      String text,
      List<ReportingPeriods.Item> items,
      LocalDate anchor,
      IntUnaryOperator sentenceOf) {
    Matcher m = HYPHENATED.matcher(text);
    while (m.find()) {
      String value;
      if (m.group(2) != null) {
        value = m.group(2);
      } else {
        int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
        RawTimex probe =
            new RawTimex(
                m.group(),
                "DATE",
                String.format(Locale.ROOT, "%d-%02d", anchor.getYear(), month),
                m.start(),
                m.end(),
                sentenceOf.applyAsInt(m.start()),
                Tense.NONE);
        value = TimexResolver.resolve(probe, Optional.of(anchor)).orElse(probe.value());
      }
      add(items, m, value, sentenceOf);
    }
    m = WEEKDAY_PART.matcher(text);
    while (m.find()) {
      // "Sunday night": SUTime tags the other weekdays with a part of day but not this one.
      String part = PARTS.get(m.group(2).toLowerCase(Locale.ROOT));
      int dow = WEEKDAYS.indexOf(m.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
      RawTimex probe =
          new RawTimex(
              m.group(),
              "TIME",
              "XXXX-WXX-" + dow + part,
              m.start(),
              m.end(),
              sentenceOf.applyAsInt(m.start()),
              Tense.NONE);
      TimexResolver.resolve(probe, Optional.of(anchor))
          .ifPresent(v -> add(items, probe, "TIME", v));
    }
    m = Holidays.find(text);
    while (m.find()) {
      // "from now to Election Day": SUTime knows fewer holidays than Holidays does. Only
      // capitalized names: "election day" in lower case may be any polling day.
      if (!Character.isUpperCase(m.group().charAt(0))) {
        continue;
      }
      RawTimex probe =
          new RawTimex(
              m.group(),
              "DATE",
              "XXXX",
              m.start(),
              m.end(),
              sentenceOf.applyAsInt(m.start()),
              Tense.NONE);
      TimexResolver.resolve(probe, Optional.of(anchor))
          .filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"))
          .ifPresent(v -> add(items, probe, "DATE", v));
    }
    m = SECOND_DAY.matcher(text);
    while (m.find()) {
      // "on April 24 and 25": the second day shares the month (and year) of the first.
      int first = m.start();
      Matcher mm = m;
      items.stream()
          .filter(i -> i.begin() <= first && first < i.end())
          .map(ReportingPeriods.Item::value)
          .filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"))
          .findFirst()
          .flatMap(v -> dayOf(v.substring(0, 8), mm.group(1)))
          .ifPresent(
              v ->
                  add(
                      items,
                      new RawTimex(
                          mm.group(1),
                          "DATE",
                          v,
                          mm.start(1),
                          mm.end(1),
                          sentenceOf.applyAsInt(mm.start(1)),
                          Tense.NONE),
                      "DATE",
                      v));
    }
    m = PRESENT_PHRASE.matcher(text);
    while (m.find()) {
      // The TimeML guidelines' indefinite references SUTime has no rule for.
      add(items, m, "PRESENT_REF", sentenceOf);
    }
    m = FUTURE_PHRASE.matcher(text);
    while (m.find()) {
      add(items, m, "FUTURE_REF", sentenceOf);
    }
    m = FISCAL_YEAR_NUMBER.matcher(text);
    while (m.find()) {
      // "fiscal 1989" after a closing quote: SUTime loses it; the value is the year named.
      add(items, m, m.group(1), sentenceOf);
    }
    m = LATEST_FISCAL_YEAR.matcher(text);
    while (m.find()) {
      // "the latest fiscal year": the last complete one, at year granularity.
      add(items, m, String.valueOf(anchor.getYear() - 1), sentenceOf);
    }
    m = DECADE_WORD.matcher(text);
    while (m.find()) {
      int decade = DECADES.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2;
      // The century of the document: "the nineties" written in 1998 is the 1990s.
      int century = anchor.getYear() / 100;
      String value =
          String.format(
              Locale.ROOT,
              "%d%d",
              decade * 10 > anchor.getYear() % 100 ? century - 1 : century,
              decade);
      add(items, m, value, sentenceOf);
    }
  }

  private static void add(
      List<ReportingPeriods.Item> items, Matcher m, String value, IntUnaryOperator sentenceOf) {
    add(
        items,
        new RawTimex(
            m.group(),
            "DATE",
            value,
            m.start(),
            m.end(),
            sentenceOf.applyAsInt(m.start()),
            Tense.NONE),
        "DATE",
        value);
  }

  /** Adds {@code raw} unless it overlaps an expression already found. */
  private static void add(
      List<ReportingPeriods.Item> items, RawTimex raw, String type, String value) {
    if (items.stream().anyMatch(i -> i.begin() < raw.end() && raw.begin() < i.end())) {
      return;
    }
    items.add(new ReportingPeriods.Item(raw, type, value));
  }

  /** A weekday with a part of the day: "Sunday night", "Monday morning". */
  private static final Pattern WEEKDAY_PART =
      Pattern.compile(
          "\\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+(morning|afternoon|evening|night)\\b");

  private static final Map<String, String> PARTS =
      Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");

  private static final List<String> WEEKDAYS =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  /** "the first nine months of 1997": a duration, "of", and the date it lies in. */
  private static final Pattern ANCHORED_DURATION =
      Pattern.compile(
          "(?i)((?:the\\s+)?(?:first|last|past|final)\\s+\\S+\\s+(?:days|weeks|months|years))"
              + "\\s+of\\s+(.+)");

  private static final Pattern INTERSECT_VALUE = Pattern.compile("(\\S+)\\s+INTERSECT\\s+(P\\S+)");

  /**
   * "the first nine months of 1997" as two expressions, as the TimeML guidelines annotate it: the
   * duration "the first nine months" and the date "1997" it is anchored in. SUTime tags one span
   * with the value "1997 INTERSECT P9M".
   */
  private static List<RawTimex> splitAnchored(String text, RawTimex t) {
    Matcher m = ANCHORED_DURATION.matcher(t.text());
    Matcher v = INTERSECT_VALUE.matcher(t.value());
    if (!m.matches()
        || !v.matches()
        || t.begin() < 0
        || t.end() > text.length()
        || !text.startsWith(t.text(), t.begin())) {
      return List.of(t);
    }
    int dateBegin = t.begin() + m.start(2);
    return List.of(
        new RawTimex(
            m.group(1),
            "DURATION",
            v.group(2),
            t.begin(),
            t.begin() + m.end(1),
            t.sentence(),
            t.tense()),
        new RawTimex(m.group(2), "DATE", v.group(1), dateBegin, t.end(), t.sentence(), t.tense()));
  }

  /** A verb of planning or putting off shortly before, in the same sentence. */
  private static final Pattern PLANNED_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:plann?(?:ed|ing)|scheduled|postponed|delayed|put\\s+off)\\b[^.;!?]*$");

  /**
   * "protesters planned a demonstration on Saturday", "officials postponed until Tuesday morning
   * any action": the verb is past, the time it sets lies ahead. Such expressions are resolved as in
   * a future clause.
   */
  private static RawTimex planned(String text, RawTimex t) {
    if (t.tense() != Tense.PAST
        || t.begin() < 0
        || t.end() > text.length()
        || !PLANNED_BEFORE.matcher(text.substring(Math.max(0, t.begin() - 60), t.begin())).find()) {
      return t;
    }
    return withTense(t, Tense.FUTURE);
  }

  private static RawTimex withTense(RawTimex t, Tense tense) {
    return new RawTimex(t.text(), t.type(), t.value(), t.begin(), t.end(), t.sentence(), tense);
  }

  /** A month named without a day number or a year: "in June", "last June" excluded. */
  private static final Pattern MONTH_ONLY =
      Pattern.compile(
          "(?i)(?:(?:in|early|late|mid)\\s+)?(?:" + CalendarWords.MONTH_STEMS + ")" + "[a-z]*\\.?");

  /**
   * "gushed over Sheen … on his talk show in June": the verb lies beyond the tense detector's
   * window, so the month has no tense and would be read as the coming June. A month alone takes the
   * tense of its whole sentence ({@link TenseDetector#ofSentence}).
   */
  private static RawTimex sentenceTense(String text, RawTimex t) {
    if (t.tense() != Tense.NONE
        || !MONTH_ONLY.matcher(t.text().strip()).matches()
        || t.begin() < 0
        || t.end() > text.length()) {
      return t;
    }
    List<Sentences.Span> spans = Sentences.spans(text);
    int i = Sentences.indexOf(spans, t.begin());
    if (i < 0 || i >= spans.size()) {
      return t;
    }
    Tense tense = TenseDetector.ofSentence(spans.get(i).text());
    return tense == Tense.NONE ? t : withTense(t, tense);
  }

  /** "century ago" right after "a half-" or "half a ". */
  private static final Pattern HALF_BEFORE =
      Pattern.compile("(?i)\\b(?:a\\s+half-|half\\s+a\\s+)$");

  /**
   * "the same pad that hoisted men to the moon a half-century ago": SUTime reads only "century
   * ago", a hundred years back to the day. Fifty years back names no day or year exactly: the
   * decade it falls in (TimeML writes the 1960s as 196).
   */
  private static RawTimex halfCentury(String text, RawTimex t) {
    if (!t.text().strip().equalsIgnoreCase("century ago")
        || t.begin() < 0
        || t.end() > text.length()
        || !text.startsWith(t.text(), t.begin())) {
      return t;
    }
    Matcher m = HALF_BEFORE.matcher(text.substring(Math.max(0, t.begin() - 10), t.begin()));
    Matcher v = Pattern.compile("(\\d{4}).*").matcher(t.value());
    if (!m.find() || !v.matches()) {
      return t;
    }
    int year = Integer.parseInt(v.group(1)) + 50;
    RawTimex wide = t.startingAt(text, t.begin() - (m.end() - m.start()));
    return new RawTimex(
        wide.text(),
        "DATE",
        String.valueOf(year / 10),
        wide.begin(),
        wide.end(),
        wide.sentence(),
        wide.tense());
  }

  /** A day and a year right after a month: "This Dec. 28, 2017 photo". */
  private static final Pattern DAY_YEAR_AFTER =
      Pattern.compile("^\\s*(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b");

  /**
   * SUTime cuts "This Dec. 28, 2017 photo" into "This Dec." and reads it as the coming December;
   * the year written right after it is the one meant, and the day with it.
   */
  private static RawTimex explicitYearAfter(String text, RawTimex t) {
    if (t.begin() < 0
        || t.end() > text.length()
        || !MONTH_VALUE.matcher(t.value()).matches()
        || !NAMES_DAY.matcher(t.text()).matches()) {
      return t;
    }
    Matcher m =
        DAY_YEAR_AFTER.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 12)));
    if (!m.find()) {
      return t;
    }
    Optional<String> day = dayOf(m.group(2) + t.value().substring(4, 7) + "-", m.group(1));
    return day.map(
            v -> new RawTimex(t.text(), t.type(), v, t.begin(), t.end(), t.sentence(), t.tense()))
        .orElse(t);
  }

  /** A month value, "2018-12", or a day in it. */
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");

  private static final Pattern MODAL_BEFORE =
      Pattern.compile("(?i)\\b(will|would|could|might|may|can|should|shall)\\s+$");

  /**
   * "Islam will one day be…": after a modal, "one day" is an unspecified future time (TimeML
   * FUTURE_REF), not the duration P1D SUTime gives.
   */
  private static RawTimex someDay(String text, RawTimex t) {
    if (!t.text().equalsIgnoreCase("one day")
        || t.begin() < 0
        || t.end() > text.length()
        || !MODAL_BEFORE.matcher(text.substring(Math.max(0, t.begin() - 10), t.begin())).find()) {
      return t;
    }
    return new RawTimex(
        t.text(), "DATE", "FUTURE_REF", t.begin(), t.end(), t.sentence(), t.tense());
  }

  /**
   * "the march", "this march": month names are capitalized in English, so a lower-case "march",
   * "may" or "august" is the noun, verb or adjective.
   */
  private static final Pattern LOWER_MONTH_WORD =
      Pattern.compile("(?:(?:the|this|a)\\s+)?(?:march|may|august)");

  /** A unit noun or month name alone, as SUTime cuts it from "last-minute" or "late-November". */
  private static final Pattern HYPHEN_TAIL =
      Pattern.compile(
          "(?i)(?:second|minute|hour|day|night|week|month|year|decade|century|"
              + "(?:"
              + CalendarWords.MONTH_STEMS
              + ")[a-z]*)");

  /** "a second" before a noun is the ordinal ("a second group"), not one second. */
  private static final Pattern ORDINAL_SECOND_AFTER =
      Pattern.compile(
          "^\\s+(?!(?:later|ago|earlier|before|after|or|and|of|to|in|for|at|on|longer|more|"
              + "less|too)\\b)\\p{L}");

  /** "Orthodox" before "Christmas" is part of the holiday's name (7 January, not 25 December). */
  private static final Pattern ORTHODOX = Pattern.compile("(?i)\\borthodox\\s+$");

  private static RawTimex withContext(String text, RawTimex t) {
    if (t.begin() < 0
        || t.end() > text.length()
        || !text.startsWith(t.text(), t.begin())
        || !t.text().toLowerCase(Locale.ROOT).startsWith("christmas")) {
      return t;
    }
    Matcher m = ORTHODOX.matcher(text.substring(Math.max(0, t.begin() - 12), t.begin()));
    if (!m.find()) {
      return t;
    }
    return t.startingAt(text, t.begin() - (m.end() - m.start()));
  }

  private static final Pattern FISCAL_YEAR = Pattern.compile("(?i)(the\\s+)?(fiscal\\s+)?year");

  private static final Pattern ENDED = Pattern.compile("^\\s+(ended|ending)\\b");

  /** A bare month abbreviation before a capitalized word is a first name ("Jan Kavan"). */
  private static final Pattern NAME_AFTER = Pattern.compile("^\\s+\\p{Lu}\\p{Ll}");

  /** "present" is PRESENT_REF only as a noun: "at present", "the present", "until the present". */
  private static final Pattern PRESENT_NOUN = Pattern.compile("(?i)\\b(at|the)\\s+$");

  /**
   * A unit noun alone, without count or anchor: SUTime's piece of "year-end", "a great day",
   * "calendar year". The TimeML guidelines annotate the whole phrase or, for generic mentions,
   * nothing; the bare piece is almost never a TIMEX3 on its own.
   */
  private static final Set<String> BARE_UNIT =
      Set.of("year", "day", "days", "months", "the days", "the weeks");

  /** An opening quote (straight or TeX style) right before a title: "This Week", ``60 Minutes''. */
  private static final Pattern QUOTE_BEFORE =
      Pattern.compile("(?:\"|``|'')(?:\\p{Lu}[\\p{L}']*\\s+){0,3}$");

  private static final Pattern QUOTE_AFTER =
      Pattern.compile("^(?:\\s+\\p{Lu}[\\p{L}']*){0,3}[.,]?(?:\"|'')");

  /** A month starting a name: "March for Life", "March of the Combatant Mothers". */
  private static final Pattern NAME_OF = Pattern.compile("^\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}");

  /** Words SUTime tags that the TimeML guidelines do not annotate in this context. */
  private static boolean notTimex(String text, RawTimex t) {
    if (BARE_UNIT.contains(t.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (t.begin() >= 0 && t.end() <= text.length() && text.startsWith(t.text(), t.begin())) {
      String tail = text.substring(t.end(), Math.min(text.length(), t.end() + 40));
      String head = text.substring(Math.max(0, t.begin() - 40), t.begin());
      // Titles of shows, films and campaigns are names, not times (TimeML guidelines).
      if (Character.isUpperCase(t.text().charAt(0))
          && QUOTE_BEFORE.matcher(head).find()
          && QUOTE_AFTER.matcher(tail).find()) {
        return true;
      }
      if (t.text().matches("(?i)(the\\s+annual\\s+|this\\s+)?march")
          && NAME_OF.matcher(tail).find()) {
        return true;
      }
    }
    if (t.begin() < 0 || t.end() > text.length() || !text.startsWith(t.text(), t.begin())) {
      return false;
    }
    if (LOWER_MONTH_WORD.matcher(t.text()).matches()) {
      return true;
    }
    if (t.begin() >= 2
        && HYPHEN_TAIL.matcher(t.text()).matches()
        && text.charAt(t.begin() - 1) == '-'
        && Character.isLetter(text.charAt(t.begin() - 2))) {
      // "last-minute", "quarter-century low": the tail of a hyphenated modifier, not a time.
      return true;
    }
    if (t.text().equalsIgnoreCase("a second")
        && ORDINAL_SECOND_AFTER
            .matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 12)))
            .find()) {
      return true;
    }
    String after = text.substring(t.end(), Math.min(text.length(), t.end() + 4));
    String before = text.substring(Math.max(0, t.begin() - 6), t.begin());
    if (t.text().matches("(Jan|Jun|June|April|May|Aug|August)")
        && NAME_AFTER.matcher(after).find()) {
      return true;
    }
    if (t.text().equalsIgnoreCase("present") && !PRESENT_NOUN.matcher(before).find()) {
      return true;
    }
    // "three-quarters of its food", "more than a quarter of the market": fractions, not periods.
    return t.text().matches("(?i).*\\bquarters?$")
        && !t.text().matches("(?i).*\\b(first|second|third|fourth|last|latest|next|past)\\b.*")
        && text.startsWith(" of ", t.end());
  }

  private static int sentenceOf(List<Sentences.Span> spans, int offset) {
    return Sentences.indexOf(spans, offset);
  }
}
