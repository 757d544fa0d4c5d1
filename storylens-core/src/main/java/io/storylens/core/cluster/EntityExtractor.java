// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.cluster;

import java.util.Set;

/** Finds named entities in an article, as lower-cased canonical names. */
@FunctionalInterface
public interface EntityExtractor {
  /** The entities named in {@code title} and {@code text}. */
  Set<String> extract(String title, String text);
}
