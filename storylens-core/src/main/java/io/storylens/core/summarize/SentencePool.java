// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize;

import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import io.storylens.model.Article;
import io.storylens.model.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every sentence of a set of articles, in chronological order, with its terms and its
 * independent-source group, plus an inverted index from content terms to sentences for finding the
 * other sentences that state the same thing.
 */
final class SentencePool {
  final List<Article> articles;
  final List<Candidate> candidates;
  final int groups;
  private final Map<String, List<Integer>> postings = new HashMap<>();
  private final Map<String, Integer> firstOf = new HashMap<>();

  /** The article's own wording of candidates whose text was resolved, by candidate index. */
  private final Map<Integer, String> original;

  private SentencePool(
      List<Article> articles,
      List<Candidate> candidates,
      int groups,
      Map<Integer, String> original) {
    this.articles = articles;
    this.candidates = candidates;
    this.groups = groups;
    this.original = Map.copyOf(original);
    for (Candidate c : candidates) {
      firstOf.putIfAbsent(c.article().id(), c.index());
      for (String t : c.content()) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(c.index());
      }
    }
  }

  static SentencePool of(List<Article> input, List<Link> links) {
    return of(input, links, false);
  }

  /**
   * As {@link #of(List, List)}; with {@code resolvePronouns}, a sentence opening with "He" or "She"
   * whose antecedent is clear ({@link PronounSubjects}) is a candidate with the person's name in
   * its place, and {@link #original} keeps the article's wording.
   */
  static SentencePool of(List<Article> input, List<Link> links, boolean resolvePronouns) {
    Map<Integer, String> original = new HashMap<>();
    List<Article> articles = input.stream().sorted(Chronology.ORDER).distinct().toList();
    SourceGroups sg = new SourceGroups(articles.stream().map(Article::id).toList(), links);
    Terms terms = new Terms();
    Set<String> stopStems = stopStems(terms);
    List<Candidate> out = new ArrayList<>();
    Set<String> groups = new HashSet<>();
    for (int rank = 0; rank < articles.size(); rank++) {
      Article a = articles.get(rank);
      String group = sg.group(a.id());
      groups.add(group);
      List<Sentences.Span> spans = Sentences.spans(a.text());
      boolean[] quoted = quoted(a.text(), spans);
      for (int s = 0; s < spans.size(); s++) {
        String text = spans.get(s).text();
        if (resolvePronouns && s > 0) {
          var resolved = PronounSubjects.resolve(text, spans.get(s - 1).text());
          if (resolved.isPresent()) {
            original.put(out.size(), text);
            text = resolved.get();
          }
        }
        List<String> t = terms.of(text);
        Set<String> content = new LinkedHashSet<>();
        for (String x : t) {
          if (!stopStems.contains(x)) {
            content.add(x);
          }
        }
        out.add(
            new Candidate(
                out.size(), a, rank, group, s, text, Terms.wordCount(text), t, content, quoted[s]));
      }
    }
    return new SentencePool(articles, out, groups.size(), original);
  }

  /**
   * {@code c} in its article's own wording: itself unless its text was resolved (an opening pronoun
   * replaced by a name).
   */
  Candidate original(Candidate c) {
    String text = original.get(c.index());
    if (text == null) {
      return c;
    }
    return new Candidate(
        c.index(),
        c.article(),
        c.articleRank(),
        c.group(),
        c.sentence(),
        text,
        Terms.wordCount(text),
        c.terms(),
        c.content(),
        c.quoted());
  }

  /**
   * For each span: whether the sentence opens or ends with a quote mark, or begins inside a
   * quotation opened earlier in its paragraph (quote marks counted from the paragraph start). One
   * pass over the text.
   */
  static boolean[] quoted(String text, List<Sentences.Span> spans) {
    boolean[] out = new boolean[spans.size()];
    int curly = 0;
    int straight = 0;
    int pos = 0;
    for (int k = 0; k < spans.size(); k++) {
      int start = spans.get(k).start();
      for (; pos < start; pos++) {
        char c = text.charAt(pos);
        if (c == '\n') {
          curly = 0;
          straight = 0;
        } else if (c == '“') {
          curly++;
        } else if (c == '”') {
          curly = Math.max(0, curly - 1);
        } else if (c == '"') {
          straight++;
        }
      }
      char first = text.charAt(start);
      boolean opens = first == '"' || first == '“' || first == '‘' || first == '\'';
      out[k] = opens || closesEarlierQuote(spans.get(k).text()) || curly > 0 || straight % 2 == 1;
    }
    return out;
  }

  /**
   * Whether a sentence ends a quotation it did not open ("…in the cards right now.”"), as opposed
   * to narration that ends with an embedded quote ("…is “not on the table.”").
   */
  static boolean closesEarlierQuote(String sentence) {
    char last = sentence.charAt(sentence.length() - 1);
    return switch (last) {
      case '”' -> sentence.indexOf('“') < 0;
      case '"' -> sentence.chars().filter(c -> c == '"').count() % 2 == 1;
      case '’', '\'' ->
          sentence.indexOf('‘') < 0 && !sentence.contains(" '") && !sentence.contains("('");
      default -> false;
    };
  }

  /** The candidate for sentence {@code sentence} of article {@code id}, if there is one. */
  Optional<Candidate> at(String id, int sentence) {
    Integer first = firstOf.get(id);
    if (first == null || sentence < 0 || first + sentence >= candidates.size()) {
      return Optional.empty();
    }
    Candidate c = candidates.get(first + sentence);
    return c.article().id().equals(id) ? Optional.of(c) : Optional.empty();
  }

  /** Stop words as the stemmer sees them, so that stems and stop words compare. */
  static Set<String> stopStems(Terms terms) {
    Set<String> out = new HashSet<>();
    for (String w : Tokens.STOP_WORDS) {
      out.add(terms.stem(w));
    }
    return out;
  }

  /**
   * Sentences (including {@code c}) that state nearly the same thing as {@code c}: most content
   * terms shared (Jaccard at least {@code minJaccard} and at least three shared terms).
   */
  List<Candidate> sameAs(Candidate c, double minJaccard) {
    Map<Integer, Integer> shared = new HashMap<>();
    for (String t : c.content()) {
      for (int i : postings.getOrDefault(t, List.of())) {
        shared.merge(i, 1, Integer::sum);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
      Candidate o = candidates.get(e.getKey());
      int inter = e.getValue();
      int union = c.content().size() + o.content().size() - inter;
      if (o == c || (inter >= 3 && inter >= minJaccard * union)) {
        out.add(o);
      }
    }
    if (!out.contains(c)) {
      out.add(c);
    }
    out.sort(Comparator.comparingInt(Candidate::index));
    return out;
  }
}
