// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import io.storylens.core.text.CalendarWords;
import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import io.storylens.model.Article;
import io.storylens.model.Disagreement;
import io.storylens.model.SourceRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of several words that two articles write with one word changed: "Center for Humane
 * Technology" against "Center for Human Technology", "Hawaiian Airlines" against "Hawaii Airlines",
 * "World Wildlife Fund" against "World Wildlife Federation". {@link SpellingVariants} compares
 * single words and leaves out what may be another form of one word ("Hawaii", "Hawaiian") or two
 * different words; inside a name whose other words are the same these are one name told two ways.
 *
 * <p>Two forms are compared when they have the same number of words and differ at one of them, and
 * one of:
 *
 * <ul>
 *   <li>the changed word is a near spelling of the other (one letter, or two in words of six
 *       letters or more; not an ending that makes another form of one word, "Brazil" and
 *       "Brazilian"), and one form is a slip: found in one article while at least two articles
 *       write the other, or no article writes both;
 *   <li>the words are different, the changed word is the last (what kind of thing: "Fund",
 *       "Federation"; a word before it says which one: "British Broadcasting Corp", "British
 *       Aircraft Corp"), the name has three words or more of which at least two are shared
 *       capitalized words, and no article writes both forms (a writer using both knows two things:
 *       "New York Times" and "New York Post").
 * </ul>
 *
 * <p>Confidence by rule, like the other aligners whose examples are too few to fit a model.
 */
final class NameVariants {
  private NameVariants() {}

  /** Lower-case words that may join the words of one name ("Center for Humane Technology"). */
  private static final Set<String> JOINERS = Set.of("of", "for", "and", "de", "du", "von", "van");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  /**
   * Endings that make another form of one word ("Brazil" and "Brazilian", "Crime" and "Crimes"):
   * the writer chose a form, the name is the same.
   */
  private static final Pattern ENDING = Pattern.compile("(?:s|es|n|an|ian|i|er|ers|ese|ish|al)");

  /** One form of a name with where it is written. */
  private static final class Form {
    final List<String> words;
    final String text;
    final Set<String> articles = new LinkedHashSet<>();
    final List<SourceRef> uses = new ArrayList<>();

    Form(List<String> words, String text) {
      this.words = words;
      this.text = text;
    }
  }

  /** A name written two ways, with how sure it is. */
  record Candidate(
      String valueA,
      String valueB,
      String wordA,
      String wordB,
      List<String> articlesA,
      List<String> articlesB,
      List<SourceRef> sources,
      double confidence) {
    Disagreement toDisagreement(Map<String, Article> byId) {
      return SpellingVariants.nameFlag(
          "written", valueA, valueB, articlesA, articlesB, sources, confidence, byId);
    }
  }

  /** Every name written two ways among {@code articles}, in order of first use. */
  static List<Candidate> find(List<Article> articles) {
    Map<String, Form> forms = new LinkedHashMap<>();
    Map<String, Integer> capitalized = new HashMap<>();
    for (Article a : articles) {
      List<String> sentences = Sentences.split(a.text());
      for (int i = 0; i < sentences.size(); i++) {
        for (String w : capitalizedWords(sentences.get(i))) {
          capitalized.merge(SpellingVariants.fold(w), 1, Integer::sum);
        }
        for (List<String> name : names(sentences.get(i))) {
          List<String> key = name.stream().map(SpellingVariants::fold).toList();
          Form f =
              forms.computeIfAbsent(
                  String.join(" ", key), k -> new Form(key, String.join(" ", name)));
          f.articles.add(a.id());
          f.uses.add(new SourceRef(a.id(), i));
        }
      }
    }
    List<Form> all = new ArrayList<>(forms.values());
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Candidate c = candidate(all.get(i), all.get(j), capitalized);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static Candidate candidate(Form a, Form b, Map<String, Integer> elsewhere) {
    if (a.words.size() != b.words.size()) {
      return null;
    }
    int at = -1;
    for (int k = 0; k < a.words.size(); k++) {
      if (!a.words.get(k).equals(b.words.get(k))) {
        if (at >= 0) {
          return null;
        }
        at = k;
      }
    }
    if (at < 0) {
      return null;
    }
    String wa = a.words.get(at);
    String wb = b.words.get(at);
    if (JOINERS.contains(wa)
        || JOINERS.contains(wb)
        || SpellingConventions.sameWord(wa, wb)
        || !letters(wa)
        || !letters(wb)) {
      return null;
    }
    int shared = 0;
    for (int k = 0; k < a.words.size(); k++) {
      if (k != at && !JOINERS.contains(a.words.get(k))) {
        shared++;
      }
    }
    if (ending(wa, wb) || ending(wb, wa)) {
      return null;
    }
    // One letter, or two in long words: "World War" and "Cold War" are two wars.
    int d = SpellingVariants.distance(wa, wb);
    int shorter = Math.min(wa.length(), wb.length());
    boolean near = d == 1 && shorter >= 4 || d == 2 && shorter >= 6;
    boolean disjoint = Collections.disjoint(a.articles, b.articles);
    boolean slip =
        a.articles.size() == 1 && b.articles.size() >= 2
            || b.articles.size() == 1 && a.articles.size() >= 2;
    double confidence;
    if (near) {
      if (!(slip || disjoint)) {
        return null;
      }
      confidence = 0.55 + 0.05 * Math.min(shared, 3) + (slip ? 0.1 : 0);
    } else {
      // Another word, not another spelling: only the last word, which says what kind of thing the
      // name is ("World Wildlife Fund", "World Wildlife Federation"), and where it qualifies
      // nothing else in the story, not a name of its own ("Getty Images Massa", "Getty Images
      // Hamilton"). A word before the last says which one of a kind: "Hungarian Grand Prix" and
      // "Brazil Grand Prix", "British Broadcasting Corp" and "British Aircraft Corp" are two.
      if (a.words.size() < 3
          || shared < 2
          || !disjoint
          || at != a.words.size() - 1
          || elsewhere.getOrDefault(wa, 0) > a.uses.size()
          || elsewhere.getOrDefault(wb, 0) > b.uses.size()) {
        return null;
      }
      confidence = 0.45 + 0.05 * Math.min(shared, 3);
    }
    List<SourceRef> sources = List.of(a.uses.get(0), b.uses.get(0));
    return new Candidate(
        a.text,
        b.text,
        wa,
        wb,
        List.copyOf(a.articles),
        List.copyOf(b.articles),
        sources,
        confidence);
  }

  private static boolean letters(String w) {
    return w.chars().allMatch(Character::isLetter) && w.length() >= 3;
  }

  private static boolean ending(String stem, String word) {
    return word.startsWith(stem) && ENDING.matcher(word.substring(stem.length())).matches();
  }

  /**
   * The names of a sentence: runs of two or more capitalized words, possibly joined by "of", "for",
   * "and"; a leading function word ("The", "In") and the weekday or month are left out.
   */
  static List<List<String>> names(String sentence) {
    List<String> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String w = m.group().replaceAll("[.]+$", "");
      words.add(w);
      starts.add(m.start());
      ends.add(m.start() + w.length());
    }
    List<List<String>> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (int k = 1; k <= words.size(); k++) {
      boolean joined =
          k < words.size() && sentence.substring(ends.get(k - 1), starts.get(k)).equals(" ");
      String w = k < words.size() ? words.get(k) : "";
      boolean cap = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !shouted(w);
      boolean joiner = JOINERS.contains(w) && !run.isEmpty();
      // A possessive closes a name: "Nigeria's Vice President" is Nigeria's, then a title.
      boolean open = !run.isEmpty() && !POSSESSIVE.matcher(run.get(run.size() - 1)).find();
      if (open && joined && (cap || joiner)) {
        run.add(w);
        continue;
      }
      flush(run, out);
      run = new ArrayList<>();
      if (cap) {
        run.add(w);
      }
    }
    return out;
  }

  /** Capitalized words of a sentence past its first, as written. */
  private static List<String> capitalizedWords(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    boolean first = true;
    while (m.find()) {
      String w = POSSESSIVE.matcher(m.group().replaceAll("[.]+$", "")).replaceFirst("");
      if (!first && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        out.add(w);
      }
      first = false;
    }
    return out;
  }

  /** An acronym or a word in capitals: not a word of a name spelled out. */
  private static boolean shouted(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
  }

  private static void flush(List<String> run, List<List<String>> out) {
    List<String> r = new ArrayList<>(run);
    while (!r.isEmpty() && JOINERS.contains(r.get(r.size() - 1))) {
      r.remove(r.size() - 1);
    }
    while (!r.isEmpty() && leading(r.get(0))) {
      r.remove(0);
    }
    if (!r.isEmpty()) {
      r.set(r.size() - 1, POSSESSIVE.matcher(r.get(r.size() - 1)).replaceFirst(""));
    }
    Set<String> seen = new HashSet<>();
    for (String w : r) {
      seen.add(w);
    }
    if (r.size() >= 2 && seen.size() == r.size()) {
      out.add(r);
    }
  }

  private static boolean leading(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return Tokens.STOP_WORDS.contains(l)
        || CalendarWords.WEEKDAYS.contains(l)
        || CalendarWords.MONTHS.contains(l)
        || JOINERS.contains(l);
  }
}
