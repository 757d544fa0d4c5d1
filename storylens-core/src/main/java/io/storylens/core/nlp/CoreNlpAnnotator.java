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
import java.util.HashMap;
import java.util.IdentityHashMap;
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
  private final Optional<SentenceCache> cache;
  private final String config;

  /**
   * @param mode the annotators to run
   * @param cacheEntries sentences kept by content ({@link SentenceCache}); 0 runs the mode's whole
   *     pipeline on every text. Only {@link NlpMode#LEAN} caches: {@link NlpMode#FULL}'s
   *     fine-grained pass is not known to read one sentence at a time, and {@link NlpMode#TIME}
   *     runs no NER, the one stage cached.
   */
  CoreNlpAnnotator(NlpMode mode, int cacheEntries) {
    this.mode = Objects.requireNonNull(mode, "mode");
    if (cacheEntries < 0) {
      throw new IllegalArgumentException("cacheEntries must be >= 0: " + cacheEntries);
    }
    this.cache =
        cacheEntries == 0 || mode.sutimeInsideNer() || !mode.entities()
            ? Optional.empty()
            : Optional.of(new SentenceCache(cacheEntries));
    this.config = mode.configHash();
  }

  /** The sentence cache, if this annotator keeps one (for tests). */
  Optional<SentenceCache> sentenceCache() {
    return cache;
  }

  @Override
  public ArticleAnnotations annotate(String text, Optional<LocalDate> documentDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(documentDate, "documentDate");
    List<String> warnings = new ArrayList<>();
    String guarded = TextGuard.guard(text, warnings);
    if (cache.isPresent()) {
      return bySentence(guarded, documentDate, cache.get(), warnings);
    }
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
      mention(m, guarded, 0).ifPresent(f -> mentions.add(sentences.mention(guarded, 0, f)));
    }
    List<RawTimex> timexes = new ArrayList<>();
    for (CoreMap m : timeMaps) {
      timex(m, coreSentences, 0).ifPresent(f -> timexes.add(sentences.timex(guarded, 0, f)));
    }
    List<RawTimex> all = Supplement.apply(guarded, timexes, sentences::of);
    return new ArticleAnnotations(tokens == null ? 0 : tokens.size(), mentions, all, warnings);
  }

  /**
   * {@link #annotate} with NER one sentence at a time: the text is tokenized and split whole, NER
   * runs only on the sentences {@code cache} does not hold (the others get their tokens' tags and
   * mentions from it), then POS tags, lemmas and SUTime run on every sentence {@link TimeCues} lets
   * through, as in the whole pipeline. SUTime is not cached: what it makes of a sentence can depend
   * on the rest of the document (a weekday was resolved to another week when fewer sentences were
   * given to it). Gives what the whole pipeline gives, since NER reads one sentence at a time
   * ({@code SentenceCacheTest} compares both on real articles).
   */
  private ArticleAnnotations bySentence(
      String guarded,
      Optional<LocalDate> documentDate,
      SentenceCache cache,
      List<String> warnings) {
    Annotation doc = new Annotation(guarded);
    documentDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    Pipelines.pipeline(NlpMode.TIME).annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    if (coreSentences == null) {
      coreSentences = List.of();
    }
    int n = coreSentences.size();
    int[] starts = new int[n];
    String[] keys = new String[n];
    SentenceCache.Result[] results = new SentenceCache.Result[n];
    List<CoreMap> toTag = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CoreMap s = coreSentences.get(i);
      int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      starts[i] = b;
      keys[i] = SentenceCache.key(config, guarded.substring(b, e), tokenKeys(s, b));
      results[i] = cache.get(keys[i]).orElse(null);
      if (results[i] == null) {
        toTag.add(s);
      } else {
        // SUTime reads the tokens after NER: they carry what NER left on them.
        List<CoreLabel> own = s.get(CoreAnnotations.TokensAnnotation.class);
        for (int t = 0; t < own.size(); t++) {
          setAll(own.get(t), results[i].tokens().get(t));
        }
      }
    }
    Map<CoreLabel, Map<Class<?>, Object>> before = new IdentityHashMap<>();
    for (CoreMap s : toTag) {
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        before.put(t, annotations(t));
      }
    }
    if (!toTag.isEmpty()) {
      Annotation part = partOf(guarded, doc, toTag);
      // NER walks the document's tokens in step with its sentences': those of the chosen ones.
      List<CoreLabel> partTokens = new ArrayList<>();
      for (CoreMap s : toTag) {
        partTokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
      }
      part.set(CoreAnnotations.TokensAnnotation.class, partTokens);
      Pipelines.leanNer(part);
    }
    for (int i = 0; i < n; i++) {
      if (results[i] == null) {
        results[i] = fresh(guarded, coreSentences.get(i), starts[i], before);
        cache.put(keys[i], results[i]);
      }
    }
    SentenceIndex sentences = new SentenceIndex(Sentences.spans(guarded));
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (SentenceCache.Found f : results[i].mentions()) {
        mentions.add(sentences.mention(guarded, starts[i], f));
      }
    }
    List<RawTimex> timexes = new ArrayList<>();
    for (CoreMap m : sutime(guarded, doc, coreSentences)) {
      timex(m, coreSentences, 0).ifPresent(f -> timexes.add(sentences.timex(guarded, 0, f)));
    }
    List<RawTimex> all = Supplement.apply(guarded, timexes, sentences::of);
    return new ArticleAnnotations(tokens == null ? 0 : tokens.size(), mentions, all, warnings);
  }

  /** Each token of {@code sentence} as its word and its offsets from {@code start}. */
  private static List<String> tokenKeys(CoreMap sentence, int start) {
    List<CoreLabel> own = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> out = new ArrayList<>(own == null ? 0 : own.size());
    if (own != null) {
      for (CoreLabel t : own) {
        out.add((t.beginPosition() - start) + ":" + (t.endPosition() - start) + ":" + t.word());
      }
    }
    return out;
  }

  /** A document of {@code text} with only {@code chosen} of its sentences, and its date. */
  private static Annotation partOf(String text, Annotation doc, List<CoreMap> chosen) {
    Annotation part = new Annotation(text);
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
    return part;
  }

  /**
   * What NER left on {@code sentence}: its mentions (on the sentence itself), offsets relative to
   * {@code start}, and what it added to or changed on each token since {@code before}.
   */
  private SentenceCache.Result fresh(
      String text, CoreMap sentence, int start, Map<CoreLabel, Map<Class<?>, Object>> before) {
    List<SentenceCache.Found> mentions = new ArrayList<>();
    List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (found != null) {
      for (CoreMap m : found) {
        mention(m, text, start).ifPresent(mentions::add);
      }
    }
    List<Map<Class<?>, Object>> tokens = new ArrayList<>();
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      Map<Class<?>, Object> was = before.getOrDefault(t, Map.of());
      Map<Class<?>, Object> added = new HashMap<>();
      annotations(t)
          .forEach(
              (k, v) -> {
                if (!v.equals(was.get(k))) {
                  added.put(k, v);
                }
              });
      tokens.add(added);
    }
    return new SentenceCache.Result(mentions, tokens);
  }

  /** Every annotation of {@code token} with a value. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<Class<?>, Object> annotations(CoreLabel token) {
    Map<Class<?>, Object> out = new HashMap<>();
    for (Class<?> k : token.keySet()) {
      Object v = token.get((Class) k);
      if (v != null) {
        out.put(k, v);
      }
    }
    return out;
  }

  /** Sets every annotation of {@code values} on {@code token}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void setAll(CoreLabel token, Map<Class<?>, Object> values) {
    values.forEach((k, v) -> token.set((Class) k, v));
  }

  /**
   * A CoreNLP entity mention of a type the analysis keeps, in its coarse type, its offsets less
   * {@code start}; none for other types, and in {@link NlpMode#LEAN} for a MISC mention naming a
   * nationality, religion or ideology.
   */
  private Optional<SentenceCache.Found> mention(CoreMap m, String text, int start) {
    String type = COARSE.get(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
    if (type == null) {
      return Optional.empty();
    }
    int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (mode == NlpMode.LEAN
        && type.equals("MISC")
        && GroupAdjectives.names(text.substring(b, e))) {
      return Optional.empty();
    }
    return Optional.of(new SentenceCache.Found(type, "", b - start, e - start, Tense.NONE));
  }

  /**
   * A SUTime expression with a type and a value (others are skipped), its offsets less {@code
   * start}, with the tense of its clause.
   */
  private static Optional<SentenceCache.Found> timex(
      CoreMap m, List<CoreMap> coreSentences, int start) {
    Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
    String value = t.value() != null ? t.value() : t.altVal();
    if (value == null || t.timexType() == null) {
      return Optional.empty();
    }
    int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return Optional.of(
        new SentenceCache.Found(
            t.timexType(), value, b - start, e - start, tenseOf(m, coreSentences)));
  }

  /**
   * POS tags, lemmas and SUTime on the sentences of {@code doc} that can hold a time expression
   * ({@link TimeCues}), always all of them together: SUTime's reading of a sentence can depend on
   * the others it is given.
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
    Annotation part = partOf(text, doc, cued);
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

    /** The mention {@code f} of a sentence starting at {@code at} of {@code text}. */
    Mention mention(String text, int at, SentenceCache.Found f) {
      int b = at + f.begin();
      int e = at + f.end();
      return new Mention(text.substring(b, e), f.type(), b, e, of(b));
    }

    /** The time expression {@code f} of a sentence starting at {@code at} of {@code text}. */
    RawTimex timex(String text, int at, SentenceCache.Found f) {
      int b = at + f.begin();
      int e = at + f.end();
      return new RawTimex(text.substring(b, e), f.type(), f.value(), b, e, of(b), f.tense());
    }
  }
}
