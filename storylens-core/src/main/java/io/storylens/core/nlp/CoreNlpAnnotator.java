// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.storylens.core.nlp.ArticleAnnotations.Mention;
import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.text.Sentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link LanguageAnnotator} on the shared CoreNLP pipeline of one {@link NlpMode}. */
final class CoreNlpAnnotator implements LanguageAnnotator {
  /** Fine-grained CoreNLP NER types folded into the coarse ones entities use. */
  private static final Map<String, String> COARSE =
      Map.ofEntries(
          Map.entry("PERSON", "PERSON"),
          Map.entry("ORGANIZATION", "ORGANIZATION"),
          Map.entry("LOCATION", "LOCATION"),
          Map.entry("CITY", "LOCATION"),
          Map.entry("COUNTRY", "LOCATION"),
          Map.entry("STATE_OR_PROVINCE", "LOCATION"),
          Map.entry("MISC", "MISC"));

  private final NlpMode mode;

  CoreNlpAnnotator(NlpMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  @Override
  public ArticleAnnotations annotate(String text, Optional<LocalDate> documentDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(documentDate, "documentDate");
    List<String> warnings = new ArrayList<>();
    String guarded = TextGuard.guard(text, warnings);
    Annotation doc = new Annotation(guarded);
    documentDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    Pipelines.pipeline(mode).annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> entityMaps = List.of();
    if (mode.entities()) {
      List<CoreMap> all = doc.get(CoreAnnotations.MentionsAnnotation.class);
      entityMaps = all == null ? List.of() : all;
    }
    List<CoreMap> timeMaps;
    if (mode.sutimeInsideNer()) {
      timeMaps =
          entityMaps.stream()
              .filter(m -> m.get(TimeAnnotations.TimexAnnotation.class) != null)
              .toList();
    } else {
      timeMaps = sutime(guarded, doc, coreSentences);
    }
    SentenceIndex sentences = new SentenceIndex(Sentences.spans(guarded));
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<Mention> mentions = new ArrayList<>();
    for (CoreMap m : entityMaps) {
      String type = COARSE.get(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      if (type != null) {
        int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (mode == NlpMode.LEAN
            && type.equals("MISC")
            && GroupAdjectives.names(guarded.substring(b, e))) {
          continue;
        }
        mentions.add(new Mention(guarded.substring(b, e), type, b, e, sentences.of(b)));
      }
    }
    List<RawTimex> timexes = new ArrayList<>();
    for (CoreMap m : timeMaps) {
      Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
      String value = t.value() != null ? t.value() : t.altVal();
      if (value == null || t.timexType() == null) {
        continue;
      }
      int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      Tense tense = tenseOf(m, coreSentences);
      timexes.add(
          new RawTimex(
              guarded.substring(b, e), t.timexType(), value, b, e, sentences.of(b), tense));
    }
    List<RawTimex> all = Supplement.apply(guarded, timexes, sentences::of);
    return new ArticleAnnotations(tokens == null ? 0 : tokens.size(), mentions, all, warnings);
  }

  /**
   * POS tags, lemmas and SUTime on the sentences of {@code doc} that can hold a time expression
   * ({@link TimeCues}). Each reads one sentence at a time (SUTime the document date besides), so
   * what they find in a sentence does not depend on which other sentences they are given.
   */
  private static List<CoreMap> sutime(String text, Annotation doc, List<CoreMap> coreSentences) {
    if (coreSentences == null) {
      return List.of();
    }
    List<CoreMap> cued = new ArrayList<>();
    for (CoreMap s : coreSentences) {
      int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (TimeCues.mayHoldTime(text.substring(b, e))) {
        cued.add(s);
      }
    }
    if (cued.isEmpty()) {
      return List.of();
    }
    Annotation part = new Annotation(text);
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    part.set(CoreAnnotations.SentencesAnnotation.class, cued);
    Pipelines.tagAndSutime(part);
    List<CoreMap> t = part.get(TimeAnnotations.TimexAnnotations.class);
    return t == null ? List.of() : t;
  }

  private static Tense tenseOf(CoreMap m, List<CoreMap> sentences) {
    List<CoreLabel> own = m.get(CoreAnnotations.TokensAnnotation.class);
    if (own == null || own.isEmpty() || sentences == null) {
      return Tense.NONE;
    }
    Integer si = own.get(0).get(CoreAnnotations.SentenceIndexAnnotation.class);
    if (si == null || si >= sentences.size()) {
      return Tense.NONE;
    }
    CoreMap sentence = sentences.get(si);
    List<CoreLabel> st = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int begin = own.get(0).index() - 1;
    int end = begin + own.size();
    if (begin < 0 || end > st.size()) {
      return Tense.NONE;
    }
    return TenseDetector.detect(st, begin, end);
  }

  /** Maps character offsets to {@link Sentences} indexes. */
  private record SentenceIndex(List<Sentences.Span> spans) {
    int of(int offset) {
      return Sentences.indexOf(spans, offset);
    }
  }
}
