// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.core.text.PublicationTimes;
import io.storylens.core.text.WordLists;
import io.storylens.model.ErrorCode;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TREC/LDC newswire SGML ({@link Format#TREC_SGML}), as in the AQUAINT collection that DUC draws
 * on: one or several {@code <DOC>} elements, each with {@code <DOCNO>}, {@code <DATE_TIME>}, {@code
 * <HEADLINE>} and {@code <TEXT>}.
 *
 * <ul>
 *   <li>The DOCNO is kept as the metadata field {@code id}, as a JSON Lines {@code id} is, so that
 *       annotations can name articles by it. An input of several documents names each article
 *       {@code source#DOCNO}.
 *   <li>The date comes from {@code DATE_TIME} ({@code 2000-07-25 16:24}, {@code 1999-11-01} or
 *       {@code 09/19/1998 07:53:00}, month first), else from the DOCNO's digits (inferred); the
 *       time of day is kept for ordering the articles of one day.
 *   <li>The outlet comes from the DOCNO's letters through {@code newswire-outlets.txt}.
 *   <li>The title is the {@code HEADLINE} without its service notes in brackets; a byline or an
 *       empty headline is none, and then the first headline line between the headline and the text
 *       is taken: before the byline, or in upper case (the New York Times service sends the
 *       headlines of its partners there, after {@code &HT;}). A byline gives the author.
 *   <li>The body is the {@code <TEXT>}: paragraphs are {@code <P>} elements or, without them,
 *       indented lines; hard-wrapped lines are joined; entity markers ({@code &HT;}, {@code &QL;},
 *       {@code &Cx1f;}, …) are dropped; the LDC quote marks {@code ``} and {@code ''} become curly
 *       ones, a {@code ''} opening when it starts a word (the Associated Press uses it on both
 *       sides); a spaced underscore, the wire's dash, becomes a dash; wire messages to editors
 *       ({@code newswire-boilerplate.txt}) are dropped.
 * </ul>
 *
 * <p>A document without a DOCNO or without text is a problem naming the input and the document's
 * line; the other documents of the input are still read. Tags are found by plain string search, so
 * no input makes the parser backtrack.
 */
final class TrecSgmlParser implements DocumentParser {
  private static final Map<String, String> OUTLETS = outlets();

  private static final List<Pattern> BOILERPLATE =
      WordLists.lines(TrecSgmlParser.class, "newswire-boilerplate.txt").stream()
          .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE))
          .toList();

  /** Elements of a document's head that hold no headline or byline. */
  private static final List<String> HEAD_ELEMENTS =
      List.of("docno", "doctype", "date_time", "header", "slug", "headline", "category", "trailer");

  private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{0,9});");

  /** The character entities of the wires' text; every other entity is a marker. */
  private static final Map<String, String> CHARACTERS =
      Map.of(
          "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "frac12", "½",
          "frac14", "¼", "frac34", "¾");

  private static final Pattern SIMPLE_TAG = Pattern.compile("</?[A-Za-z_]{1,20}>");

  private static final Pattern ISO_DATE =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}:\\d{2}(?::\\d{2})?))?");

  private static final Pattern US_DATE =
      Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})(?: (\\d{2}:\\d{2}(?::\\d{2})?))?");

  /** "APW20000725.0086": the letters name the outlet, the digits the day. */
  private static final Pattern DOCNO = Pattern.compile("([A-Za-z]+)_?(?:ENG_)?(\\d{8})");

  private static final Pattern BYLINE = Pattern.compile("(?i:by)\\s+([A-Z].{0,60})");

  private static final Pattern COPYRIGHT =
      Pattern.compile("(?i)(?:c\\.\\s*\\d{4}|\\(c\\)|©|copyright)\\b.*");

  /** "EDs: adds quotes in 4th graf", "ATTENTION EDITORS: …": messages to editors. */
  private static final Pattern EDITORS_NOTE =
      Pattern.compile("(?i)(?:eds?|editors?|attention editors?|nonsubscribers)\\s*:.*");

  private static final Pattern WHITE = Pattern.compile("\\s+");

  /** Characters after which a {@code ''} starts a quotation. */
  private static final String OPEN_AFTER = "([{“‘—–-/";

  /** Characters a {@code ''} does not open before. */
  private static final String CLOSE_BEFORE = ".,;:!?)]}";

  @Override
  public ParseResult parse(String source, String text) {
    String t = FormatDetector.stripBom(text).replace("\r\n", "\n").replace('\r', '\n');
    String lower = asciiLower(t);
    List<int[]> docs = new ArrayList<>();
    for (int at = lower.indexOf("<doc>"); at >= 0; ) {
      int next = lower.indexOf("<doc>", at + 5);
      int close = lower.indexOf("</doc>", at + 5);
      int end = close >= 0 && (next < 0 || close < next) ? close : next < 0 ? t.length() : next;
      docs.add(new int[] {at + 5, end});
      at = next;
    }
    List<RawArticle> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    int line = 1;
    int counted = 0;
    for (int[] d : docs) {
      line += count(t, '\n', counted, d[0]);
      counted = d[0];
      Doc doc = new Doc(t.substring(d[0], d[1]), lower.substring(d[0], d[1]));
      document(source, docs.size() > 1, line, doc, articles, problems);
    }
    if (docs.isEmpty()) {
      problems.add(IngestProblem.of(source, ErrorCode.INVALID_INPUT, "no <DOC> element"));
    }
    return new ParseResult(articles, problems);
  }

  /** One {@code <DOC>}'s text and its ASCII-lower-cased copy (same length, for finding tags). */
  private record Doc(String text, String lower) {
    /** The inner text of the first {@code <tag>} element, up to its end tag or the document's. */
    Optional<String> element(String tag) {
      int open = lower.indexOf("<" + tag + ">");
      if (open < 0) {
        return Optional.empty();
      }
      int from = open + tag.length() + 2;
      int close = lower.indexOf("</" + tag + ">", from);
      return Optional.of(text.substring(from, close < 0 ? text.length() : close));
    }

    /** The text before {@code <TEXT>} without the head's elements: bylines and notes. */
    String loose() {
      int textAt = lower.indexOf("<text>");
      int end = textAt < 0 ? text.length() : textAt;
      char[] head = text.substring(0, end).toCharArray();
      String headLower = lower.substring(0, end);
      for (String tag : HEAD_ELEMENTS) {
        blank(head, headLower, tag);
      }
      return SIMPLE_TAG.matcher(new String(head)).replaceAll(" ");
    }
  }

  /**
   * Blanks out every {@code <tag>} element of {@code chars} (found in its ASCII-lower-cased copy
   * {@code lower}), keeping line breaks; an element without an end tag loses its start tag only.
   */
  private static void blank(char[] chars, String lower, String tag) {
    String open = "<" + tag + ">";
    String close = "</" + tag + ">";
    for (int at = lower.indexOf(open); at >= 0; ) {
      int c = lower.indexOf(close, at);
      int end = c < 0 ? at + open.length() : c + close.length();
      for (int i = at; i < end; i++) {
        chars[i] = chars[i] == '\n' ? '\n' : ' ';
      }
      at = lower.indexOf(open, end);
    }
  }

  private static void document(
      String source,
      boolean several,
      int line,
      Doc doc,
      List<RawArticle> articles,
      List<IngestProblem> problems) {
    String docno = doc.element("docno").map(TrecSgmlParser::collapse).orElse("");
    if (docno.isEmpty()) {
      problems.add(problem(source, line, "a <DOC> without a <DOCNO>"));
      return;
    }
    Optional<String> textElement = doc.element("text");
    if (textElement.isEmpty()) {
      problems.add(problem(source, line, docno + ": no <TEXT> element"));
      return;
    }
    String body = String.join("\n", body(textElement.get()));
    if (body.isBlank()) {
      problems.add(problem(source, line, docno + ": <TEXT> holds no text"));
      return;
    }
    List<String> warnings = new ArrayList<>();
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("id", docno);
    doc.element("doctype")
        .map(TrecSgmlParser::collapse)
        .filter(s -> !s.isEmpty())
        .ifPresent(s -> metadata.put("doctype", s));
    doc.element("slug")
        .map(TrecSgmlParser::collapse)
        .filter(s -> !s.isEmpty())
        .ifPresent(s -> metadata.put("slug", s));
    Sourced<LocalDate> date = date(doc, docno, metadata, warnings);
    List<String> loose = paragraphs(doc.loose().replace("&HT;", "\n\t").replace("\t", "\n\t"));
    Optional<String> headline = doc.element("headline").map(TrecSgmlParser::headline);
    Sourced<String> author = Sourced.none();
    Sourced<String> title = Sourced.none();
    if (headline.isPresent() && !headline.get().isEmpty() && !byline(headline.get()).isPresent()) {
      title = Sourced.of(headline.get(), Provenance.HEADER);
    } else {
      Optional<String> fromHead = headlineFromHead(loose);
      if (fromHead.isPresent()) {
        title = Sourced.of(fromHead.get(), Provenance.HEADER, 0.8);
      }
    }
    Optional<String> by = headline.flatMap(TrecSgmlParser::byline);
    if (by.isEmpty()) {
      by = loose.stream().map(TrecSgmlParser::byline).flatMap(Optional::stream).findFirst();
    }
    if (by.isPresent()) {
      author = Sourced.of(by.get(), Provenance.HEADER);
    }
    articles.add(
        new RawArticle(
            several ? source + "#" + docno : source,
            Format.TREC_SGML,
            title,
            outlet(docno),
            Sourced.none(),
            date,
            author,
            body,
            metadata,
            warnings));
  }

  /** The paragraphs of a {@code <TEXT>} element, ready to read. */
  static List<String> body(String text) {
    // Editors' annotations ("(STORY CAN END HERE …)" in an element of its own) are not text.
    char[] chars = text.toCharArray();
    blank(chars, asciiLower(text), "annotation");
    String t = new String(chars);
    List<String> out = new ArrayList<>();
    // <P> and </P> end a paragraph; so does a blank or an indented line (texts without <P>).
    for (String block : t.split("(?i)</?p>")) {
      for (String p : paragraphs(block)) {
        if (!boilerplate(p)) {
          out.add(quotes(dashes(p)));
        }
      }
    }
    return out;
  }

  /**
   * The paragraphs of a block of hard-wrapped lines: a blank or indented line starts a new one;
   * entity markers and tags removed, white space collapsed.
   */
  private static List<String> paragraphs(String block) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : block.split("\n")) {
      if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
        flush(cur, out);
      }
      String clean = SIMPLE_TAG.matcher(entities(line)).replaceAll(" ").strip();
      if (!clean.isEmpty()) {
        cur.append(' ').append(clean);
      }
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    String p = collapse(cur.toString());
    if (!p.isEmpty()) {
      out.add(p);
    }
    cur.setLength(0);
  }

  /**
   * Character entities as their characters; markers ({@code &QL;}, {@code &Cx1f;}) as a space. An
   * escaped ampersand is undone first, since the wires sometimes escape one entity twice ({@code
   * &AMP;frac12;}).
   *
   * <p>By hand rather than with jsoup's entity decoder: the wires' markers are not HTML entities,
   * jsoup would leave them in the text, and they must become spaces so that the words beside them
   * stay apart.
   */
  static String entities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s.replace("&AMP;", "&").replace("&amp;", "&"));
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String r = CHARACTERS.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), " ");
      m.appendReplacement(b, Matcher.quoteReplacement(r));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * LDC quote marks as curly ones: {@code ``} opens, {@code `} opens a single quotation, and {@code
   * ''} opens where it starts a word (after a space, the paragraph's start or an opening bracket or
   * dash, and before a word) and closes everywhere else.
   */
  static String quotes(String p) {
    if (p.indexOf('`') < 0 && !p.contains("''")) {
      return p;
    }
    StringBuilder b = new StringBuilder(p.length());
    int n = p.length();
    for (int i = 0; i < n; i++) {
      char c = p.charAt(i);
      if (c == '`') {
        boolean twice = i + 1 < n && p.charAt(i + 1) == '`';
        b.append(twice ? '“' : '‘');
        i += twice ? 1 : 0;
      } else if (c == '\'' && i + 1 < n && p.charAt(i + 1) == '\'') {
        boolean afterSpace =
            i == 0
                || Character.isWhitespace(p.charAt(i - 1))
                || OPEN_AFTER.indexOf(p.charAt(i - 1)) >= 0;
        boolean beforeWord =
            i + 2 < n
                && !Character.isWhitespace(p.charAt(i + 2))
                && CLOSE_BEFORE.indexOf(p.charAt(i + 2)) < 0;
        b.append(afterSpace && beforeWord ? '“' : '”');
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The wire's dash, an underscore between spaces ("PARIS _ Standing"), as a dash. */
  static String dashes(String p) {
    return p.contains(" _ ") ? p.replace(" _ ", " — ") : p;
  }

  private static boolean boilerplate(String p) {
    if (p.length() > 80) {
      return false;
    }
    for (Pattern b : BOILERPLATE) {
      if (b.matcher(p).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A headline's text without entity markers and without lines that are service notes "(…)". */
  private static String headline(String raw) {
    StringBuilder b = new StringBuilder();
    for (String line : raw.split("\n")) {
      String l = collapse(entities(line));
      if (!(l.startsWith("(") && l.endsWith(")"))) {
        b.append(' ').append(l);
      }
    }
    return quotes(collapse(b.toString()));
  }

  /** The name of a byline, "By JILL LAWLESS" → "JILL LAWLESS". */
  private static Optional<String> byline(String line) {
    Matcher m = BYLINE.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /**
   * The headline among the lines between the headline element and the text: the first that is not a
   * note (a byline, a copyright line, an editor's note, a note in brackets) and reads as a title
   * (two to 25 words), written before the byline or in upper case. Wires that leave the headline
   * element empty put it there, before the byline.
   */
  private static Optional<String> headlineFromHead(List<String> lines) {
    int byline = lines.size();
    for (int i = 0; i < lines.size() && byline == lines.size(); i++) {
      byline = byline(lines.get(i)).isPresent() ? i : byline;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int words = line.split(" ").length;
      if (words < 2
          || words > 25
          || byline(line).isPresent()
          || COPYRIGHT.matcher(line).matches()
          || EDITORS_NOTE.matcher(line).matches()
          || line.startsWith("(")) {
        continue;
      }
      if ((byline < lines.size() && i < byline) || upperCase(line)) {
        return Optional.of(quotes(line));
      }
    }
    return Optional.empty();
  }

  private static boolean upperCase(String line) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        upper += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    return letters >= 10 && upper >= 0.8 * letters;
  }

  /** The date of {@code DATE_TIME}, else the day the DOCNO names (inferred). */
  private static Sourced<LocalDate> date(
      Doc doc, String docno, Map<String, String> metadata, List<String> warnings) {
    Optional<String> stamp = doc.element("date_time").map(TrecSgmlParser::collapse);
    if (stamp.isPresent()) {
      Matcher iso = ISO_DATE.matcher(stamp.get());
      Matcher us = US_DATE.matcher(stamp.get());
      Optional<LocalDate> d = Optional.empty();
      String time = null;
      if (iso.matches()) {
        d = day(iso.group(1), iso.group(2), iso.group(3));
        time = iso.group(4);
      } else if (us.matches()) {
        d = day(us.group(3), us.group(1), us.group(2));
        time = us.group(4);
      }
      if (d.isPresent()) {
        if (time != null) {
          metadata.put(PublicationTimes.TIME_FIELD, time);
        }
        return Sourced.of(d.get(), Provenance.HEADER);
      }
      warnings.add("DATE_TIME \"" + stamp.get() + "\" is not a date");
    }
    Matcher m = DOCNO.matcher(docno);
    if (m.lookingAt()) {
      String digits = m.group(2);
      Optional<LocalDate> d =
          day(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6, 8));
      if (d.isPresent()) {
        return Sourced.of(d.get(), Provenance.INFERRED, 0.8);
      }
    }
    return Sourced.none();
  }

  private static Optional<LocalDate> day(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Sourced<String> outlet(String docno) {
    Matcher m = DOCNO.matcher(docno);
    String prefix = m.lookingAt() ? m.group(1).toUpperCase(Locale.ROOT) : "";
    String name = OUTLETS.get(prefix);
    return name == null ? Sourced.none() : Sourced.of(name, Provenance.HEADER, 0.9);
  }

  private static Map<String, String> outlets() {
    Map<String, String> out = new HashMap<>();
    for (String line : WordLists.lines(TrecSgmlParser.class, "newswire-outlets.txt")) {
      String[] parts = line.split("\\s+", 2);
      if (parts.length == 2) {
        out.put(parts[0].toUpperCase(Locale.ROOT), parts[1].strip());
      }
    }
    return Map.copyOf(out);
  }

  private static String collapse(String s) {
    return WHITE.matcher(s).replaceAll(" ").strip();
  }

  /** ASCII letters lower-cased, every other character kept, so indices stay the same. */
  private static String asciiLower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + ('a' - 'A'));
      }
    }
    return new String(c);
  }

  private static int count(String s, char c, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private static IngestProblem problem(String source, int line, String reason) {
    return new IngestProblem(source, Optional.of(line), ErrorCode.INVALID_INPUT, reason);
  }
}
