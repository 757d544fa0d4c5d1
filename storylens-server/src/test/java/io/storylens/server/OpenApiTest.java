// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import static io.storylens.server.TestServer.TOKEN;
import static io.storylens.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.storylens.model.json.Json;
import io.storylens.testkit.NeedsModels;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI description served at {@code /api/openapi.json} matches what the server really
 * answers: every documented operation is called, and each response body is validated against the
 * schema documented for its status (JSON Schema 2020-12, as OpenAPI 3.1 uses).
 */
@NeedsModels
class OpenApiTest {
  @TempDir static Path dir;
  static TestServer ts;
  static JsonNode spec;

  @BeforeAll
  static void start() {
    ts = new TestServer(dir).loadSeeds();
    HttpResponse<String> r = ts.get("/api/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    spec = json(r);
  }

  @AfterAll
  static void stop() {
    ts.close();
  }

  record Call(String method, String template, String path, String body, String token) {}

  @Test
  void everyDocumentedOperationAnswersAsDocumented() {
    String story = FixtureStage.STORYLINE;
    String article = ts.seedIds.get(0);
    List<Call> calls =
        List.of(
            get("/api/health", "/api/health"),
            get("/api/status", "/api/status"),
            get("/api/storylines", "/api/storylines?limit=5&entity=NATO"),
            get("/api/storylines", "/api/storylines?limit=0"),
            get("/api/events", "/api/events"),
            get("/api/dossiers/{id}", "/api/dossiers/" + story),
            get("/api/dossiers/{id}", "/api/dossiers/missing"),
            get("/api/dossiers/{id}", "/api/dossiers/" + FixtureStage.EVENT),
            get("/api/dossiers/{id}/graph", "/api/dossiers/" + story + "/graph"),
            get("/api/dossiers/{id}/timeline", "/api/dossiers/" + story + "/timeline"),
            get("/api/dossiers/{id}/quotes", "/api/dossiers/" + story + "/quotes"),
            get("/api/quotes", "/api/quotes?speaker=Joe%20Biden"),
            get("/api/articles", "/api/articles?limit=3"),
            get("/api/articles/{id}", "/api/articles/" + article),
            get("/api/articles/{id}", "/api/articles/" + ts.seedIds.get(1)),
            get("/api/search", "/api/search?q=talks"),
            get("/api/search", "/api/search"),
            new Call(
                "post",
                "/api/articles",
                "/api/articles",
                "{\"title\": \"Schema check\", \"text\": \"Diplomats met in Vienna on Tuesday.\","
                    + " \"date_publish\": \"2022-01-11\"}",
                TOKEN),
            new Call("post", "/api/articles", "/api/articles", "{}", TOKEN),
            new Call("post", "/api/articles", "/api/articles", "{\"text\": \"x\"}", null));
    Set<String> covered = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    for (Call c : calls) {
      HttpResponse<String> r =
          c.method().equals("get")
              ? ts.get(c.path())
              : ts.post(c.path(), c.body(), "application/json", c.token());
      JsonNode op = spec.path("paths").path(c.template()).path(c.method());
      assertThat(op.isMissingNode()).as("documented: " + c.method() + " " + c.template()).isFalse();
      covered.add(c.method() + " " + c.template());
      JsonNode documented = op.path("responses").path(String.valueOf(r.statusCode()));
      if (documented.isMissingNode()) {
        assertThat(r.statusCode()).as(c.path() + " status").isGreaterThanOrEqualTo(400);
        documented = op.path("responses").path("default");
      }
      JsonNode schemaRef = documented.path("content").path("application/json").path("schema");
      Set<ValidationMessage> errors = schema(schemaRef).validate(json(r));
      if (!errors.isEmpty()) {
        failures.add(c.method() + " " + c.path() + " -> " + r.statusCode() + ": " + errors);
      }
    }
    assertThat(failures).isEmpty();
    Set<String> documentedOps = new TreeSet<>();
    spec.path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> documentedOps.add(m + " " + p.getKey())));
    assertThat(covered).isEqualTo(documentedOps);
  }

  @Test
  void schemasRejectWhatTheServerMustNotSend() {
    JsonSchema page =
        schema(Json.mapper().createObjectNode().put("$ref", "#/components/schemas/StoryPage"));
    JsonNode good = json(ts.get("/api/storylines"));
    assertThat(page.validate(good)).isEmpty();
    ObjectNode bad = good.deepCopy();
    bad.remove("total");
    assertThat(page.validate(bad)).isNotEmpty();
    ObjectNode extra = good.deepCopy();
    extra.put("debug_stack", "at io.storylens...");
    assertThat(page.validate(extra)).isNotEmpty();
  }

  private static Call get(String template, String path) {
    return new Call("get", template, path, "", null);
  }

  /** A schema that is {@code ref} with the spec's components beside it, so refs resolve. */
  private static JsonSchema schema(JsonNode ref) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.setAll((ObjectNode) ref.deepCopy());
    root.set("components", spec.path("components").deepCopy());
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
  }
}
