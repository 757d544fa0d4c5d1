// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizeForIdTest {
  /** The loop must give exactly what the regex gave, or stored ids would change. */
  @Test
  void equalsTheRegexDefinitionOnRandomText() {
    char[] alphabet = " \t\n\u000B\f\r\u00A0\u2003\u2028AbcÉİßx.".toCharArray();
    Random r = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(30); k > 0; k--) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      assertThat(Ingestor.normalizeForId(s))
          .as("input %s", s.codePoints().boxed().toList())
          .isEqualTo(s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
    }
  }
}
