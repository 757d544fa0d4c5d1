// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.clean;

import io.storylens.core.text.WordLists;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Repairs damaged text: Unicode NFC, odd white space, UTF-8 read as Windows-1252 (mojibake), and
 * apostrophes lost in contractions ("dont" → "don't") where a word list makes it unambiguous.
 * Detects text whose quote marks or apostrophes were stripped.
 */
public final class TextRepair {
  /** Contractions whose apostrophe-less spelling is not itself an English word. */
  private static final Map<String, String> CONTRACTIONS =
      Map.ofEntries(
          Map.entry("dont", "don't"),
          Map.entry("doesnt", "doesn't"),
          Map.entry("didnt", "didn't"),
          Map.entry("isnt", "isn't"),
          Map.entry("arent", "aren't"),
          Map.entry("wasnt", "wasn't"),
          Map.entry("werent", "weren't"),
          Map.entry("cant", "can't"),
          Map.entry("couldnt", "couldn't"),
          Map.entry("wouldnt", "wouldn't"),
          Map.entry("shouldnt", "shouldn't"),
          Map.entry("wont", "won't"),
          Map.entry("hasnt", "hasn't"),
          Map.entry("havent", "haven't"),
          Map.entry("hadnt", "hadn't"),
          Map.entry("youre", "you're"),
          Map.entry("theyre", "they're"),
          Map.entry("weve", "we've"),
          Map.entry("theyve", "they've"),
          Map.entry("youve", "you've"),
          Map.entry("thats", "that's"),
          Map.entry("whats", "what's"),
          Map.entry("theres", "there's"));

  /** The spaces {@link #collapseSpaces} folds: space, thin space, narrow no-break space. */
  private static boolean isFoldedSpace(char c) {
    return c == ' ' || c == '\u2009' || c == '\u202F';
  }

  /**
   * "Russias", "NATOs", "Europes": proper nouns with a possessive s whose apostrophe is gone,
   * lower-cased.
   */
  private static final Set<String> STRIPPED_POSSESSIVES =
      WordLists.load(TextRepair.class, "stripped-possessives.txt");

  /** Speech verbs that, several times in a text without any quote mark, betray stripped quotes. */
  private static final Set<String> SPEECH_WORDS = Set.of("said", "told", "added", "stated");

