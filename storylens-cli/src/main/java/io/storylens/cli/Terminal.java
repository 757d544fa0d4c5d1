// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.cli;

import java.io.PrintStream;
import java.util.Locale;

/** Terminal output helpers: escaping of untrusted text and a progress bar for interactive use. */
public final class Terminal {
  private Terminal() {}

  /**
   * Makes untrusted text safe to print: control characters (including ESC, which could drive the
   * terminal) become {@code \\uXXXX}; newlines become spaces.
   */
  public static String safe(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u202E') {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether stdout is an interactive terminal (then a progress bar is drawn). */
  public static boolean interactive() {
    return System.console() != null && System.getenv("CI") == null;
  }

  /** Draws a one-line progress bar on {@code err} (only when interactive). */
  public static void progress(PrintStream err, int done, int total, String label) {
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) done * width / total);
    String name = safe(label);
    if (name.length() > 40) {
      name = "…" + name.substring(name.length() - 39);
    }
    err.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(width - filled)
            + "] "
            + done
            + "/"
            + total
            + " "
            + name
            + "\u001b[K");
    if (done == total) {
      err.println();
    }
    err.flush();
  }
}
