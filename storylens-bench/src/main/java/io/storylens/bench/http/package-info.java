// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
/**
 * A bounded HTTP load benchmark against a Storylens server on loopback: open-loop mixed reads at a
 * fixed rate plus concurrent ingests, reporting latency percentiles, errors and lost ingests.
 * Figures are measured every run; nothing here asserts a time.
 */
package io.storylens.bench.http;
