// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own quote extractor and attributor ({@code quote} annotator with attribution), as a
 * baseline for {@code storylens eval quotes}: its quotes are turned into {@link Attribution}s so
 * the same scorer compares both. The quote annotator needs coreference; the statistical model is
 * used (lighter than the neural one) and the attributor's own BookNLP coreference file is off. Used
 * only by the evaluation.
 */
public final class CoreNlpQuotes {
  private final StanfordCoreNLP pipeline;

  public CoreNlpQuotes() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    props.setProperty("coref.algorithm", "statistical");
    props.setProperty("quote.attributeQuotes", "true");
    props.setProperty("quote.attribution.useCoref", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** The quotes CoreNLP finds in {@code text}, with its speakers. */
  public List<Attribution> extract(String id, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<Attribution> out = new ArrayList<>();
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return out;
    }
    for (CoreMap q : quotes) {
      int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int cs = Math.min(begin + 1, end);
      int ce = Math.max(cs, end - 1);
      String speaker = orEmpty(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class));
      String mention = orEmpty(q.get(QuoteAttributionAnnotator.MentionAnnotation.class));
      Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      int ms = -1;
      int mEnd = -1;
      if (mb != null && me != null && mb >= 0 && me < tokens.size()) {
        ms = tokens.get(mb).beginPosition();
        mEnd = tokens.get(me).endPosition();
      }
      if (speaker.isEmpty() && !mention.isEmpty()) {
        speaker = mention;
      }
      SpeakerKind kind = speaker.isEmpty() ? SpeakerKind.UNKNOWN : SpeakerKind.NAMED;
      Integer sentence = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
      out.add(
          new Attribution(
              id,
              sentence == null ? 0 : sentence,
              cs,
              ce,
              text.substring(cs, ce),
              true,
              "",
              -1,
              -1,
              speaker,
              mention,
              ms,
              mEnd,
              kind,
              SpeakerClues.NONE));
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
