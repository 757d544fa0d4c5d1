// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AsciiCaseTest {
  @Test
  void ignoresAsciiCaseOnly() {
    assertThat(AsciiCase.contains("Based on REPORTING BY AFP", "reporting by")).isTrue();
    assertThat(AsciiCase.contains("reporting", "reporting by")).isFalse();
    assertThat(AsciiCase.contains("REPORTİNG BY", "reporting by")).isFalse(); // dotted capital I
    assertThat(AsciiCase.contains("\u212Aremlin", "kremlin")).isFalse(); // Kelvin sign
    assertThat(AsciiCase.contains("", "a")).isFalse();
    assertThatThrownBy(() -> AsciiCase.contains("a", "Ab"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AsciiCase.contains("a", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void agreesWithARegexThatIgnoresAsciiCase() {
    String[] pieces = {
      "a", "A", "b", "B", "ab", "AB", " ", ".", "é", "É", "İ", "ı", "\u212A", "k", "K"
    };
    String[] needles = {"ab", "a b", "ba", "k", "é", "ab ab", "a.b", "."};
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(8); k > 0; k--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String needle = needles[r.nextInt(needles.length)];
      boolean expected =
          Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE).matcher(b).find();
      assertThat(AsciiCase.contains(b.toString(), needle))
          .as(b + " / " + needle)
          .isEqualTo(expected);
    }
  }
}
