// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file.
 *
 * @param name the name shown to users and stored as article source: the path as given
 * @param path the file to read
 */
public record InputFile(String name, Path path) {
  public InputFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }
}
