// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import io.storylens.core.text.AsciiCase;
import io.storylens.model.Provenance;
import io.storylens.model.Sourced;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlet inference from URLs and from text in which an article names itself. Hand-written: no
 * library knows the phrasing news uses to name its own outlet ("told the Daily Caller").
 */
public final class Outlets {
  /** "(AP) —", "(Reuters) -", "WASHINGTON (AP) —": a wire dateline names the outlet. */
  private static final Pattern WIRE_DATELINE =
      Pattern.compile("^[A-Z .,'-]{0,40}\\((AP|Reuters|AFP|Bloomberg|UPI|CNN|dpa)\\)\\s*[-—–]");

  /**
   * "told the Daily Caller", "told The Washington Times": interviews given to the outlet itself.
   */
  private static final Pattern TOLD_OUTLET =
      Pattern.compile(
          // Possessive word runs and a mandatory space between words: the pattern cannot backtrack
          // into a word, so a long capitalized run costs linear time (a fuzzed input hung the
          // earlier, ambiguous form for minutes).
          "\\btold (?:the )?([A-Z][\\w&'-]*+(?:\\.[A-Za-z]++)*+(?: [A-Z][\\w&'-]*+(?:\\.[A-Za-z]++)*+){0,3})"
              + "(?=[.,;:”\"]|\\s+(?:as|in|on|that|last|this|earlier|after)\\b)");

  /** "Based on reporting by AFP and Reuters": a credit, not the outlet. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?im)^\\s*(?:based on reporting by|with reporting by|additional reporting by)\\s+(.+?)\\s*\\.?$"
              + "|(?i)\\b(?:republished|reprinted) with (?:the )?permission of\\s+([^,.\\n]+)");

  /** Words that follow "told" without naming an outlet. */
  private static final List<String> NOT_OUTLETS =
      List.of("Reporters", "Congress", "Senate", "House", "President", "Mr", "Ms", "Mrs");

  /** Known names that must not be taken for the publishing outlet (they are wires or agencies). */
  private static final List<String> NEWS_AGENCIES =
      List.of(
          "AP", "Reuters", "AFP", "Associated Press", "Agence France-Presse", "Interfax", "TASS");

  private Outlets() {}

  /**
   * The outlet named by a URL's host: {@code https://www.washingtontimes.com:443/x} → {@code
   * washingtontimes.com}.
   */
  public static Sourced<String> fromUrl(String url) {
    return host(url).map(h -> Sourced.of(h, Provenance.URL, 0.9)).orElse(Sourced.none());
  }

  /** The host of a URL without {@code www.} and port, lower-cased. */
  public static Optional<String> host(String url) {
    try {
      String u = url.strip();
      if (u.startsWith("www.")) {
        u = "http://" + u;
      }
      String host = URI.create(u).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The outlet an article names as itself, with a confidence: a wire dateline (0.8) or an interview
   * given to the outlet ("told the Daily Caller", 0.6). News agencies named in credits are never
   * taken as the outlet.
   */
  public static Sourced<String> fromText(String body) {
    String head = body.stripLeading();
    Matcher wire = WIRE_DATELINE.matcher(head.substring(0, Math.min(head.length(), 80)));
    if (wire.find()) {
      return Sourced.of(wire.group(1), Provenance.BODY, 0.8);
    }
    Matcher told = TOLD_OUTLET.matcher(body);
    while (body.contains("told ") && told.find()) {
      String name = told.group(1).strip();
      if (name.length() < 3 || NOT_OUTLETS.stream().anyMatch(name::startsWith)) {
        continue;
      }
      if (NEWS_AGENCIES.stream().anyMatch(name::equalsIgnoreCase)) {
        continue;
      }
      return Sourced.of(name, Provenance.BODY, 0.6);
    }
    return Sourced.none();
  }

  /** Outlets credited by the text ("Based on reporting by AFP and Reuters" → AFP, Reuters). */
  public static List<String> credits(String body) {
    List<String> out = new ArrayList<>();
    // Cheap test first: most texts credit nobody. CREDIT ignores ASCII case only, so every match
    // contains one of these phrases in some ASCII case (no lower-cased copy of the body needed).
    if (!AsciiCase.contains(body, "reporting by") && !AsciiCase.contains(body, "permission of")) {
      return out;
    }
    Matcher m = CREDIT.matcher(body);
    while (m.find()) {
      String group = m.group(1) != null ? m.group(1) : m.group(2);
      for (String part : group.split("\\s*(?:,|\\band\\b)\\s*")) {
        String p = part.strip();
        if (!p.isEmpty() && p.length() < 80) {
          out.add(p);
        }
      }
    }
    return out;
  }
}
