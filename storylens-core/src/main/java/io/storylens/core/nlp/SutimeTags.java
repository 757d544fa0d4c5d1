// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.GenericTimeExpressionPatterns;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts SUTime's rule variables back as they were loaded before each document.
 *
 * <p>SUTime's tense rules tag the value of a matched expression ({@code VTag(…, "resolveTo",
 * RESOLVE_TO_FUTURE)} after "will", {@code RESOLVE_TO_PAST} after a past verb), and that value is
 * the rule variable itself ({@code WEDNESDAY}), shared by every later match: once a document said
 * "will leave Wednesday", an untensed "Wednesday" of any later document resolved forward, so values
 * depended on what the process had annotated before and, with several threads, in which order.
 * Removing the tags the rules added since loading makes each document's values a function of that
 * document (its own sentences still see each other's tags, as SUTime intends).
 */
final class SutimeTags {
  /** A rule variable's value and the tag names it had when loaded. */
  private record Loaded(Value value, Set<String> tags) {}

  private final List<Loaded> values;

  private SutimeTags(List<Loaded> values) {
    this.values = values;
  }

  /** The tagged-state of every rule variable of {@code sutime} as it stands now (after loading). */
  static SutimeTags of(TimeAnnotator sutime) {
    List<Loaded> out = new ArrayList<>();
    for (Object v : env(sutime).getVariables().values()) {
      if (v instanceof Value value) {
        Tags t = value.getTags();
        out.add(new Loaded(value, t == null ? Set.of() : Set.copyOf(t.getTags())));
      }
    }
    return new SutimeTags(List.copyOf(out));
  }

  /** Removes every tag a rule added to a variable since {@link #of}. */
  void reset() {
    for (Loaded l : values) {
      Tags t = l.value().getTags();
      if (t != null && t.getTags().size() != l.tags().size()) {
        for (String name : new HashSet<>(t.getTags())) {
          if (!l.tags().contains(name)) {
            t.removeTag(name);
          }
        }
      }
    }
  }

  private static Env env(TimeAnnotator sutime) {
    // SUTime keeps its rule environment private; there is no other way to reach the variables.
    Object extractor = field(TimeAnnotator.class, "timexExtractor", sutime);
    Object patterns = field(TimeExpressionExtractorImpl.class, "timexPatterns", extractor);
    return (Env) field(GenericTimeExpressionPatterns.class, "env", patterns);
  }

  private static Object field(Class<?> owner, String name, Object of) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(of);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("SUTime's internals changed: no " + owner + "." + name, e);
    }
  }
}
