// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * Evaluation harnesses behind {@code storylens eval TASK --data PATH}. Each task reads a data set
 * in a published layout, scores Storylens against its gold annotations, prints a table and, as its
 * last line, one JSON object with the figures. Numbers are always computed from data, every run.
 */
package io.storylens.core.eval;
