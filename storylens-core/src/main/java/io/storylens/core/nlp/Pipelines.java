// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.util.Objects;
import java.util.Properties;

/**
 * The CoreNLP pipelines, each loaded once per process on first use (initialization-on-demand
 * holders: the JVM guarantees one thread loads them). Loading the NER models takes seconds and
 * about a gigabyte of heap, so nothing else may construct {@link StanfordCoreNLP}.
 */
public final class Pipelines {
  private Pipelines() {}

  private static final class Full {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(NlpMode.FULL.properties());
  }

  private static final class Lean {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(NlpMode.LEAN.properties());
  }

  private static final class Time {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(NlpMode.TIME.properties());
  }

  /**
   * The NER of {@link NlpMode#LEAN} alone, to run on chosen sentences of a tokenized text: the same
   * annotator, built from the same properties, as {@link NlpMode#LEAN}'s pipeline runs after
   * tokenizing.
   */
  private static final class LeanNer {
    static final NERCombinerAnnotator NER = create();

    private static NERCombinerAnnotator create() {
      try {
        return new NERCombinerAnnotator(NlpMode.LEAN.properties());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot load the NER models", e);
      }
    }
  }

  private static final class Sutime {
    static final POSTaggerAnnotator POS = new POSTaggerAnnotator("pos", NlpMode.TIME.properties());
    static final MorphaAnnotator LEMMA = new MorphaAnnotator(false);
    static final TimeAnnotator SUTIME = new TimeAnnotator("sutime", sutimeProperties());
    static final SutimeTags TAGS = SutimeTags.of(SUTIME);
    static final Object LOCK = new Object();
  }

  /** The shared pipeline of {@code mode}. */
  public static StanfordCoreNLP pipeline(NlpMode mode) {
    return switch (mode) {
      case FULL -> Full.PIPELINE;
      case LEAN -> Lean.PIPELINE;
      case TIME -> Time.PIPELINE;
    };
  }

  /**
   * Loads everything {@code mode} runs (its pipeline and, but for {@link NlpMode#FULL}, the POS
   * tagger, lemmatizer and SUTime run after it), so that a measurement can tell loading from
   * annotating.
   */
  public static void load(NlpMode mode) {
    if (mode.sutimeInsideNer()) {
      pipeline(mode);
      return;
    }
    // What the annotator with its sentence cache runs: the tokenizer, then NER and SUTime.
    pipeline(NlpMode.TIME);
    if (mode.entities()) {
      Objects.requireNonNull(LeanNer.NER, "ner");
    }
    Objects.requireNonNull(Sutime.SUTIME, "sutime");
  }

  /** {@link NlpMode#LEAN}'s NER (entity mentions included) on the sentences of {@code part}. */
  static void leanNer(Annotation part) {
    LeanNer.NER.annotate(part);
  }

  /**
   * POS tags, then lemmas, then SUTime's time expressions ({@code TimexAnnotations}) on the
   * sentences of {@code part}: each works one sentence at a time. SUTime's values depend only on
   * {@code part}, not on what was annotated before or beside it.
   */
  static void tagAndSutime(Annotation part) {
    Sutime.POS.annotate(part);
    Sutime.LEMMA.annotate(part);
    // One document at a time, from the rule variables as loaded: SUTime's tense rules tag shared
    // variables (see SutimeTags), so a concurrent or earlier document would change this one's
    // values.
    synchronized (Sutime.LOCK) {
      Sutime.TAGS.reset();
      Sutime.SUTIME.annotate(part);
    }
  }

  private static Properties sutimeProperties() {
    Properties p = new Properties();
    for (String k : NlpMode.TIME.properties().stringPropertyNames()) {
      if (k.startsWith("sutime.")) {
        p.setProperty(k, NlpMode.TIME.properties().getProperty(k));
      }
    }
    return p;
  }
}
