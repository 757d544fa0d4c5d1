// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * Cheap text primitives every stage shares: word tokens, stop words, sentence splitting. They are
 * deliberately simple and fast (the cheap path must run thousands of articles a second); the deep
 * path uses CoreNLP in {@code io.storylens.core.nlp}.
 */
package io.storylens.core.text;
