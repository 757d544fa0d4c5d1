// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per distinct string, for the tokens, stems and n-grams the linker keeps per
 * article: near-copies share almost all of them, and a new string per token made the derivations of
 * 10,000 articles outgrow a 4 GB heap. Only memory depends on it: every comparison is by {@code
 * equals}/{@code compareTo}, so results are the same with or without interning.
 *
 * <p>Thread-safe. Meant to live as long as one linking run; strings it handed out stay valid (and
 * shared) after it is dropped.
 */
final class Interner {
  /** Returns each string as it is: for callers that prepare a sentence or two. */
  static final Interner NONE = new Interner(false);

  private final ConcurrentHashMap<String, String> canonical;

  private Interner(boolean sharing) {
    this.canonical = sharing ? new ConcurrentHashMap<>() : null;
  }

  /** A fresh interner that shares what it sees. */
  static Interner create() {
    return new Interner(true);
  }

  /** The shared instance equal to {@code s} (the first one seen). */
  String intern(String s) {
    if (canonical == null) {
      return s;
    }
    String seen = canonical.putIfAbsent(s, s);
    return seen == null ? s : seen;
  }
}
