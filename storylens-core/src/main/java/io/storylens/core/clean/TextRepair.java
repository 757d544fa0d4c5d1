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
          Map.entry("ive", "I've"),
          Map.entry("im", "I'm"),
          Map.entry("thats", "that's"),
          Map.entry("whats", "what's"),
          Map.entry("theres", "there's"),
          Map.entry("lets", "let's"),
          Map.entry("its", "its"));

  private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]+\\b");

  /** "Russias", "NATOs", "Europes": a proper noun with a possessive s whose apostrophe is gone. */
  private static final Pattern STRIPPED_POSSESSIVE =
      Pattern.compile(
          "\\b(Russias|NATOs|Europes|Ukraines|Americas|Bidens|Putins|Years|Its|Kremlins|Chinas|Irans)\\b");

  private static final Pattern SPEECH_VERB =
      Pattern.compile("\\b(said|told reporters|added|continued|stated)\\b");
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
    t = Normalizer.normalize(t, Normalizer.Form.NFC);
    t = t.replace('\u00A0', ' ').replace("\u200B", "").replace("\u00AD", "").replace('\t', ' ');
    t = t.replaceAll("[ \\u2009\\u202F]{2,}", " ");
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
    Matcher m = WORD.matcher(s);
    StringBuilder sb = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String w = m.group();
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      String fix = CONTRACTIONS.get(lower);
      // "its", "lets", "im" and "ive" are ambiguous or rare as contractions; leave them.
      if (fix == null
          || lower.equals("its")
          || lower.equals("lets")
          || lower.equals("im")
          || lower.equals("ive")) {
        continue;
      }
      String replacement =
          Character.isUpperCase(w.charAt(0))
              ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1)
              : fix;
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
      changed = true;
    }
    if (!changed) {
      return s;
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Flags text whose quote marks were stripped: possessives without apostrophes ("Russias"), or
   * several speech attributions ("…, the official said.") while the text has no quote mark at all.
   */
  public static List<String> detectStrippedQuotes(String text) {
    List<String> flags = new ArrayList<>();
    boolean anyQuote =
        text.chars()
            .anyMatch(c -> c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'');
    int possessives = count(STRIPPED_POSSESSIVE, text);
    if (possessives >= 2 || possessives >= 1 && !anyQuote) {
      flags.add("apostrophes-stripped");
    }
    if (!anyQuote && count(SPEECH_VERB, text) >= 2) {
      flags.add("quotes-stripped");
    }
    return flags;
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
