// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans in {@link TextRepair} (written for ingest speed) give the same answers as
 * the regular expressions and word lists they replaced, on seeded random text made of the
 * characters they care about.
 */
class TextRepairScanTest {
  private static final Pattern SPACES = Pattern.compile("[ \\u2009\\u202F]{2,}");
  private static final Pattern MOJIBAKE =
      Pattern.compile(
          "[ÃÂâ][\\u0080-\\u00BF\\u2018-\\u203A\\u0152-\\u0178\\u02C6\\u02DC\\u20AC\\u2122]");
  private static final String[] PIECES = {
    " ",
    "  ",
    "\u2009",
    "\u202F",
    "a",
    "Z",
    "Ã",
    "Â",
    "â",
    "\u0080",
    "©",
    "€",
    "™",
    "’",
    "'",
    "\"",
    "“",
    "Œ",
    "\u02DC",
    "\u2122",
    "\n",
    "dont",
    "DONT",
    "Dont",
    "theyre",
    "russias",
    "RUSSIAS",
    "Said",
    "told",
    "added",
    "stated",
    "natos",
    "İ",
    "\u212Aremlins",
    "é",
    "x",
    "Kremlins",
    "americas",
    "\uD83D\uDE00",
    "\u00DF",
    "wont’",
    "dont'",
    "cant",
    "weve",
  };

  private static List<String> samples() {
    SplittableRandom r = new SplittableRandom(10);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void collapseSpacesEqualsTheRegex() {
    for (String s : samples()) {
      assertThat(TextRepair.collapseSpaces(s)).as(s).isEqualTo(SPACES.matcher(s).replaceAll(" "));
    }
  }

  @Test
  void mojibakeTestEqualsTheRegex() {
    for (String s : samples()) {
      assertThat(TextRepair.mayBeMojibake(s)).as(s).isEqualTo(MOJIBAKE.matcher(s).find());
    }
  }

  @Test
  void strippedQuoteDetectionEqualsTheWordListLookup() {
    int flagged = 0;
    for (String s : samples()) {
      List<String> flags = TextRepair.detectStrippedQuotes(s);
      assertThat(flags).as(s).isEqualTo(reference(s));
      flagged += flags.isEmpty() ? 0 : 1;
    }
    assertThat(flagged).isGreaterThan(1000); // the samples exercise both answers
  }

  @Test
  void contractionsAreRepairedAsBefore() {
    TextRepair repair = new TextRepair();
    assertThat(repair.repair("DONT go, Theyre here; dont' stay; wont’ do; cant weve").text())
        .isEqualTo(
            "Don't go, They're here; dont' stay; wont’ do; can't we've"); // first letter kept
  }

  /** The detection as first written: every letter run lower-cased and looked up. */
  private static List<String> reference(String text) {
    Set<String> possessiveWords =
        Set.of(
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
    Set<String> speechWords = Set.of("said", "told", "added", "stated");
    boolean anyQuote = text.chars().anyMatch(c -> "\"“”‘’'".indexOf(c) >= 0);
    int possessives = 0;
    int speech = 0;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String w = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (possessiveWords.contains(w)) {
        possessives++;
      } else if (speechWords.contains(w)) {
        speech++;
      }
    }
    List<String> flags = new ArrayList<>();
    if (possessives >= 2 || possessives >= 1 && !anyQuote) {
      flags.add("apostrophes-stripped");
    }
    if (!anyQuote && speech >= 2) {
      flags.add("quotes-stripped");
    }
    return flags;
  }
}
