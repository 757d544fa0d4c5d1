// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Validates JSON against the published schema {@code docs/schema/storylens.schema.json}. */
public final class OutputSchema {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OutputSchema() {}

  /** The schema file in the repository. */
  public static Path file() {
    return Fixtures.repoRoot().resolve("docs").resolve("schema").resolve("storylens.schema.json");
  }

  /** Validation messages for {@code json}; empty when it conforms. */
  public static List<String> violations(String json) {
    try {
      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(Files.readString(file()));
      JsonNode node = MAPPER.readTree(json);
      Set<ValidationMessage> messages = schema.validate(node);
      return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
