// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors

/**
 * Wires the stages together: {@link io.storylens.core.pipeline.IngestService} stores inputs in
 * batches (one transaction per input), {@link io.storylens.core.pipeline.Analyzer} runs every
 * analysis stage over stored articles, {@link io.storylens.core.pipeline.ReportWriter} writes
 * {@code storylens.json}.
 */
package io.storylens.core.pipeline;
