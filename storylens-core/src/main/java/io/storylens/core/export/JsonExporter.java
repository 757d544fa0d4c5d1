// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.model.json.Json;

/** The dossier as pretty-printed JSON, exactly as in {@code storylens.json}. */
final class JsonExporter implements DossierExporter {
  @Override
  public String export(DossierPage page) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(page.dossier())
          + "\n";
    } catch (JsonProcessingException e) {
      throw new StorylensException(ErrorCode.INTERNAL, "cannot serialize dossier: " + e, e);
    }
  }
}
