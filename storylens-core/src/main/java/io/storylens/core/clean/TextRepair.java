// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.clean;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern SPACES = Pattern.compile("[ \\u2009\\u202F]{2,}");

  /**
   * "Russias", "NATOs", "Europes": proper nouns with a possessive s whose apostrophe is gone,
   * lower-cased as {@link #letterRuns} gives them.
   */
  private static final java.util.Set<String> STRIPPED_POSSESSIVES =
      java.util.Set.of(
          "russias",
          "natos",
          "europes",
          "ukraines",
          "bidens",
          "putins",
          "kremlins",
          "chinas",
          "irans",
          "americas");

  /** Speech verbs that, several times in a text without any quote mark, betray stripped quotes. */
  private static final java.util.Set<String> SPEECH_WORDS =
      java.util.Set.of("said", "told", "added", "stated");

  private static final Pattern MOJIBAKE =
      Pattern.compile(
          "[ÃÂâ][\\u0080-\\u00BF\\u2018-\\u203A\\u0152-\\u0178\\u02C6\\u02DC\\u20AC\\u2122]");

  /** The repaired text and the flags describing repairs made. */
  public record Repaired(String text, List<String> flags) {}

  /** Repairs {@code text}. */
  public Repaired repair(String text) {
    List<String> flags = new ArrayList<>();
    String t = text;
    if (MOJIBAKE.matcher(t).find()) {
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
    t = SPACES.matcher(t).replaceAll(" ");
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

  private static String repairContractions(String s) {
    StringBuilder sb = null;
    int copied = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!isAsciiLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isAsciiLetter(s.charAt(i))) {
        i++;
      }
      if (i - start < 4 || i - start > 8 || i < n && (s.charAt(i) == '\'' || s.charAt(i) == '’')) {
        continue;
      }
      String w = s.substring(start, i);
      String fix = CONTRACTIONS.get(w.toLowerCase(java.util.Locale.ROOT));
      // "its", "lets", "im" and "ive" are ambiguous or rare as contractions; they are not listed.
      if (fix == null) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(n + 16);
      }
      sb.append(s, copied, start);
      sb.append(
          Character.isUpperCase(w.charAt(0))
              ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1)
              : fix);
      copied = i;
    }
    if (sb == null) {
      return s;
    }
    return sb.append(s, copied, n).toString();
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Lower-cased runs of letters; an apostrophe ends a run, so "Russia's" is not "russias". */
  static List<String> letterRuns(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      out.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /**
   * Flags text whose quote marks were stripped: possessives without apostrophes ("Russias"), or
   * several speech attributions ("…, the official said.") while the text has no quote mark at all.
   */
  public static List<String> detectStrippedQuotes(String text) {
    List<String> flags = new ArrayList<>();
    boolean anyQuote = false;
    for (int i = 0; i < text.length() && !anyQuote; i++) {
      char c = text.charAt(i);
      anyQuote = c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'';
    }
    int possessives = 0;
    int speech = 0;
    for (String w : letterRuns(text)) {
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
