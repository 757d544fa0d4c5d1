// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
/**
 * The HTTP JSON API and the web reader of Storylens, served by one Javalin process over the
 * embedded store.
 *
 * <p>Contract: every response under {@code /api} is JSON; errors are {@code {"error": {"code",
 * "status", "message"}}} with a stable {@link io.storylens.model.ErrorCode} and never a stack
 * trace. Reads are served from an immutable {@link io.storylens.server.Snapshot} of the last
 * analysis; writes (ingest) need a bearer token and publish a new snapshot before they return.
 */
package io.storylens.server;
