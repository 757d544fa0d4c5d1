// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylens.model.Article;
import io.storylens.model.Dossier;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import io.storylens.model.TimelineEntry;
import io.storylens.model.json.Json;
import org.jsoup.nodes.Entities;

/**
 * The dossier timeline as TimelineJS 3 JSON ({@code title} and {@code events} with {@code
 * start_date} parts): one event per timeline entry (group "timeline") and one per article
 * publication (group "coverage"). TimelineJS renders headline and text as HTML, so both are
 * HTML-escaped here.
 */
final class TimelineJsExporter implements DossierExporter {
  @Override
  public String export(DossierPage page) {
    Dossier d = page.dossier();
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode title = root.putObject("title");
    title
        .putObject("text")
        .put("headline", html(d.title()))
        .put(
            "text",
            html(
                d.articles().size()
                    + " article(s) from "
                    + String.join(", ", d.outlets())
                    + ", "
                    + d.start().orElse("?")
                    + " to "
                    + d.end().orElse("?")));
    ArrayNode events = root.putArray("events");
    for (TimelineEntry t : d.timeline()) {
      ObjectNode e = Json.mapper().createObjectNode();
      if (!date(e.putObject("start_date"), t.date())) {
        continue;
      }
      e.putObject("text").put("headline", html(t.expression())).put("text", html(t.text()));
      e.put("group", "timeline");
      events.add(e);
    }
    for (String id : d.articles()) {
      Article a = page.article(id).orElse(null);
      if (a == null || a.publishedDate().isEmpty()) {
        continue;
      }
      ObjectNode e = Json.mapper().createObjectNode();
      date(e.putObject("start_date"), a.publishedDate().get().toString());
      e.putObject("text")
          .put("headline", html(a.displayTitle()))
          .put("text", html(a.outletName() + " published this article (" + a.id() + ")"));
      e.put("group", "coverage");
      events.add(e);
    }
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new StorylensException(ErrorCode.INTERNAL, "cannot serialize timeline: " + e, e);
    }
  }

  /** Fills TimelineJS date parts from an ISO date of year, month or day granularity. */
  private static boolean date(ObjectNode node, String iso) {
    String[] parts = iso.split("-");
    if (parts.length == 0 || !parts[0].matches("\\d{4}")) {
      return false;
    }
    node.put("year", parts[0]);
    if (parts.length > 1 && parts[1].matches("\\d{2}")) {
      node.put("month", parts[1]);
      if (parts.length > 2 && parts[2].matches("\\d{2}")) {
        node.put("day", parts[2]);
      }
    }
    return true;
  }

  private static String html(String s) {
    return Entities.escape(s).replace("\"", "&quot;").replace("'", "&#39;");
  }
}
