// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import io.storylens.core.text.Hashing;
import java.util.Properties;
import java.util.TreeMap;

/** Which CoreNLP annotators run. */
public enum NlpMode {
  /** Tokens, sentences, POS, lemmas, NER (with SUTime inside NER): entities and timexes. */
  FULL("tokenize,ssplit,pos,lemma,ner"),
  /** The cheap mode: tokens, sentences, POS, lemmas and SUTime only; no NER classifiers. */
  TIME("tokenize,ssplit,pos,lemma");

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
    return p;
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
