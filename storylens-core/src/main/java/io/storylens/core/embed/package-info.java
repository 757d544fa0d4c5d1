// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
/**
 * Dense sentence embeddings of articles: {@link io.storylens.core.embed.Embedder} (one verb), the
 * shipped all-MiniLM-L6-v2 model ({@link io.storylens.core.embed.MiniLmEmbedder}, weights inside a
 * Maven artifact, run on ONNX Runtime, nothing downloaded), the text an article is embedded from
 * ({@link io.storylens.core.embed.EmbeddingText}) and the store-backed cache ({@link
 * io.storylens.core.embed.StoredEmbeddings}).
 */
package io.storylens.core.embed;
