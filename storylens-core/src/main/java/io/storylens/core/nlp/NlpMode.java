// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import io.storylens.core.text.Hashing;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

/** Which CoreNLP annotators run. */
public enum NlpMode {
  /**
   * Tokens, sentences, POS, lemmas, NER (with SUTime inside NER and CoreNLP's fine-grained
   * gazetteer pass): entities and timexes. The analysis before the lean mode; kept so that it can
   * be run and compared ({@code -Dstorylens.nlp=full}).
   */
  FULL("tokenize,ssplit,pos,lemma,ner"),
  /**
   * What the analysis uses by default: {@link #FULL} without CoreNLP's fine-grained gazetteer pass
   * (more than half of the CPU time of the whole analysis). That pass mostly assigns types the
   * coarse mentions discard (TITLE, CAUSE_OF_DEATH, URL, …); what it changed in them is redone
   * cheaply: MISC mentions that name a nationality, religion or ideology are dropped ({@code
   * GroupAdjectives}), and multi-word places stay whole ("Puerto Rico", "East Jerusalem") instead
   * of being cut where the gazetteer relabelled a part.
   *
   * <p>NER runs CoreNLP's first two CRF models ({@value #LEAN_NER_MODEL}: persons, organizations
   * and places from the first, MISC from the second) instead of three, whose third only adds types
   * discarded here (DATE, MONEY, …); the second alone typed the seeds' entities worse ("White
   * House" a place); their features use neither POS tags nor lemmas. No numeric classifiers: SUTime
   * runs on its own, and only on the sentences that can hold a time expression ({@code TimeCues}),
   * which are also the only ones POS-tagged and lemmatized (SUTime's rules and the tense of an
   * expression read the tags).
   */
  LEAN("tokenize,ssplit,ner"),
  /** The cheap mode: tokens, sentences, POS, lemmas and SUTime only; no NER classifiers. */
  TIME("tokenize,ssplit");

  /** The NER models of {@link #LEAN}, in CoreNLP's order of precedence. */
  public static final String LEAN_NER_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
          + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final String annotators;

  NlpMode(String annotators) {
    this.annotators = annotators;
  }

  /** The CoreNLP properties of this mode. */
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    // Sentences.split breaks at every newline; CoreNLP must agree so sentence indexes map 1:1.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // Bounded time on pathological input: the tagger and CRFs skip absurd "sentences".
    p.setProperty("pos.maxlen", "400");
    p.setProperty("ner.maxlen", "400");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("tokenize.options", "invertible=true");
    if (this == LEAN) {
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.model", LEAN_NER_MODEL);
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.useSUTime", "false");
    }
    return p;
  }

  /** System property that selects the analysis mode: {@code lean} (default) or {@code full}. */
  public static final String PROPERTY = "storylens.nlp";

  /**
   * The mode the analysis runs in: {@link #LEAN} unless system property {@value #PROPERTY} says
   * {@code full}.
   *
   * @throws IllegalArgumentException when the property names no mode
   */
  public static NlpMode analysis() {
    String v = System.getProperty(PROPERTY, "lean").strip();
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "lean" -> LEAN;
      case "full" -> FULL;
      default ->
          throw new IllegalArgumentException(
              "system property " + PROPERTY + " must be lean or full, not '" + v + "'");
    };
  }

  /**
   * Whether POS tags, lemmas and SUTime (inside NER's numeric classifiers) are computed on every
   * sentence ({@link #FULL}), rather than, after the pipeline, on the sentences that can hold a
   * time expression only.
   */
  public boolean sutimeInsideNer() {
    return this == FULL;
  }

  /** Whether this mode runs the NER classifiers (entity mentions). */
  public boolean entities() {
    return this != TIME;
  }

  /**
   * A short hash of everything that changes the output: mode, properties, CoreNLP version and the
   * version of the Storylens post-processing ({@link ArticleAnnotations#FORMAT}).
   */
  public String configHash() {
    String version =
        edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion();
    String text =
        name()
            + new TreeMap<>(properties())
            + "|corenlp="
            + version
            + "|format="
            + ArticleAnnotations.FORMAT;
    return Hashing.sha256Hex(16, text);
  }
}
