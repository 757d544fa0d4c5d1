// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.clean;

import io.storylens.model.RemovedSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Cleans a raw body: repair first (so patterns see normal text), then boilerplate removal. */
public final class Cleaner {
  private final TextRepair repair = new TextRepair();
  private final Boilerplate boilerplate = new Boilerplate();

  /** Cleans {@code body}. Never throws for any input text. */
  public CleanText clean(String body) {
    TextRepair.Repaired repaired = repair.repair(body);
    List<String> paragraphs = paragraphs(repaired.text());
    List<RemovedSpan> removed = new ArrayList<>();
    List<String> kept = boilerplate.filter(paragraphs, removed);
    String text = String.join("\n\n", kept);
    LinkedHashSet<String> flags = new LinkedHashSet<>(repaired.flags());
    flags.addAll(TextRepair.detectStrippedQuotes(text)); // only letters and quote marks count
    return new CleanText(text, removed, new ArrayList<>(flags));
  }

  /** Splits on line breaks; blank lines are dropped, so paragraph spacing is normalized. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
