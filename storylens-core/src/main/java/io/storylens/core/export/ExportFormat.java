// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.export;

import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, with their command-line names and file suffixes. */
public enum ExportFormat {
  JSON("json", ".json", new JsonExporter()),
  MARKDOWN("md", ".md", new MarkdownExporter()),
  HTML("html", ".html", new HtmlExporter()),
  TIMELINEJS("timelinejs", ".timeline.json", new TimelineJsExporter());

  private final String label;
  private final String suffix;
  private final DossierExporter exporter;

  ExportFormat(String label, String suffix, DossierExporter exporter) {
    this.label = label;
    this.suffix = suffix;
    this.exporter = exporter;
  }

  /** The name used on the command line. */
  public String label() {
    return label;
  }

  /** The file suffix, e.g. {@code .timeline.json}. */
  public String suffix() {
    return suffix;
  }

  /** The exporter. */
  public DossierExporter exporter() {
    return exporter;
  }

  /** The format called {@code label}; an INVALID_INPUT error naming the known ones otherwise. */
  public static ExportFormat of(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.label.equals(l))
        .findFirst()
        .orElseThrow(
            () ->
                new StorylensException(
                    ErrorCode.INVALID_INPUT,
                    "unknown export format '"
                        + label
                        + "'; known: "
                        + Arrays.stream(values())
                            .map(ExportFormat::label)
                            .collect(Collectors.joining(", "))));
  }
}
