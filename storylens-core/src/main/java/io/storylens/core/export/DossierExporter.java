// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.export;

/** Renders a dossier in one format. Output is deterministic and escapes every untrusted string. */
@FunctionalInterface
public interface DossierExporter {
  /** The rendering of {@code page}. */
  String export(DossierPage page);
}
