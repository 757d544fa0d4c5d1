// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns the bytes of an input into text: gunzips by magic number, refuses empty, binary and
 * oversized inputs, decodes UTF-8 strictly and falls back to UTF-16 (by BOM) or Windows-1252 with a
 * warning rather than guessing silently.
 */
public final class Decoding {
  private Decoding() {}

  /** Decoded text and the warnings about how it was decoded. */
  public record Decoded(String text, List<String> warnings) {}

  /** Whether {@code bytes} start with the gzip magic number. */
  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /** Gunzips, enforcing {@code maxBytes} on the output. */
  public static byte[] gunzip(byte[] bytes, long maxBytes) {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return readLimited(in, maxBytes, "decompressed size");
    } catch (EOFException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "truncated gzip data");
    } catch (ZipException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "corrupt gzip data: " + e.getMessage());
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot read gzip data: " + e);
    }
  }

  /** Reads at most {@code maxBytes}, failing with TOO_LARGE beyond. */
  public static byte[] readLimited(InputStream in, long maxBytes, String what) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > maxBytes) {
        throw new StorylensException(
            ErrorCode.TOO_LARGE, what + " exceeds the limit of " + maxBytes + " bytes");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** Whether {@code bytes} start with a UTF-16 byte-order mark (either order). */
  static boolean hasUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
            || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe);
  }

  /** Decodes {@code bytes} to text, refusing empty and binary content. */
  public static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "empty input");
    }
    if (hasUtf16Bom(bytes)) {
      return checked(
          new String(bytes, StandardCharsets.UTF_16),
          List.of("decoded as UTF-16 (byte-order mark)"));
    }
    if (looksBinary(bytes)) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT,
          "binary content (control bytes), not a text, HTML or JSON input");
    }
    try {
      String s = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
      return checked(s, List.of());
    } catch (CharacterCodingException e) {
      String s = new String(bytes, Charset.forName("windows-1252"));
      return checked(s, List.of("invalid UTF-8; decoded as Windows-1252"));
    }
  }

  /**
   * Decodes one line of a streamed input (no line breaks in it), as {@link #decode} would decode it
   * inside the whole input, but on its own: strict UTF-8, else Windows-1252 with a warning. Empty,
   * blank and binary checks are the caller's, for the input as a whole.
   */
  public static Decoded decodeLine(byte[] bytes) {
    boolean ascii = true;
    for (byte b : bytes) {
      if (b < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) { // most lines: one compact Latin-1 string, no decoder
      return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), List.of());
    }
    // The JDK's lenient decoding is several times faster than a strict decoder and gives the same
    // text for valid UTF-8; it puts U+FFFD where the bytes are invalid, so only a line with U+FFFD
    // (invalid, or a genuine replacement character) needs the strict check.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return new Decoded(lenient, List.of());
    }
    try {
      return new Decoded(
          strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), List.of());
    } catch (CharacterCodingException e) {
      return new Decoded(
          new String(bytes, Charset.forName("windows-1252")),
          List.of("invalid UTF-8; decoded as Windows-1252"));
    }
  }

  private static Decoded checked(String text, List<String> warnings) {
    if (text.isBlank()) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "input contains only white space");
    }
    return new Decoded(text.replace("\r\n", "\n").replace('\r', '\n'), warnings);
  }

  private static java.nio.charset.CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * More than 1% NUL or other C0 control bytes (tab, newline, CR, form feed excepted) in the first
   * 8 KiB.
   */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        bad++;
      }
    }
    return bad * 100 > n;
  }
}
