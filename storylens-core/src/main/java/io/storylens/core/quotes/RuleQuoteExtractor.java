// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.text.Sentences;
import io.storylens.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The cheap-path {@link QuoteExtractor}: quote marks, a cue-verb lexicon, speaker-phrase patterns
 * and pronoun resolution to the most recent compatible speaker. Linear in the text length (every
 * scan is bounded by a sentence and a fixed window), thread-safe and deterministic.
 *
 * <p>Constructions: {@code “…,” X said.}, {@code X said: “…”}, partial quotes inside a sentence,
 * quotes continued over paragraphs or by a second quote in the same paragraph, and unmarked
 * reported speech ({@code X said (that) …}, {@code …, X said.}, {@code …, said X.}, {@code
 * according to X, …}, {@code X told reporters …}), which also covers text whose marks were
 * stripped.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {
  private final Function<Article, LanguageHints> hints;

  /** The cheap path: no NLP hints. */
  public RuleQuoteExtractor() {
    this(a -> LanguageHints.NONE);
  }

  /** With hints (NER, parses) computed per article by {@code hints}. */
  public RuleQuoteExtractor(Function<Article, LanguageHints> hints) {
    this.hints = Objects.requireNonNull(hints, "hints");
  }

  @Override
  public List<Attribution> extract(Article article) {
    Objects.requireNonNull(article, "article");
    boolean stripped = article.flags().contains("quotes-stripped");
    return new Run(article.id(), article.text(), hints.apply(article), stripped).extract();
  }

  /** Extracts from bare text (evaluation, tests). */
  public List<Attribution> extract(String id, String text) {
    return new Run(id, text, LanguageHints.NONE, false).extract();
  }

  /** The state of one extraction. */
  /** Most lower-case words a name's premodifier has before its role noun. */
  private static final int MAX_PREMODIFIERS = 3;

  private static final class Run {
    final String id;
    final String text;
    final LanguageHints hints;
    final List<Tok> toks;
    final boolean[] quoted;
    final boolean[] usedCue;
    final int[] sentenceOf; // token -> sentence
    final int[] sentStart; // sentence -> first token
    final int[] sentEnd; // sentence -> end token (exclusive)
    final int[] paragraphOf; // token -> paragraph
    final List<QuoteMarks.Span> marks;
    final List<RawAttribution> raws = new ArrayList<>();
    final boolean stripped;

    Run(String id, String text, LanguageHints hints, boolean stripped) {
      this.stripped = stripped;
      this.id = id;
      this.text = text;
      this.hints = hints;
      this.toks = Tok.tokenize(text, 0, text.length());
      this.marks = QuoteMarks.find(text);
      int n = toks.size();
      quoted = new boolean[n];
      usedCue = new boolean[n];
      sentenceOf = new int[n];
      paragraphOf = new int[n];
      List<Sentences.Span> spans = Sentences.spans(text);
      sentStart = new int[spans.size()];
      sentEnd = new int[spans.size()];
      int s = 0;
      int m = 0;
      int para = 0;
      int lastEnd = 0;
      for (int i = 0; i < n; i++) {
        Tok t = toks.get(i);
        while (s + 1 < spans.size() && t.start() >= spans.get(s + 1).start()) {
          sentEnd[s] = i;
          s++;
          sentStart[s] = i;
        }
        sentenceOf[i] = s;
        if (text.substring(lastEnd, t.start()).indexOf('\n') >= 0) {
          para++;
        }
        paragraphOf[i] = para;
        lastEnd = t.end();
        while (m < marks.size() && marks.get(m).closeEnd() <= t.start()) {
          m++;
        }
        quoted[i] =
            m < marks.size()
                && t.start() >= marks.get(m).open()
                && t.end() <= marks.get(m).closeEnd();
      }
      if (spans.size() > 0) {
        for (int k = s; k < spans.size(); k++) {
          sentEnd[k] = n;
          if (k > s) {
            sentStart[k] = n;
          }
        }
      }
    }

    List<Attribution> extract() {
      RawAttribution previous = null;
      for (QuoteMarks.Span q : marks) {
        RawAttribution r = marked(q, previous);
        raws.add(r);
        previous = r;
      }
      RawAttribution open = null;
      for (int s = 0; s < sentStart.length; s++) {
        int before = raws.size();
        reported(s);
        if (raws.size() > before) {
          RawAttribution r = raws.get(raws.size() - 1);
          open = r.cueTok() >= 0 && toks.get(r.cueTok()).start() > r.contentEnd() ? r : null;
        } else if (stripped && open != null && continuesStripped(s, open)) {
          int from = sentStart[s];
          int cs = toks.get(from).start();
          int ce = toks.get(sentEnd[s] - 1).end();
          while (ce > cs && !Character.isLetterOrDigit(text.charAt(ce - 1))) {
            ce--;
          }
          raws.add(new RawAttribution(s, cs, ce, false, -1, "", -1, -1, open));
        } else {
          open = null;
        }
      }
      raws.sort(Comparator.comparingInt(RawAttribution::contentStart));
      List<Attribution> resolved =
          new Resolver(id, text, toks, sentenceOf, quoted, hints).resolve(raws);
      return Speakers.of(text, hints.names()).refine(resolved);
    }

    int tokenAt(int offset) {
      int lo = 0;
      int hi = toks.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (toks.get(mid).start() < offset) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    // ---- marked quotes ----

    private RawAttribution marked(QuoteMarks.Span q, RawAttribution previous) {
      int first = tokenAt(q.open()); // the opening mark
      int afterClose = tokenAt(q.closeEnd());
      int sentence = first < toks.size() ? sentenceOf[first] : sentStart.length - 1;
      int cs = q.contentStart();
      int ce = trimContentEnd(q);
      if (afterClose <= toks.size() && afterClose > 0) {
        int closeSentence = sentenceOf[Math.min(afterClose, toks.size()) - 1];
        int to = sentEnd[closeSentence];
        if (afterClose == to && closeSentence + 1 < sentEnd.length && sameParagraph(afterClose)) {
          to = sentEnd[closeSentence + 1]; // “…?” Sanders replied. — split after the mark
        }
        RawAttribution r = trailing(cs, ce, sentence, afterClose, to);
        if (r != null) {
          return r;
        }
      }
      if (first < toks.size()) {
        RawAttribution r = leading(cs, ce, sentence, first);
        if (r != null) {
          return r;
        }
      }
      if (previous != null
          && previous.marked()
          && first < toks.size()
          && previous.contentEnd() <= q.open()
          && paragraphOf[tokenAt(previous.contentStart())] == paragraphOf[first]) {
        return new RawAttribution(sentence, cs, ce, true, -1, "", -1, -1, previous);
      }
      if (previous != null && previous.marked() && continuesParagraph(previous, q)) {
        return new RawAttribution(sentence, cs, ce, true, -1, "", -1, -1, previous);
      }
      return new RawAttribution(sentence, cs, ce, true, -1, "", -1, -1, null);
    }

    private boolean sameParagraph(int tok) {
      return tok > 0 && tok < toks.size() && paragraphOf[tok] == paragraphOf[tok - 1];
    }

    private boolean continuesParagraph(RawAttribution previous, QuoteMarks.Span q) {
      String between = text.substring(previous.contentEnd(), q.open());
      return between.strip().length() <= 2 && between.indexOf('\n') >= 0;
    }

    private int trimContentEnd(QuoteMarks.Span q) {
      int e = q.close();
      while (e > q.contentStart() && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      return e;
    }

    /** {@code “…,” X said} / {@code “…,” said X}: a cue right after the closing mark. */
    private RawAttribution trailing(int cs, int ce, int sentence, int from, int to) {
      int i = from;
      boolean dash = false;
      while (i < to && !toks.get(i).isWord() && !quoted[i]) {
        dash |= "―—–".contains(toks.get(i).text());
        i++; // , — –
      }
      if (i >= to || quoted[i]) {
        return null;
      }
      if (dash && toks.get(i).isCapitalized()) {
        SpeakerPhrase.Phrase p = SpeakerPhrase.after(toks, i, to);
        if (!p.isEmpty() && (p.to() >= to || quoted[p.to()] || toks.get(p.to()).is(","))) {
          return use(sentence, cs, ce, true, -1, p); // “…” ― Pamela Padilla
        }
      }
      if (isCueAt(i)) {
        SpeakerPhrase.Phrase p = SpeakerPhrase.after(toks, i + 1, boundedEnd(i + 1, to));
        SpeakerPhrase.Phrase named = premodifiedName(i + 1, to);
        if (!named.isEmpty()) {
          // “…,” said American film director John Waters; “…,” said conductor Philip Shaw
          return use(sentence, cs, ce, true, i, named);
        }
        if (!p.isEmpty()) {
          return use(sentence, cs, ce, true, i, p);
        }
      }
      for (int k = i + 1; k < to && k < i + SpeakerPhrase.MAX_TOKENS + 4 && !quoted[k]; k++) {
        if (isCueAt(k)) {
          SpeakerPhrase.Phrase p = speakerBefore(k, i);
          if (!p.isEmpty()
              && p.from() > i
              && premodifiers(i, p.from())
              && SpeakerPhrase.kindOf(toks, p) == SpeakerKind.NAMED) {
            // “…,” Nigerian information minister Alhaji Lai Mohammed told reporters
            return use(sentence, cs, ce, true, k, p);
          }
          if (p.isEmpty() || p.from() != i) {
            p = SpeakerPhrase.description(toks, i, k); // “…,” the businessman replied
          }
          if (!p.isEmpty() && p.from() == i) {
            return use(sentence, cs, ce, true, k, p);
          }
          break;
        }
      }
      // “…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said
      SpeakerPhrase.Phrase name = SpeakerPhrase.after(toks, i, to);
      if (!name.isEmpty()
          && name.to() < to
          && toks.get(name.to()).is(",")
          && SpeakerPhrase.kindOf(toks, name) == SpeakerKind.NAMED) {
        for (int k = name.to() + 1; k < to && k < name.to() + 30 && !quoted[k]; k++) {
          if (isCueAt(k) && toks.get(k - 1).is(",")) {
            return use(sentence, cs, ce, true, k, name);
          }
        }
      }
      return null;
    }

    /**
     * A name after a cue with a few lower-case words before it that describe it ("said conductor
     * Philip Shaw", "said American film director John Waters"), which the speaker phrase stops
     * short of: the name, when it closes the sentence or is set off by a comma; else empty.
     */
    private SpeakerPhrase.Phrase premodifiedName(int from, int to) {
      if (from >= to || Lexicon.DETERMINERS.contains(toks.get(from).lower())) {
        return new SpeakerPhrase.Phrase(
            from, from); // "the Southwest Research Institute’s Alan Stern"
      }
      for (int k = from + 1; k <= from + MAX_PREMODIFIERS && k < to; k++) {
        Tok t = toks.get(k);
        if (!t.isCapitalized() || quoted[k] || !premodifiers(from, k) || !lowerCaseIn(from, k)) {
          continue;
        }
        SpeakerPhrase.Phrase name = SpeakerPhrase.after(toks, k, boundedEnd(k, to));
        if (!name.isEmpty()
            && SpeakerPhrase.kindOf(toks, name) == SpeakerKind.NAMED
            && name.to() - name.from() >= 2
            && (name.to() >= to || toks.get(name.to()).is(",") || toks.get(name.to()).is("."))) {
          return name;
        }
        return new SpeakerPhrase.Phrase(from, from);
      }
      return new SpeakerPhrase.Phrase(from, from);
    }

    private boolean lowerCaseIn(int from, int to) {
      for (int i = from; i < to; i++) {
        if (toks.get(i).isWord() && !toks.get(i).isCapitalized()) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether tokens {@code [from, to)} can be the lower-case words before a name that describe it
     * ("information minister"): a few plain words, no clause boundary, pronoun, cue or adverb.
     */
    private boolean premodifiers(int from, int to) {
      if (to - from > MAX_PREMODIFIERS) {
        return false;
      }
      for (int i = from; i < to; i++) {
        Tok t = toks.get(i);
        String w = t.lower();
        if (!t.isWord()
            || quoted[i]
            || Lexicon.BOUNDARIES.contains(w)
            || Lexicon.PRONOUNS.contains(w)
            || Lexicon.DETERMINERS.contains(w) && i > from
            || Lexicon.NP_PREPOSITIONS.contains(w)
            || Lexicon.SKIP_BEFORE_CUE.contains(w)
            || Lexicon.isCue(w)
            || w.endsWith("ly")) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@code X said: “…”}, {@code X said that … “…”}, {@code X: “…”}, {@code according to X, “…”}.
     */
    private RawAttribution leading(int cs, int ce, int sentence, int openTok) {
      int floor = sentStart[sentence];
      int j = openTok - 1;
      if (j < floor && sentence > 0 && openTok == floor) {
        // A quote opening a paragraph after "Cruz continued:" at the end of the previous one.
        int prevEnd = sentEnd[sentence - 1];
        if (prevEnd > 0 && toks.get(prevEnd - 1).is(":") && !quoted[prevEnd - 1]) {
          floor = sentStart[sentence - 1];
          j = prevEnd - 1;
        }
      }
      if (j >= floor && toks.get(j).is(":")) {
        if (j - 1 >= floor && isCueAt(j - 1)) {
          SpeakerPhrase.Phrase p = speakerBefore(j - 1, floor);
          if (!p.isEmpty()) {
            return use(sentence, cs, ce, true, j - 1, p);
          }
        }
        SpeakerPhrase.Phrase p = SpeakerPhrase.before(toks, j, floor);
        if (!p.isEmpty() && p.to() == j) {
          return use(sentence, cs, ce, true, -1, p); // "Sen. Ted Cruz: “…”"
        }
        SpeakerPhrase.Phrase subject = subject(floor, j);
        if (!subject.isEmpty()) {
          return use(sentence, cs, ce, true, -1, subject); // "Clinton released a statement:"
        }
      }
      for (int k = j; k >= floor; k--) {
        if (quoted[k]) {
          break;
        }
        if (toks.get(k).is("according") && k + 1 < openTok && toks.get(k + 1).is("to")) {
          SpeakerPhrase.Phrase p = SpeakerPhrase.after(toks, k + 2, openTok);
          if (!p.isEmpty()) {
            return use(sentence, cs, ce, true, k, p);
          }
        }
        if (isCueAt(k)) {
          SpeakerPhrase.Phrase p = speakerBefore(k, floor);
          if (p.isEmpty()
              && k > floor
              && toks.get(k - 1).is(",")
              && toks.get(k).lower().endsWith("ing")) {
            p = subject(floor, k - 1); // "Trump returned the compliment, telling Reuters, “…”"
          }
          if (!p.isEmpty()) {
            return use(sentence, cs, ce, true, k, p);
          }
        }
      }
      return null;
    }

    // ---- reported speech ----

    private void reported(int s) {
      int from = sentStart[s];
      int to = sentEnd[s];
      for (int k = from; k < to; k++) {
        if (quoted[k] || usedCue[k]) {
          continue;
        }
        Tok t = toks.get(k);
        if (t.is("according") && k + 1 < to && t.start() >= 0 && toks.get(k + 1).is("to")) {
          if (accordingTo(s, k, from, to)) {
            return;
          }
          continue;
        }
        if (!isCueAt(k)) {
          continue;
        }
        if (trailingReported(s, k, from, to) || leadingReported(s, k, from, to)) {
          return;
        }
      }
    }

    private boolean accordingTo(int s, int k, int from, int to) {
      SpeakerPhrase.Phrase p = SpeakerPhrase.after(toks, k + 2, to);
      if (p.isEmpty()) {
        return false;
      }
      if (k > from && toks.get(k - 1).is(",")) {
        int cs = toks.get(from).start();
        int ce = toks.get(k - 1).start();
        return addReported(s, cs, ce, k, "according to", p);
      }
      int c = p.to();
      if (c < to && toks.get(c).is(",") && c + 1 < to) {
        int cs = toks.get(c + 1).start();
        return addReported(s, cs, sentenceContentEnd(to), k, "according to", p);
      }
      return false;
    }

    /** {@code …, X said [tail].} and {@code …, said X.} */
    private boolean trailingReported(int s, int k, int from, int to) {
      if (k - 1 > from && toks.get(k - 1).is(",")) {
        SpeakerPhrase.Phrase p = SpeakerPhrase.after(toks, k + 1, to);
        if (!p.isEmpty() && shortTail(p.to(), to)) {
          return addReported(s, toks.get(from).start(), toks.get(k - 1).start(), k, cueText(k), p);
        }
      }
      SpeakerPhrase.Phrase p = speakerBefore(k, from);
      if (p.isEmpty() || p.from() - 1 <= from || !toks.get(p.from() - 1).is(",")) {
        return false;
      }
      if (!shortTail(k + 1, to)) {
        return false;
      }
      int ce = toks.get(p.from() - 1).start();
      return addReported(s, toks.get(from).start(), ce, k, cueText(k), p);
    }

    /** {@code X said (that) …}, {@code X told reporters …}. */
    private boolean leadingReported(int s, int k, int from, int to) {
      SpeakerPhrase.Phrase p = speakerBefore(k, from);
      if (p.isEmpty()) {
        return false;
      }
      int start = p.from();
      boolean clauseStart =
          start == from
              || toks.get(start - 1).is(",")
              || toks.get(start - 1).is(";")
              || Lexicon.BOUNDARIES.contains(toks.get(start - 1).lower());
      if (!clauseStart) {
        return false;
      }
      int c = k + 1;
      if (tellLike(k)) {
        SpeakerPhrase.Phrase obj = SpeakerPhrase.after(toks, c, to);
        c = obj.isEmpty() ? c : obj.to();
      }
      int limit = Math.min(to, c + 6);
      boolean that = false;
      for (int i = c; i < limit; i++) {
        Tok t = toks.get(i);
        if (t.is("that") || t.is(":")) {
          c = i + 1;
          that = true;
          break;
        }
        if (!t.isWord() || quoted[i]) {
          break;
        }
      }
      if (!that && Lexicon.WEAK_CUES.contains(toks.get(k).lower())) {
        return false;
      }
      if (c < to && toks.get(c).is(",") && !that) {
        return false; // "X said, …" is most often followed by a quote handled above
      }
      if (to - c < 3 || quoted[Math.min(c, to - 1)] && !that) {
        return false;
      }
      return addReported(s, toks.get(c).start(), sentenceContentEnd(to), k, cueText(k), p);
    }

    private boolean addReported(
        int s, int cs, int ce, int cue, String cueText, SpeakerPhrase.Phrase p) {
      while (ce > cs && !Character.isLetterOrDigit(text.charAt(ce - 1))) {
        ce--;
      }
      if (ce - cs < 8) {
        return false;
      }
      usedCue[cue] = true;
      raws.add(new RawAttribution(s, cs, ce, false, cue, cueText, p.from(), p.to(), null));
      return true;
    }

    /**
     * In text whose quote marks were stripped, a first-person sentence right after "…, the official
     * said." in the same paragraph continues that statement ("And we would like to see a reduction
     * in that build-up").
     */
    private boolean continuesStripped(int s, RawAttribution open) {
      int from = sentStart[s];
      int to = sentEnd[s];
      if (from >= to || paragraphOf[from] != paragraphOf[tokenAt(open.contentStart())]) {
        return false;
      }
      for (int i = from; i < to; i++) {
        String w = toks.get(i).lower();
        if (w.equals("we")
            || w.equals("i")
            || w.equals("our")
            || w.equals("us")
            || w.equals("my")) {
          return true;
        }
      }
      return false;
    }

    // ---- helpers ----

    private SpeakerPhrase.Phrase speakerBefore(int cue, int floor) {
      var subject = hints.subjectOf(toks.get(cue).start());
      if (subject.isPresent()) {
        int a = tokenAt(subject.get().start());
        int b = tokenAt(subject.get().end());
        if (a < b && b <= cue) {
          return new SpeakerPhrase.Phrase(a, b);
        }
      }
      SpeakerPhrase.Phrase p = SpeakerPhrase.before(toks, cue, floor);
      int j = SpeakerPhrase.skipBack(toks, cue - 1, floor);
      if (p.isEmpty() && j > floor && toks.get(j).is(",")) {
        // "Dmitry Peskov, the Kremlin spokesman, said": the name before the appositive.
        int k = j - 1;
        while (k > floor && j - k <= SpeakerPhrase.MAX_TOKENS && !toks.get(k).is(",")) {
          k--;
        }
        if (k > floor && toks.get(k).is(",")) {
          SpeakerPhrase.Phrase name = SpeakerPhrase.before(toks, k, floor);
          if (!name.isEmpty() && name.to() == k) {
            return name;
          }
        }
      }
      if (p.isEmpty() && j >= floor) {
        // "As a phone rang, the announcer said": a determiner phrase opening the clause.
        int c = j;
        while (c > floor && !clauseBreak(toks.get(c - 1)) && j - c < 5) {
          c--;
        }
        if (c == floor || clauseBreak(toks.get(c - 1))) {
          return SpeakerPhrase.description(toks, c, cue);
        }
      }
      return p;
    }

    private static boolean clauseBreak(Tok t) {
      return t.is(",")
          || t.is(";")
          || t.is(":")
          || t.is("(")
          || t.is("—")
          || Lexicon.BOUNDARIES.contains(t.lower());
    }

    /** The subject phrase at the start of the clause {@code [from, to)}, followed by a verb. */
    private SpeakerPhrase.Phrase subject(int from, int to) {
      int start = from;
      for (int i = from; i < to && i < from + 8; i++) {
        if (toks.get(i).is(",")) {
          start = i + 1; // skip an opening adverbial: "In a statement, Clinton said"
          break;
        }
      }
      SpeakerPhrase.Phrase p = SpeakerPhrase.after(toks, start, to);
      if (p.isEmpty() || p.to() >= to || quoted[p.from()]) {
        return new SpeakerPhrase.Phrase(start, start);
      }
      Tok next = toks.get(p.to());
      boolean verbNext = next.isWord() && !next.isCapitalized();
      return verbNext ? p : new SpeakerPhrase.Phrase(start, start);
    }

    private boolean isCueAt(int k) {
      Tok t = toks.get(k);
      return !quoted[k]
          && !usedCue[k]
          && t.isWord()
          && Lexicon.isCue(t.lower())
          && !t.isCapitalized();
    }

    private boolean tellLike(int k) {
      String w = toks.get(k).lower();
      return w.startsWith("told")
          || w.startsWith("tell")
          || w.startsWith("warn")
          || w.startsWith("assur")
          || w.startsWith("remind")
          || w.startsWith("inform");
    }

    private String cueText(int k) {
      String w = toks.get(k).text();
      if (tellLike(k) && k + 1 < toks.size()) {
        String next = toks.get(k + 1).lower();
        if (next.equals("reporters") || next.equals("journalists")) {
          return w + " " + toks.get(k + 1).text();
        }
      }
      return w;
    }

    private boolean shortTail(int from, int to) {
      int words = 0;
      for (int i = from; i < to; i++) {
        Tok t = toks.get(i);
        if (t.is(",") || t.is("that") || t.is(":") || quoted[i] || isCueAt(i)) {
          return false;
        }
        if (t.isWord() && ++words > 9) {
          return false;
        }
      }
      return true;
    }

    private int boundedEnd(int from, int to) {
      return Math.min(to, from + SpeakerPhrase.MAX_TOKENS + 2);
    }

    private int sentenceContentEnd(int to) {
      return toks.get(to - 1).end();
    }

    private RawAttribution use(
        int sentence, int cs, int ce, boolean marked, int cue, SpeakerPhrase.Phrase p) {
      String cueText = cue < 0 ? "" : toks.get(cue).is("according") ? "according to" : cueText(cue);
      if (cue >= 0) {
        usedCue[cue] = true;
      }
      return new RawAttribution(sentence, cs, ce, marked, cue, cueText, p.from(), p.to(), null);
    }
  }
}
