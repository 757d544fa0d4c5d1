// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import io.storylens.model.Article;
import io.storylens.model.Link;
import io.storylens.model.LinkEvidence;
import io.storylens.model.LinkKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The default {@link Linker}. Per pair of candidate articles, in this order: exact (same normalized
 * text), excerpt (the shorter text's shingles lie mostly inside the longer one), near-duplicate
 * (shingle Jaccard at least {@link #NEAR_DUPLICATE}), rewrite (at least {@link #REWRITE_MIN_PAIRS}
 * sentences, and {@link #REWRITE_COVERAGE} of the shorter article, align in order, not counting
 * pairs that are mostly quotation). Candidates come from the LSH index (lexical copies) and from
 * whole-article TF-IDF cosine (rewrites, whose shingles barely overlap).
 */
public final class DerivationLinker implements Linker {
  /** Shingle Jaccard from which two articles are near duplicates. */
  public static final double NEAR_DUPLICATE = 0.5;

  /** Share of the shorter article's shingles inside the longer one that makes an excerpt. */
  public static final double EXCERPT_CONTAINMENT = 0.75;

  /** An excerpt has at most this share of the other article's shingles. */
  public static final double EXCERPT_MAX_SIZE = 0.75;

  /** Share of the shorter article's sentences that must align (outside quotations). */
  public static final double REWRITE_COVERAGE = 0.4;

  /** Paraphrase probability from which two sentences may align (weaker than MSRP's call). */
  public static final double ALIGN_PROBABILITY = 0.3;

  /** Minimum number of aligned non-quotation sentence pairs for a rewrite. */
  public static final int REWRITE_MIN_PAIRS = 3;

  /** Whole-article TF-IDF cosine from which a pair is aligned sentence by sentence. */
  public static final double REWRITE_CANDIDATE_COSINE = 0.3;

  /** Articles with fewer words are never linked: too little text to call a copy. */
  public static final int MIN_WORDS = 8;

  /** Aligned-sentence evidence kept per link. */
  static final int MAX_ALIGNED_EVIDENCE = 60;

  /**
   * Candidate partners judged per article and per kind of candidate (lexical, TF-IDF): the
   * strongest by estimated Jaccard or cosine. Thousands of near-identical articles would otherwise
   * make every pair a candidate, and the judged pairs and their links grow with the square of the
   * articles.
   */
  public static final int MAX_CANDIDATES_PER_ARTICLE = 48;

  /**
   * Links kept per copy (the {@code to} side): the strongest by similarity, then by source id. A
   * copy with more sources than this shows the closest; its story is the same.
   */
  public static final int MAX_LINKS_PER_COPY = 12;

  private static final MinHash MINHASH = new MinHash(LshBands.DEFAULT.signatureLength(), 20211228L);

  private final Supplier<LshIndex> indexes;

  /** The documents of the last call, by article id: an update re-derives only new articles. */
  private volatile Map<String, Doc> recent = Map.of();

  private volatile int preparedAtOnce;

  /** A linker with a fresh in-memory index per call. */
  public DerivationLinker() {
    this(() -> new MemoryLshIndex(LshBands.DEFAULT));
  }

  /**
   * A linker that uses (and fills) the given index, e.g. a {@link SqliteLshIndex}: signatures of
   * articles already in it are reused, new ones are inserted.
   */
  public DerivationLinker(Supplier<LshIndex> indexes) {
    this.indexes = Objects.requireNonNull(indexes, "indexes");
  }

  /** The MinHash signature the linker indexes for {@code text}. */
  public static int[] signature(String text) {
    return MINHASH.signature(Shingles.of(text));
  }

  /**
   * What the linker derives from one article's text alone; kept between calls (for the articles of
   * the last call), so an update does not re-tokenize the corpus. Stems are shared strings held in
   * lists, not hash sets: 10,000 articles' worth fit in a fraction of the heap.
   */
  private static final class Doc {
    final Article article;
    final String normalized;
    final long[] shingles;
    final List<String> sentences;

    /**
     * Distinct stems (sorted) of each alignable sentence, and of the whole text, for the idf
     * counts.
     */
    final List<List<String>> sentenceStems;

    final List<String> textStems;

    /** Stems of the content words, in text order (for the TF-IDF vector). */
    final List<String> contentStems;

    Doc(Article article, Interner strings) {
      this.article = article;
      List<String> words = Tokens.words(article.text());
      this.normalized = String.join(" ", words);
      this.shingles = Shingles.of(words, Shingles.K);
      this.sentences = Sentences.split(article.text());
      this.sentenceStems =
          alignable().stream()
              .map(t -> distinctStems(SentenceSimilarity.stems(t), strings))
              .toList();
      this.textStems = distinctStems(SentenceSimilarity.stems(article.text()), strings);
      this.contentStems =
          Tokens.contentWords(article.text()).stream()
              .map(w -> strings.intern(SentenceSimilarity.stem(w)))
              .toList();
    }

    private static List<String> distinctStems(List<String> stems, Interner strings) {
      String[] set = SortedSets.of(stems);
      for (int i = 0; i < set.length; i++) {
        set[i] = strings.intern(set[i]);
      }
      return List.of(set);
    }

    /** The sentences prepared for alignment, with the share of each that is quotation. */
    PreparedDoc prepare(Interner strings) {
      return new PreparedDoc(
          alignable().stream().map(t -> SentenceSimilarity.prepare(t, strings)).toList(),
          Quotations.quotedShares(article.text(), Sentences.spans(article.text())));
    }

    /** The sentences that take part in alignment: huge articles are cut to bound the cost. */
    List<String> alignable() {
      return sentences.subList(0, Math.min(sentences.size(), Alignment.MAX_SENTENCES));
    }

    int words() {
      return normalized.isEmpty() ? 0 : normalized.split(" ").length;
    }
  }

  /**
   * An article's sentences prepared for alignment, and the share of each that is quotation. Made
   * only for articles in a pair being judged, and dropped after the article's last pair: an update
   * judges few pairs among many articles, and a batch of near-copies judges every article.
   */
  private record PreparedDoc(List<SentenceSimilarity.Prepared> sentences, double[] quoted) {}

  @Override
  public List<Link> link(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    return link(articles, null);
  }

  /**
   * Judges only pairs with at least one added article (and re-judges exact-copy groups an added
   * article joins), with the statistics of all {@code articles}: those links are what {@link #link}
   * would find. The previous links among the other articles are kept as they were found, with the
   * statistics of their time (a full run may score them slightly differently).
   */
  @Override
  public List<Link> update(List<Link> previous, List<Article> articles, Set<String> added) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(added, "added");
    Set<String> regrouped = new HashSet<>();
    List<Link> fresh = link(articles, new FreshSet(added, regrouped));
    List<Link> out = new ArrayList<>();
    for (Link l : previous) {
      boolean touched = added.contains(l.from()) || added.contains(l.to());
      boolean rejudged = regrouped.contains(l.from()) && regrouped.contains(l.to());
      if (!touched && !rejudged) {
        out.add(l);
      }
    }
    out.addAll(fresh);
    return capPerCopy(out);
  }

  /** Added ids, and the ids of exact-copy groups re-judged because an added article joined. */
  private record FreshSet(Set<String> added, Set<String> regrouped) {
    boolean contains(String id) {
      return added.contains(id);
    }
  }

  /** All links among {@code articles}; with {@code fresh}, only those {@link #update} needs. */
  private List<Link> link(List<Article> articles, FreshSet fresh) {
    Interner strings = Interner.create();
    Map<String, Doc> previous = recent;
    Map<String, Doc> current = new HashMap<>();
    Map<String, Doc> byId = new TreeMap<>();
    for (Article a : articles) {
      Doc d = previous.get(a.id());
      if (d == null || !d.article.equals(a)) {
        d = new Doc(a, strings);
      }
      current.putIfAbsent(a.id(), d);
      if (d.words() >= MIN_WORDS) {
        byId.putIfAbsent(a.id(), d);
      }
    }
    recent = current;
    List<Doc> docs = new ArrayList<>(byId.values());
    if (docs.size() < 2) {
      return List.of();
    }
    List<List<String>> sentenceSets = new ArrayList<>();
    for (Doc d : docs) {
      sentenceSets.addAll(d.sentenceStems);
    }
    SentenceSimilarity sim = new SentenceSimilarity(Idf.ofStemSets(sentenceSets));
    List<Map<String, Double>> vectors = vectors(docs);

    Map<String, List<Doc>> exact = new LinkedHashMap<>();
    for (Doc d : docs) {
      exact.computeIfAbsent(d.normalized, k -> new ArrayList<>()).add(d);
    }
    Map<String, String> exactRoot = new HashMap<>();
    List<List<Doc>> exactGroups = new ArrayList<>();
    for (List<Doc> group : exact.values()) {
      if (group.size() > 1
          && (fresh == null || group.stream().anyMatch(d -> fresh.contains(d.article.id())))) {
        if (fresh != null) {
          group.forEach(d -> fresh.regrouped().add(d.article.id()));
        }
        List<Doc> sorted = new ArrayList<>(group);
        sorted.sort((x, y) -> DirectionJudge.fallbackOrder(x.article, y.article));
        exactGroups.add(sorted);
      }
      if (group.size() > 1) {
        for (Doc d : group) {
          exactRoot.put(d.article.id(), group.get(0).normalized);
        }
      }
    }

    Set<List<Integer>> candidates =
        new TreeSet<>(
            Comparator.comparing((List<Integer> p) -> p.get(0)).thenComparing(p -> p.get(1)));
    lexicalCandidates(docs, fresh, exactRoot).addTo(candidates);
    rewriteCandidates(docs, vectors, fresh, exactRoot).addTo(candidates);

    // Every use of an article's prepared sentences is announced first, so that they are dropped
    // after its last pair; pairs are judged neighbourhood by neighbourhood to keep few at once.
    UseCountedCache<Doc, PreparedDoc> prepared = new UseCountedCache<>(d -> d.prepare(strings));
    for (List<Doc> group : exactGroups) {
      for (Doc copy : group.subList(1, group.size())) {
        prepared.expect(group.get(0));
        prepared.expect(copy);
      }
    }
    List<List<Integer>> pairs = PairOrder.breadthFirst(candidates, docs.size());
    for (List<Integer> pair : pairs) {
      prepared.expect(docs.get(pair.get(0)));
      prepared.expect(docs.get(pair.get(1)));
    }
    List<Link> links = new ArrayList<>();
    for (List<Doc> group : exactGroups) {
      links.addAll(exactLinks(group, sim, prepared));
    }
    for (List<Integer> pair : pairs) {
      Doc a = docs.get(pair.get(0));
      Doc b = docs.get(pair.get(1));
      classify(a, prepared.use(a), b, prepared.use(b), sim).ifPresent(links::add);
      prepared.release(a);
      prepared.release(b);
    }
    preparedAtOnce = prepared.peak();
    return capPerCopy(links);
  }

  /**
   * The most articles whose prepared sentences the last call held at once (each article's are
   * dropped after its last pair).
   */
  int preparedAtOnce() {
    return preparedAtOnce;
  }

  /**
   * The whole-article TF-IDF unit vectors, by which rewrite candidates are found, of the articles
   * long enough to link, in id order.
   */
  static List<Map<String, Double>> rewriteVectors(List<Article> articles) {
    Map<String, Doc> byId = new TreeMap<>();
    Interner strings = Interner.create();
    for (Article a : articles) {
      Doc d = new Doc(a, strings);
      if (d.words() >= MIN_WORDS) {
        byId.putIfAbsent(a.id(), d);
      }
    }
    return vectors(new ArrayList<>(byId.values()));
  }

  private static List<Map<String, Double>> vectors(List<Doc> docs) {
    Idf idf = Idf.ofStemSets(docs.stream().map(d -> d.textStems).toList());
    return docs.stream().map(d -> vector(d, idf)).toList();
  }

  /**
   * Lexical candidates: pairs the LSH index finds (shingle overlap), the strongest per article by
   * estimated Jaccard.
   */
  private StrongestPairs lexicalCandidates(
      List<Doc> docs, FreshSet fresh, Map<String, String> exactRoot) {
    LshIndex index = indexes.get();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      position.put(docs.get(i).article.id(), i);
    }
    // Every signature is in the index before any lookup, so a pair is found from either side.
    List<int[]> signatures = new ArrayList<>();
    for (Doc d : docs) {
      int[] sig = index.signature(d.article.id()).orElse(null);
      if (sig == null || sig.length != LshBands.DEFAULT.signatureLength()) {
        sig = MINHASH.signature(d.shingles);
        index.insert(d.article.id(), sig);
      }
      signatures.add(sig);
    }
    StrongestPairs lexical = new StrongestPairs(docs.size(), MAX_CANDIDATES_PER_ARTICLE);
    for (int i = 0; i < docs.size(); i++) {
      if (fresh != null && !fresh.contains(docs.get(i).article.id())) {
        continue;
      }
      for (String other : index.candidates(signatures.get(i))) {
        Integer j = position.get(other);
        // A pair of two fresh articles is found from both sides: offered once, from the lower.
        boolean seenFromJ =
            j != null && j < i && (fresh == null || fresh.contains(docs.get(j).article.id()));
        if (j != null && j != i && !seenFromJ && !sameExact(docs, exactRoot, i, j)) {
          lexical.offer(i, j, MinHash.estimate(signatures.get(i), signatures.get(j)));
        }
      }
    }
    return lexical;
  }

  /**
   * Rewrite candidates: pairs whose whole-article TF-IDF cosine reaches {@link
   * #REWRITE_CANDIDATE_COSINE}, the strongest per article. The pairs that may reach it come from an
   * index ({@link CosineCandidates}); their cosine is then computed as for any pair, so the
   * candidates are those of comparing all pairs.
   */
  private static StrongestPairs rewriteCandidates(
      List<Doc> docs,
      List<Map<String, Double>> vectors,
      FreshSet fresh,
      Map<String, String> exactRoot) {
    CosineCandidates close = new CosineCandidates(vectors, REWRITE_CANDIDATE_COSINE);
    StrongestPairs rewrites = new StrongestPairs(docs.size(), MAX_CANDIDATES_PER_ARTICLE);
    for (int i = 0; i < docs.size(); i++) {
      if (fresh != null && !fresh.contains(docs.get(i).article.id())) {
        continue;
      }
      for (int j : close.of(i)) {
        // A pair of two fresh articles is found from both sides: judged once, from the lower.
        boolean freshJ = fresh == null || fresh.contains(docs.get(j).article.id());
        if (freshJ && j < i) {
          continue;
        }
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        double cos = cosine(vectors.get(lo), vectors.get(hi));
        if (cos >= REWRITE_CANDIDATE_COSINE && !sameExact(docs, exactRoot, lo, hi)) {
          rewrites.offer(lo, hi, cos);
        }
      }
    }
    return rewrites;
  }

  /** Whether two articles are in one exact-copy group (linked as such, not judged as a pair). */
  private static boolean sameExact(List<Doc> docs, Map<String, String> exactRoot, int i, int j) {
    String ri = exactRoot.get(docs.get(i).article.id());
    return ri != null && ri.equals(exactRoot.get(docs.get(j).article.id()));
  }

  /**
   * At most {@link #MAX_LINKS_PER_COPY} links per copy, the strongest (similarity, then source id),
   * sorted by source and copy ids.
   */
  static List<Link> capPerCopy(List<Link> links) {
    Map<String, List<Link>> byCopy = new HashMap<>();
    for (Link l : links) {
      byCopy.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
    }
    List<Link> out = new ArrayList<>();
    for (List<Link> into : byCopy.values()) {
      if (into.size() > MAX_LINKS_PER_COPY) {
        into.sort(
            Comparator.comparingDouble(Link::similarity).reversed().thenComparing(Link::from));
        out.addAll(into.subList(0, MAX_LINKS_PER_COPY));
      } else {
        out.addAll(into);
      }
    }
    out.sort(Comparator.comparing(Link::from).thenComparing(Link::to));
    return List.copyOf(out);
  }

  /** Links each copy of an exact-copy group (sorted oldest first) to its root. */
  private static List<Link> exactLinks(
      List<Doc> group, SentenceSimilarity sim, UseCountedCache<Doc, PreparedDoc> prepared) {
    Doc root = group.get(0);
    List<Link> out = new ArrayList<>();
    for (Doc copy : group.subList(1, group.size())) {
      PreparedDoc r = prepared.use(root);
      PreparedDoc c = prepared.use(copy);
      List<Alignment.Pair> aligned =
          Alignment.align(r.sentences(), c.sentences(), r.quoted(), c.quoted(), sim, 0.9);
      prepared.release(root);
      prepared.release(copy);
      DirectionJudge.Verdict v =
          DirectionJudge.judge(
              root.article, copy.article, root.sentences, copy.sentences, aligned, aligned);
      List<LinkEvidence> ev = new ArrayList<>(v.cues());
      ev.add(LinkEvidence.cue("same-normalized-text", "texts are equal after normalization"));
      for (Alignment.Pair p : aligned.subList(0, Math.min(aligned.size(), MAX_ALIGNED_EVIDENCE))) {
        ev.add(
            new LinkEvidence(
                "aligned-sentence", "same sentence", Optional.of(p.a()), Optional.of(p.b())));
      }
      out.add(
          new Link(root.article.id(), copy.article.id(), LinkKind.EXACT, 1.0, v.confidence(), ev));
    }
    return out;
  }

  private Optional<Link> classify(
      Doc a, PreparedDoc pa, Doc b, PreparedDoc pb, SentenceSimilarity sim) {
    double jaccard = Shingles.jaccard(a.shingles, b.shingles);
    Doc shorter = a.shingles.length <= b.shingles.length ? a : b;
    Doc longer = shorter == a ? b : a;
    double containment = Shingles.containment(shorter.shingles, longer.shingles);
    double sizeRatio =
        longer.shingles.length == 0 ? 1 : shorter.shingles.length / (double) longer.shingles.length;
    List<Alignment.Pair> aligned =
        Alignment.align(
            pa.sentences(), pb.sentences(), pa.quoted(), pb.quoted(), sim, ALIGN_PROBABILITY);
    List<Alignment.Pair> content = aligned.stream().filter(p -> !p.quotation()).toList();
    long strong =
        content.stream().filter(p -> p.probability() >= SentenceSimilarity.THRESHOLD).count();
    // Quotations count neither for nor against copying: leave them out of the denominator too.
    int minSentences = Math.min(unquoted(pa), unquoted(pb));
    double coverage = minSentences == 0 ? 0 : content.size() / (double) minSentences;

    LinkKind kind;
    double similarity;
    List<LinkEvidence> cues = new ArrayList<>();
    if (containment >= EXCERPT_CONTAINMENT && sizeRatio <= EXCERPT_MAX_SIZE) {
      kind = LinkKind.EXCERPT;
      similarity = containment;
      cues.add(
          LinkEvidence.cue(
              "containment",
              String.format(
                  Locale.ROOT,
                  "%.0f%% of the word 5-grams of %s appear in %s",
                  containment * 100,
                  shorter.article.id(),
                  longer.article.id())));
    } else if (jaccard >= NEAR_DUPLICATE) {
      kind = LinkKind.NEAR_DUPLICATE;
      similarity = jaccard;
      cues.add(
          LinkEvidence.cue(
              "shingle-jaccard", String.format(Locale.ROOT, "word 5-gram Jaccard %.3f", jaccard)));
    } else if (strong >= REWRITE_MIN_PAIRS && coverage >= REWRITE_COVERAGE) {
      kind = LinkKind.REWRITE;
      similarity = Math.min(1, coverage);
      cues.add(
          LinkEvidence.cue(
              "sentence-alignment",
              String.format(
                  Locale.ROOT,
                  "%d of %d sentences align in order (outside quotations); word 5-gram Jaccard"
                      + " %.3f",
                  content.size(),
                  minSentences,
                  jaccard)));
    } else {
      return Optional.empty();
    }
    long quotes = aligned.size() - content.size();
    if (quotes > 0) {
      cues.add(
          LinkEvidence.cue(
              "shared-quotations",
              quotes + " aligned pairs are quotations and do not count as copying"));
    }

    boolean excerptDirection = kind == LinkKind.EXCERPT;
    DirectionJudge.Verdict v =
        DirectionJudge.judge(
            a.article,
            b.article,
            a.sentences,
            b.sentences,
            aligned,
            Alignment.gapPairs(pa.sentences(), pb.sentences(), aligned, 3));
    boolean aOriginal = v.firstIsOriginal();
    double confidence = v.confidence();
    if (excerptDirection) {
      // The excerpt is the copy by definition; dates only change the confidence.
      boolean agrees = aOriginal == (longer == a);
      aOriginal = longer == a;
      confidence = agrees ? Math.max(confidence, 0.75) : 0.6;
    }
    List<LinkEvidence> evidence = new ArrayList<>(cues);
    for (LinkEvidence e : v.cues()) {
      evidence.add(aOriginal ? e : swap(e));
    }
    int kept = 0;
    for (Alignment.Pair p : aligned) {
      if (kept++ >= MAX_ALIGNED_EVIDENCE) {
        break;
      }
      LinkEvidence e =
          new LinkEvidence(
              p.quotation() ? "aligned-quotation" : "aligned-sentence",
              String.format(Locale.ROOT, "paraphrase probability %.2f", p.probability()),
              Optional.of(p.a()),
              Optional.of(p.b()));
      evidence.add(aOriginal ? e : swap(e));
    }
    Doc from = aOriginal ? a : b;
    Doc to = aOriginal ? b : a;
    return Optional.of(
        new Link(
            from.article.id(),
            to.article.id(),
            kind,
            Math.round(similarity * 1000) / 1000.0,
            confidence,
            evidence));
  }

  private static int unquoted(PreparedDoc d) {
    int n = 0;
    for (int i = 0; i < d.sentences().size(); i++) {
      n += d.quoted()[i] < 0.5 ? 1 : 0;
    }
    return n;
  }

  private static LinkEvidence swap(LinkEvidence e) {
    return new LinkEvidence(e.cue(), e.detail(), e.toSentence(), e.fromSentence());
  }

  private static Map<String, Double> vector(Doc d, Idf idf) {
    Map<String, Double> v = new HashMap<>();
    for (String s : d.contentStems) {
      v.merge(s, idf.weight(s), Double::sum);
    }
    double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    if (norm > 0) {
      v.replaceAll((k, x) -> x / norm);
    }
    return v;
  }

  /** Dot product of two sparse vectors (the cosine of unit vectors), summed over the smaller. */
  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot;
  }
}
