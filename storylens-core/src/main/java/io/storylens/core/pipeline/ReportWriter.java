// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.pipeline;

import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.model.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes {@code storylens.json} atomically (temp file, then rename). */
public final class ReportWriter {
  /** The output file name inside the output folder. */
  public static final String FILE_NAME = "storylens.json";

  private ReportWriter() {}

  /** Writes {@code report} to {@code dir/storylens.json}; returns the file. */
  public static Path write(Report report, Path dir) {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(FILE_NAME);
      Path tmp = Files.createTempFile(dir, ".storylens", ".json.tmp");
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), report);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new StorylensException(
          ErrorCode.INTERNAL, "cannot write " + dir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
    }
  }

  /** The report as pretty-printed JSON. */
  public static String toJson(Report report) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INTERNAL, "cannot serialize report: " + e, e);
    }
  }
}
