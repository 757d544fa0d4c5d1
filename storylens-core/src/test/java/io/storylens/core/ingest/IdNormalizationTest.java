// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The text an id is computed from: words lower-cased, white space runs one space, trimmed. */
class IdNormalizationTest {
  private static final String[] PIECES = {
    "A",
    "z",
    "Q",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\u2009",
    "\u00A0",
    "\u3000",
    "É",
    "İ",
    "Σ",
    "\uD83D\uDE00",
    "\uD801\uDC00",
    "’",
    "1",
    ".",
    "\u001F",
    "\u0085"
  };

  @Test
  void equalsSplittingOnWhiteSpaceAndLowerCasingEachChar() {
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(10); k > 0; k--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      assertThat(Ingestor.normalizeForId(s)).as(s).isEqualTo(reference(s));
    }
  }

  private static String reference(String s) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isWhitespace(c)) {
        if (w.length() > 0) {
          words.add(w.toString());
          w.setLength(0);
        }
      } else {
        w.append(Character.toLowerCase(c));
      }
    }
    if (w.length() > 0) {
      words.add(w.toString());
    }
    return String.join(" ", words);
  }
}
