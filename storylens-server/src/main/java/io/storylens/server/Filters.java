// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.model.Dossier;
import io.storylens.model.Entity;
import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * List filters from query parameters: paging ({@code offset}, {@code limit}), a date range ({@code
 * from}, {@code to}, ISO dates, inclusive), {@code outlet} and {@code entity} (case-insensitive,
 * exact name or alias). Bad values fail with {@link ErrorCode#INVALID_INPUT} naming the parameter.
 */
record Filters(
    int offset,
    int limit,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> outlet,
    Optional<String> entity) {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  static Filters parse(Function<String, String> param) {
    int offset = integer(param, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = integer(param, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    Optional<LocalDate> from = date(param, "from");
    Optional<LocalDate> to = date(param, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, "from (" + from.get() + ") is after to (" + to.get() + ")");
    }
    return new Filters(offset, limit, from, to, text(param, "outlet"), text(param, "entity"));
  }

  /** Whether a story with this span, outlets and dossier passes. */
  boolean accepts(Views.StorySummary s, Optional<Dossier> dossier) {
    if (from.isPresent() && s.end().map(e -> e.compareTo(from.get().toString()) < 0).orElse(true)) {
      return false;
    }
    if (to.isPresent() && s.start().map(b -> b.compareTo(to.get().toString()) > 0).orElse(true)) {
      return false;
    }
    if (outlet.isPresent()
        && s.outlets().stream().noneMatch(o -> o.equalsIgnoreCase(outlet.get()))) {
      return false;
    }
    return entity.isEmpty()
        || dossier.map(d -> d.entities().stream().anyMatch(this::entityMatches)).orElse(false);
  }

  /** Whether an article with this date and outlet passes (entity is ignored for articles). */
  boolean accepts(Views.ArticleRef a) {
    if (from.isPresent() || to.isPresent()) {
      if (a.published().isEmpty()) {
        return false;
      }
      String d = a.published().get();
      if (from.isPresent() && d.compareTo(from.get().toString()) < 0
          || to.isPresent() && d.compareTo(to.get().toString()) > 0) {
        return false;
      }
    }
    return outlet.isEmpty() || a.outlet().equalsIgnoreCase(outlet.get());
  }

  <T> Views.Page<T> page(List<T> all) {
    int start = Math.min(offset, all.size());
    int end = (int) Math.min((long) start + limit, all.size());
    return new Views.Page<>(all.size(), offset, limit, all.subList(start, end));
  }

  private boolean entityMatches(Entity e) {
    String want = entity.get();
    return e.name().equalsIgnoreCase(want) || e.aliases().stream().anyMatch(want::equalsIgnoreCase);
  }

  private static int integer(
      Function<String, String> param, String name, int dflt, int min, int max) {
    String v = param.apply(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT,
          "query parameter " + name + " must be an integer in [" + min + ", " + max + "]");
    }
  }

  private static Optional<LocalDate> date(Function<String, String> param, String name) {
    String v = param.apply(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.strip()));
    } catch (DateTimeParseException e) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, "query parameter " + name + " must be an ISO date (YYYY-MM-DD)");
    }
  }

  static Optional<String> text(Function<String, String> param, String name) {
    String v = param.apply(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    if (v.length() > 200) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, "query parameter " + name + " is longer than 200 characters");
    }
    return Optional.of(v.strip());
  }
}