  /**
   * Whether {@code s} has a lead character of UTF-8 read as Windows-1252 ("Ã", "Â", "â") followed
   * by a continuation character, the cheap test before {@link #fixMojibake}. A hand-written scan:
   * the regular expression it replaces was a tenth of the ingest time.
   */
  static boolean mayBeMojibake(String s) {
    // Jumps between lead characters with String.indexOf (vectorized by the JIT): most texts have
    // none, and a charAt loop over a UTF-16 string pays a bounds check per char.
    for (char lead : MOJIBAKE_LEADS) {
      for (int i = s.indexOf(lead); i >= 0 && i + 1 < s.length(); i = s.indexOf(lead, i + 1)) {
        if (isContinuation(s.charAt(i + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static final char[] MOJIBAKE_LEADS = {'Ã', 'Â', 'â'};

  private static boolean isContinuation(char c) {
    return c >= '\u0080' && c <= '\u00BF'
        || c >= '\u2018' && c <= '\u203A'
        || c >= '\u0152' && c <= '\u0178'
        || c == '\u02C6'
        || c == '\u02DC'
        || c == '\u20AC'
        || c == '\u2122';
  }

  /** Runs of two or more {@linkplain #isFoldedSpace spaces} become one space. */
  static String collapseSpaces(String s) {
    // A run needs two plain spaces side by side or a thin one: three vectorized searches rule out
    // most texts faster than one charAt loop.
    if (s.indexOf("  ") < 0 && s.indexOf('\u2009') < 0 && s.indexOf('\u202F') < 0) {
      return s;
    }
    int n = s.length();
    int i = 1;
    while (i < n && !(isFoldedSpace(s.charAt(i)) && isFoldedSpace(s.charAt(i - 1)))) {
      i++;
    }
    if (i >= n) {
      return s; // the common case: nothing to fold, no copy
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i - 1).append(' ');
    while (i < n && isFoldedSpace(s.charAt(i))) {
      i++;
    }
    while (i < n) {
      char c = s.charAt(i);
      if (isFoldedSpace(c) && i + 1 < n && isFoldedSpace(s.charAt(i + 1))) {
        sb.append(' ');
        while (i < n && isFoldedSpace(s.charAt(i))) {
          i++;
        }
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** The repaired text and the flags describing repairs made. */
  public record Repaired(String text, List<String> flags) {}

  /** Repairs {@code text}. */
  public Repaired repair(String text) {
    List<String> flags = new ArrayList<>();
    String t = text;
    if (mayBeMojibake(t)) {
      String fixed = fixMojibake(t);
      if (!fixed.equals(t)) {
        t = fixed;
        flags.add("mojibake-repaired");
      }
    }
    if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
      t = Normalizer.normalize(t, Normalizer.Form.NFC);
    }
    t = t.replace('\u00A0', ' ').replace("\u200B", "").replace("\u00AD", "").replace('\t', ' ');
    t = collapseSpaces(t);
    String contracted = repairContractions(t);
    if (!contracted.equals(t)) {
      flags.add("apostrophes-repaired");
      t = contracted;
    }
    return new Repaired(t, flags);
  }

  /** Characters that Windows-1252 produces for the bytes 0x80-0xFF (plus C1 controls). */
  private static final Pattern CP1252_RUN =
      Pattern.compile(
          "[\\u0080-\\u00FF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
              + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]{2,}");

  private static final Charset CP1252 = Charset.forName("windows-1252");

  /**
   * Re-decodes runs of UTF-8 bytes that were read as Windows-1252. Works run by run, so correct
   * non-Latin text elsewhere in the same string is left alone.
   */
  static String fixMojibake(String s) {
    Matcher m = CP1252_RUN.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(redecode(m.group())));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String redecode(String run) {
    byte[] bytes = new byte[run.length()];
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        bytes[i] = (byte) c; // bytes undefined in Windows-1252 often survive as C1 controls
      } else {
        byte[] b = String.valueOf(c).getBytes(CP1252);
        if (b.length != 1 || b[0] == '?') {
          return run;
        }
        bytes[i] = b[0];
      }
    }
    String decoded = new String(bytes, StandardCharsets.UTF_8);
    return decoded.contains("\uFFFD") ? run : decoded;
  }

  private static String repairContractions(String text) {
    char[] s = text.toCharArray(); // scanned as an array: see detectStrippedQuotes
    StringBuilder sb = null;
    int copied = 0;
    int n = s.length;
    int i = 0;
    while (i < n) {
      if (!isAsciiLetter(s[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isAsciiLetter(s[i])) {
        i++;
      }
      if (i - start < 4
          || i - start > 8
          || i < n && (s[i] == '\'' || s[i] == '’')
          || !endsLikeContraction(s[i - 1])) {
        continue;
      }
      String key = listed(CONTRACTIONS_BY_LENGTH, s, start, i);
      if (key == null) {
        continue;
      }
      char initial = s[start];
      String fix = CONTRACTIONS.get(key);
      // "its", "lets", "im" and "ive" are ambiguous or rare as contractions; they are not listed.
      if (fix == null) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(n + 16);
      }
      sb.append(s, copied, start - copied);
      sb.append(
          Character.isUpperCase(initial)
              ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1)
              : fix);
      copied = i;
    }
    if (sb == null) {
      return text;
    }
    return sb.append(s, copied, n - copied).toString();
  }

  /** Every listed contraction ends in t, e or s: most words are skipped without a copy. */
  private static boolean endsLikeContraction(char last) {
    char c = (char) (last | 0x20);
    return c == 't' || c == 'e' || c == 's';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static final String[][] CONTRACTIONS_BY_LENGTH = byLength(CONTRACTIONS.keySet());

  private static final String[][] DETECTED_BY_LENGTH =
      byLength(Stream.concat(STRIPPED_POSSESSIVES.stream(), SPEECH_WORDS.stream()).toList());

  /** Lower-case ASCII words grouped by length, each group sorted (deterministic lookups). */
  private static String[][] byLength(Collection<String> words) {
    int max = words.stream().mapToInt(String::length).max().orElse(0);
    String[][] out = new String[max + 1][];
    for (int len = 0; len <= max; len++) {
      final int l = len;
      out[len] = words.stream().filter(w -> w.length() == l).sorted().toArray(String[]::new);
    }
    return out;
  }

  /**
   * The listed word equal, ignoring ASCII case, to the ASCII letters {@code s[from, to)}, or null.
   * The same answer as looking up the lower-cased substring, without copying every word. Compares
   * by hand: on ASCII letters {@code c | 0x20} is the lower case, and {@code
   * String.regionMatches(true, ...)} (Unicode case folding, slow on UTF-16 strings) was a tenth of
   * the ingest's parse time.
   */
  private static String listed(String[][] byLength, char[] s, int from, int to) {
    int len = to - from;
    if (len >= byLength.length) {
      return null;
    }
    char first = (char) (s[from] | 0x20);
    for (String w : byLength[len]) {
      if (w.charAt(0) != first) {
        continue;
      }
      int k = 1;
      while (k < len && (s[from + k] | 0x20) == w.charAt(k)) {
        k++;
      }
      if (k == len) {
        return w;
      }
    }
    return null;
  }

  /** Shortest and longest word in {@link #STRIPPED_POSSESSIVES} and {@link #SPEECH_WORDS}. */
  private static final int MIN_LISTED = 4;

  private static final int MAX_LISTED = 8;

  private static boolean isLetter(char c) {
    return c < 0x80 ? isAsciiLetter(c) : Character.isLetter(c);
  }

  /**
   * Flags text whose quote marks were stripped: possessives without apostrophes ("Russias"), or
   * several speech attributions ("…, the official said.") while the text has no quote mark at all.
   */
  public static List<String> detectStrippedQuotes(String s) {
    // Scanned as a char array: String.charAt on UTF-16 text (any curly quote or dash makes a
    // String UTF-16) pays a bounds check per char that the JIT does not hoist.
    char[] text = s.toCharArray();
    List<String> flags = new ArrayList<>();
    boolean anyQuote = false;
    for (int i = 0; i < text.length && !anyQuote; i++) {
      char c = text[i];
      anyQuote = c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'';
    }
    int possessives = 0;
    int speech = 0;
    // Lower-cased runs of letters (an apostrophe ends a run, so "Russia's" is not "russias"),
    // without copying the many words too short or too long to be listed
    // (lower-casing never shortens a word, and the words it lengthens gain a non-ASCII mark).
    int n = text.length;
    int i = 0;
    while (i < n) {
      if (!isLetter(text[i])) {
        i++;
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < n && isLetter(text[i])) {
        ascii &= text[i] < 0x80;
        i++;
      }
      if (i - start < MIN_LISTED || i - start > MAX_LISTED) {
        continue;
      }
      String w =
          ascii
              ? listed(DETECTED_BY_LENGTH, text, start, i)
              : new String(text, start, i - start).toLowerCase(Locale.ROOT);
      if (w == null) {
        continue;
      }
      if (STRIPPED_POSSESSIVES.contains(w)) {
        possessives++;
      } else if (SPEECH_WORDS.contains(w)) {
        speech++;
      }
    }
    if (possessives >= 2 || possessives >= 1 && !anyQuote) {
      flags.add("apostrophes-stripped");
    }
    if (!anyQuote && speech >= 2) {
      flags.add("quotes-stripped");
    }
    return flags;
  }
}
