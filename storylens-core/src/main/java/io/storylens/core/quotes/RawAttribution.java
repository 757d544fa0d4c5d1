// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

/**
 * An attribution before its speaker is resolved: token indexes of the cue and speaker phrase
 * ({@code -1} when absent), or the earlier attribution whose speaker it continues.
 */
record RawAttribution(
    int sentence,
    int contentStart,
    int contentEnd,
    boolean marked,
    int cueTok,
    String cueText,
    int speakerFrom,
    int speakerTo,
    RawAttribution inheritFrom) {}
