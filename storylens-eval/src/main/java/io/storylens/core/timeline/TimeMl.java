// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TimeML 1.2 {@code .tml} file: the DCT and the text of {@code <TEXT>} with its in-text
 * TIMEX3 spans (character offsets into the text with tags removed and entities decoded).
 * Hand-written with regular expressions because TimeML inline markup is flat and a DOM would lose
 * the character offsets.
 */
public record TimeMl(String name, LocalDate dct, String text, List<Span> timexes) {
  /** A gold TIMEX3. */
  public record Span(int begin, int end, String type, String value) {}

  private static final Pattern DCT =
      Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*)</TEXT>");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  public TimeMl {
    timexes = List.copyOf(timexes);
  }

  /** Parses {@code file}; fails with the file name when DCT or TEXT is missing. */
  public static TimeMl read(Path file) {
    String xml;
    try {
      xml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Matcher d = DCT.matcher(xml);
    Matcher t = TEXT.matcher(xml);
    if (!d.find() || !t.find()) {
      throw new IllegalArgumentException(file + ": no DCT or no <TEXT> element");
    }
    String body = t.group(1);
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    Matcher m = TAG.matcher(body);
    int last = 0;
    int open = -1;
    String type = "";
    String value = "";
    while (m.find()) {
      text.append(decode(body.substring(last, m.start())));
      last = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open = text.length();
        type = "";
        value = "";
        Matcher a = ATTR.matcher(m.group(3));
        while (a.find()) {
          if (a.group(1).equals("type")) {
            type = a.group(2);
          } else if (a.group(1).equals("value")) {
            value = a.group(2);
          }
        }
      } else if (open >= 0) {
        spans.add(new Span(open, text.length(), type, value));
        open = -1;
      }
    }
    text.append(decode(body.substring(last)));
    return new TimeMl(
        file.getFileName().toString(), LocalDate.parse(d.group(1)), text.toString(), spans);
  }

  private static String decode(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
