// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Decoding#decodeLine} against the plain definition: strict UTF-8, else Windows-1252. */
class DecodeLineTest {
  private static Decoding.Decoded reference(byte[] bytes) {
    try {
      return new Decoding.Decoded(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString(),
          List.of());
    } catch (CharacterCodingException e) {
      return new Decoding.Decoded(
          new String(bytes, Charset.forName("windows-1252")),
          List.of("invalid UTF-8; decoded as Windows-1252"));
    }
  }

  @Test
  void equalsStrictDecodingOnValidAndInvalidBytes() {
    String[] valid = {"a", "Z", " ", "\"", "é", "“", "”", "—", "\uFFFD", "😀", "ß", "中"};
    SplittableRandom random = new SplittableRandom(11);
    int invalid = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(0, 30);
      for (int i = 0; i < n; i++) {
        sb.append(valid[random.nextInt(valid.length)]);
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      if (round % 2 == 1 && bytes.length > 0) { // damage: a random byte, or a cut sequence
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      Decoding.Decoded expected = reference(bytes);
      invalid += expected.warnings().isEmpty() ? 0 : 1;
      assertThat(Decoding.decodeLine(bytes)).as("round %d", round).isEqualTo(expected);
    }
    assertThat(invalid).isGreaterThan(1000); // both branches are exercised
  }
}
