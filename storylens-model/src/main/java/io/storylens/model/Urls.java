// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The form of a URL used to match it against another: a source gives the same page as {@code
 * https://WWW.Example.com:443/a#top} or {@code https://www.example.com/a}. A URL is always shown
 * and exported as the source gave it; only matching uses this form.
 */
public final class Urls {
  private Urls() {}

  /**
   * {@code url} with its scheme and host in lower case, the scheme's default port (80 for http, 443
   * for https) and the fragment dropped, and an empty path written {@code /}. Path and query are
   * kept as given (a server may tell their case apart). Text that is not an absolute URL comes back
   * stripped and otherwise unchanged, so it still matches itself.
   */
  public static String normalized(String url) {
    String s = url.strip();
    URI u;
    try {
      u = new URI(s);
    } catch (URISyntaxException e) {
      return s;
    }
    if (u.getScheme() == null || u.getRawAuthority() == null || u.getHost() == null) {
      return s;
    }
    String scheme = u.getScheme().toLowerCase(Locale.ROOT);
    int port = u.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    StringBuilder b = new StringBuilder(s.length());
    b.append(scheme).append("://");
    if (u.getRawUserInfo() != null) {
      b.append(u.getRawUserInfo()).append('@');
    }
    b.append(u.getHost().toLowerCase(Locale.ROOT));
    if (!defaultPort) {
      b.append(':').append(port);
    }
    String path = u.getRawPath();
    b.append(path == null || path.isEmpty() ? "/" : path);
    if (u.getRawQuery() != null) {
      b.append('?').append(u.getRawQuery());
    }
    return b.toString();
  }
}
