// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.export;

import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code DIR/<id>.md}, {@code .html}, {@code .json} and {@code .timeline.json}. */
public final class DossierFiles {
  private DossierFiles() {}

  /** Writes every format of each storyline dossier in {@code dossiers}; returns the files. */
  public static List<Path> writeStorylines(
      List<Dossier> dossiers, List<Article> articles, Path dir) {
    List<Path> out = new ArrayList<>();
    for (Dossier d : dossiers) {
      if (d.kind().equals("storyline")) {
        out.addAll(write(new DossierPage(d, articles), dir));
      }
    }
    return out;
  }

  /**
   * A safe file name for a dossier id: characters other than letters, digits, {@code .}, {@code _}
   * and {@code -} become {@code _} and leading dots are dropped, so no id can escape the folder.
   */
  static String fileName(String id) {
    String name = id.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "");
    return name.isEmpty() ? "dossier" : name;
  }

  /** Writes every format of one dossier, each atomically (temp file, then rename). */
  public static List<Path> write(DossierPage page, Path dir) {
    String id = fileName(page.dossier().id());
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (ExportFormat f : ExportFormat.values()) {
        Path target = dir.resolve(id + f.suffix());
        Path tmp = Files.createTempFile(dir, ".dossier", ".tmp");
        Files.writeString(tmp, f.exporter().export(page), StandardCharsets.UTF_8);
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.add(target);
      }
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INTERNAL, "cannot write dossier " + id + ": " + e, e);
    }
    return out;
  }
}
