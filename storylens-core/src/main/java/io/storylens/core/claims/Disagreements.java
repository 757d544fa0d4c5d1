// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import io.storylens.core.quotes.Attribution;
import io.storylens.core.quotes.QuoteMerger;
import io.storylens.core.quotes.RuleQuoteExtractor;
import io.storylens.core.quotes.WordDiff;
import io.storylens.core.text.CalendarWords;
import io.storylens.core.text.Overlap;
import io.storylens.core.text.PublicationTimes;
import io.storylens.core.text.Sentences;
import io.storylens.core.text.Tokens;
import io.storylens.core.text.WordLists;
import io.storylens.model.Article;
import io.storylens.model.Claim;
import io.storylens.model.Disagreement;
import io.storylens.model.Quote;
import io.storylens.model.SourceRef;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the articles of one story differ on a fact. Kinds:
 *
 * <ul>
 *   <li>{@code number}: two or more outlets give figures for the same quantity of the same subject
 *       in the same time frame whose ranges (hedges included) do not overlap, on the same day or
 *       undated: a conflict naming each side's outlet;
 *   <li>{@code number-update}: the same, reported on different days: the description reads as a
 *       revision ("dead: 50 → 59 (latest: outlet, date)");
 *   <li>{@code slot}: aligned sentences that differ only in a name, number or date at one place
 *       ("defend Afghanistan" vs "defend Ukraine");
 *   <li>{@code date}: two articles give one happening different dates ("drafted in 2003" vs "in
 *       2002"; "said in November" vs "in December"), see {@link DateAligner};
 *   <li>{@code time}: two articles give one happening different times of day ("called at 6.04am" vs
 *       "called at 6.10am"), see {@link ClockTimeAligner};
 *   <li>{@code name}: a name spelled two ways, see {@link SpellingVariants}.
 * </ul>
 *
 * <p>Every candidate is scored (a logistic model over features of how surely both sides speak of
 * the same thing, see {@link NumberModel}) and only those at or above {@link #MIN_CONFIDENCE} are
 * shown: a wrong flag costs a reader more than a missing one. Differences in the wording of a quote
 * are not factual disagreements; they stay with the quote's variants.
 *
 * <p>Output order: by salience (core facts such as casualties and amounts first, then by how many
 * articles are involved), ties in the order of the articles given.
 */
public final class Disagreements {
  /**
   * Flags a reader sees before asking for more: the list is ranked by salience (core facts of the
   * event first), and five is about what a reader takes in at a glance beside a summary. On the 16
   * development events no event has more than five right flags, so the default view loses none of
   * them there; the rest stay one click ("more") away in every export.
   */
  public static final int SHOWN_BY_DEFAULT = 5;

  /** Longest side of a slot difference, in words. */
  static final int MAX_SLOT_WORDS = 3;

  /**
   * Least confidence of a flag that is shown: the threshold calibrated with the number model by
   * leave-events-out cross-validation (see {@link NumberModel}).
   */
  public static final double MIN_CONFIDENCE = NumberModel.THRESHOLD;

  /**
   * Least confidence of a slot or spelling flag that is shown. These are scored by rules, as the
   * development events hold too few of them to fit a model, so their scale is their own.
   */
  public static final double MIN_RULE_CONFIDENCE = 0.45;

  /** Words of the core facts of a news event: casualties, people affected, money. */
  private static final Set<String> CORE =
      WordLists.load(Disagreements.class, "core-fact-words.txt");

  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d,.$])(1[89]\\d\\d|20\\d\\d)(?![\\d,])");

  private Disagreements() {}

  /** Extracts quotes and claims of {@code articles} and finds their disagreements. */
  public static List<Disagreement> find(List<Article> articles) {
    RuleQuoteExtractor extractor = new RuleQuoteExtractor();
    ClaimExtractor claimExtractor = new ClaimExtractor(extractor);
    Map<String, List<Attribution>> attributions = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (Article a : articles) {
      List<Attribution> at = extractor.extract(a);
      attributions.put(a.id(), at);
      claims.addAll(claimExtractor.extract(a, at));
    }
    List<Quote> quotes = new QuoteMerger(extractor).merge(articles, attributions);
    return find(articles, quotes, Claims.merge(claims));
  }

  /**
   * Disagreements among {@code articles}, given their merged quotes and claims. Quotes are taken
   * for compatibility; their wording differences are shown with the quote, not here.
   */
  public static List<Disagreement> find(
      List<Article> articles, List<Quote> quotes, List<Claim> claims) {
    Context ctx = new Context(articles);
    List<Scored> out = new ArrayList<>();
    out.addAll(numbers(numberCandidates(claims, ctx), ctx));
    for (SlotCandidate c : slotCandidates(articles)) {
      if (c.confidence() >= MIN_RULE_CONFIDENCE) {
        out.add(new Scored(c.toDisagreement(), c.salience()));
      }
    }
    for (DateAligner.Candidate c : DateAligner.find(articles)) {
      if (c.confidence() >= DateAligner.MIN_CONFIDENCE) {
        out.add(new Scored(c.toDisagreement(), 0.45 + c.confidence() / 10));
      }
    }
    for (ClockTimeAligner.Candidate c : ClockTimeAligner.find(articles)) {
      if (c.confidence() >= ClockTimeAligner.MIN_CONFIDENCE) {
        out.add(new Scored(c.toDisagreement(), 0.45 + c.confidence() / 10));
      }
    }
    Set<String> spelled = new HashSet<>();
    for (SpellingVariants.Candidate c : SpellingVariants.find(articles)) {
      if (c.confidence() >= MIN_RULE_CONFIDENCE) {
        out.add(new Scored(c.toDisagreement(ctx.byId), 0.4 + c.confidence() / 10));
        spelled.add(SpellingVariants.fold(c.valueA()) + "|" + SpellingVariants.fold(c.valueB()));
      }
    }
    for (NameVariants.Candidate c : NameVariants.find(articles)) {
      if (c.confidence() >= MIN_RULE_CONFIDENCE && !spelledAlready(spelled, c)) {
        out.add(new Scored(c.toDisagreement(ctx.byId), 0.4 + c.confidence() / 10));
      }
    }
    // A difference inside one article (a slip corrected a paragraph later, a name spelled two ways
    // by one writer) is no disagreement between sources.
    out.removeIf(s -> new HashSet<>(s.flag().articles()).size() < 2);
    // Stable: equal salience keeps the order of discovery (articles in the order given).
    out.sort(Comparator.comparingDouble((Scored s) -> -s.salience()));
    return out.stream().map(Scored::flag).toList();
  }

  private record Scored(Disagreement flag, double salience) {}

  /** Whether a spelling flag shown already names the two words a name variant differs in. */
  private static boolean spelledAlready(Set<String> spelled, NameVariants.Candidate c) {
    for (String s : spelled) {
      String[] ab = s.split("\\|");
      List<String> a = List.of(ab[0].split(" "));
      List<String> b = List.of(ab[1].split(" "));
      if (a.contains(c.wordA()) && b.contains(c.wordB())
          || a.contains(c.wordB()) && b.contains(c.wordA())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every slot, date, time and spelling candidate among {@code articles} with its confidence, shown
   * or not: for tracing where a difference is lost ({@code DisagreementCheck}).
   */
  public static List<Disagreement> ruleCandidates(List<Article> articles) {
    Context ctx = new Context(articles);
    List<Disagreement> out = new ArrayList<>();
    for (SlotCandidate c : slotCandidates(articles)) {
      out.add(c.toDisagreement());
    }
    for (DateAligner.Candidate c : DateAligner.find(articles)) {
      out.add(c.toDisagreement());
    }
    for (ClockTimeAligner.Candidate c : ClockTimeAligner.find(articles)) {
      out.add(c.toDisagreement());
    }
    for (SpellingVariants.Candidate c : SpellingVariants.find(articles)) {
      out.add(c.toDisagreement(ctx.byId));
    }
    for (NameVariants.Candidate c : NameVariants.find(articles)) {
      out.add(c.toDisagreement(ctx.byId));
    }
    return out;
  }

  /** Per-article sentences and dates, computed once per call. */
  static final class Context {
    final Map<String, Article> byId = new LinkedHashMap<>();
    final Map<String, Integer> order = new HashMap<>();
    private final Map<String, List<String>> sentences = new HashMap<>();

    Context(List<Article> articles) {
      for (Article a : articles) {
        byId.put(a.id(), a);
        order.putIfAbsent(a.id(), order.size());
      }
    }

    String sentence(SourceRef s) {
      Article a = byId.get(s.article());
      if (a == null) {
        return "";
      }
      List<String> all = sentences.computeIfAbsent(a.id(), k -> Sentences.split(a.text()));
      return s.sentence() >= 0 && s.sentence() < all.size() ? all.get(s.sentence()) : "";
    }

    Optional<LocalDate> date(String article) {
      Article a = byId.get(article);
      return a == null ? Optional.empty() : a.publishedDate();
    }

    Optional<LocalDateTime> moment(String article) {
      Article a = byId.get(article);
      return a == null ? Optional.empty() : PublicationTimes.moment(a);
    }

    boolean timed(String article) {
      Article a = byId.get(article);
      return a != null && PublicationTimes.time(a).isPresent();
    }

    String text(String article) {
      Article a = byId.get(article);
      return a == null ? "" : a.text();
    }

    String when(String article) {
      Article a = byId.get(article);
      return a == null ? "undated" : PublicationTimes.label(a);
    }

    String outlet(String article) {
      Article a = byId.get(article);
      return a == null ? "unknown" : a.outletName();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers

  /**
   * A pair of claims about the same subject with ranges that do not overlap, the sentences that
   * state them most alike, its features ({@link NumberModel#FEATURES}) and its confidence.
   */
  public record NumberCandidate(
      String subject,
      Claim a,
      Claim b,
      SourceRef sourceA,
      SourceRef sourceB,
      String textA,
      String textB,
      double[] features,
      double confidence) {}

  /** Every candidate number pair among {@code claims} with its features and confidence. */
  public static List<NumberCandidate> numberCandidates(List<Article> articles, List<Claim> claims) {
    return numberCandidates(claims, new Context(articles));
  }

  private static List<NumberCandidate> numberCandidates(List<Claim> claims, Context ctx) {
    List<NumberCandidate> out = new ArrayList<>();
    for (var e : Claims.bySubject(claims).entrySet()) {
      List<Claim> g = e.getValue();
      // The figures each article gives of this subject, to see whether two figures answer each
      // other (each the other article's nearest) and whether either article gives only one.
      Map<String, Set<Double>> told = new HashMap<>();
      for (Claim c : g) {
        if (c.low().isPresent()) {
          for (String x : c.articles()) {
            told.computeIfAbsent(x, k -> new HashSet<>()).add(middle(c));
          }
        }
      }
      for (int i = 0; i < g.size(); i++) {
        for (int j = i + 1; j < g.size(); j++) {
          Claim a = g.get(i);
          Claim b = g.get(j);
          if (a.low().isEmpty() || b.low().isEmpty() || shareArticle(a, b)) {
            continue;
          }
          if (a.low().get() <= b.high().get() && b.low().get() <= a.high().get()) {
            continue; // the ranges meet: rounding, hedging or the same figure
          }
          if (!sameMeasure(a.value(), b.value())) {
            continue; // dollars never meet a head count, a share never meets a total
          }
          if (SameMeasure.rounded(a.value(), b.value())) {
            continue; // "229.6 feet" and "230 feet": one figure at two precisions
          }
          NumberCandidate best = null;
          for (SourceRef sa : a.sources()) {
            for (SourceRef sb : b.sources()) {
              if (sa.article().equals(sb.article())) {
                continue;
              }
              String ta = ctx.sentence(sa);
              String tb = ctx.sentence(sb);
              if (SameMeasure.sameConversion(ta, a.value(), tb, b.value())) {
                continue; // "230 feet (70 meters)" and "229 feet (70 meters)": one height
              }
              Set<String> ya = years(ta);
              Set<String> yb = years(tb);
              if (!ya.isEmpty() && !yb.isEmpty() && Collections.disjoint(ya, yb)) {
                continue; // figures of different years are different quantities
              }
              if (a.unit().equals("age") && Collections.disjoint(names(ta), names(tb))) {
                continue; // an age is a person's: two ages meet only where one person is named
              }
              double[] f =
                  NumberModel.features(
                      a,
                      b,
                      ta,
                      tb,
                      ctx.date(sa.article()),
                      ctx.date(sb.article()),
                      ctx.text(sa.article()),
                      ctx.text(sb.article()),
                      told.get(sa.article()),
                      told.get(sb.article()));
              double p = NumberModel.confidence(f);
              // The pair of sentences most alike stands for the claims; chosen without the
              // weights, so that refitting them sees the same candidates.
              if (best == null
                  || NumberModel.closeness(f) > NumberModel.closeness(best.features())) {
                best = new NumberCandidate(e.getKey(), a, b, sa, sb, ta, tb, f, p);
              }
            }
          }
          if (best != null) {
            out.add(best);
          }
        }
      }
    }
    return out;
  }

  private static double middle(Claim c) {
    return (c.low().get() + c.high().get()) / 2;
  }

  /** Whether {@code to} is, of {@code figures}, the nearest to {@code from} (ties count). */
  private static boolean nearest(double from, double to, Set<Double> figures) {
    double d = Math.abs(Math.log(Math.max(from, 1e-9) / Math.max(to, 1e-9)));
    for (double f : figures) {
      if (Math.abs(Math.log(Math.max(from, 1e-9) / Math.max(f, 1e-9))) < d - 1e-12) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameMeasure(String x, String y) {
    return money(x) == money(y) && percent(x) == percent(y);
  }

  private static boolean money(String v) {
    return v.matches(".*[$€£].*");
  }

  private static boolean percent(String v) {
    return v.matches("(?i).*(%|percent|per cent).*");
  }

  /**
   * Accepted pairs joined into one flag per quantity: figures linked by confident pairs are the
   * same quantity told differently, so "two", "four" and "six" dead are one flag with three values.
   */
  private static List<Scored> numbers(List<NumberCandidate> candidates, Context ctx) {
    Map<Claim, Claim> parent = new LinkedHashMap<>();
    Map<Claim, Double> confidence = new HashMap<>();
    Map<Claim, String> subject = new HashMap<>();
    Map<Claim, List<SourceRef>> used = new HashMap<>();
    for (NumberCandidate c : candidates) {
      if (c.confidence() < MIN_CONFIDENCE) {
        continue;
      }
      parent.putIfAbsent(c.a(), c.a());
      parent.putIfAbsent(c.b(), c.b());
      Claim ra = root(parent, c.a());
      Claim rb = root(parent, c.b());
      if (ra != rb) {
        parent.put(rb, ra);
      }
      subject.put(c.a(), c.subject());
      subject.put(c.b(), c.subject());
      used.computeIfAbsent(c.a(), k -> new ArrayList<>()).add(c.sourceA());
      used.computeIfAbsent(c.b(), k -> new ArrayList<>()).add(c.sourceB());
      confidence.merge(c.a(), c.confidence(), Math::max);
      confidence.merge(c.b(), c.confidence(), Math::max);
    }
    Map<Claim, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim c : parent.keySet()) {
      groups.computeIfAbsent(root(parent, c), k -> new ArrayList<>()).add(c);
    }
    List<Scored> out = new ArrayList<>();
    for (List<Claim> g : groups.values()) {
      out.add(numberFlag(g, subject.get(g.get(0)), confidence, used, ctx));
    }
    return out;
  }

  private static Claim root(Map<Claim, Claim> parent, Claim c) {
    Claim r = c;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    return r;
  }

  private static Scored numberFlag(
      List<Claim> group,
      String subject,
      Map<Claim, Double> confidence,
      Map<Claim, List<SourceRef>> used,
      Context ctx) {
    // Each value with the earliest moment an article stated it (time of day where known).
    List<Claim> byTime = new ArrayList<>(group);
    Map<Claim, Optional<LocalDateTime>> first = new HashMap<>();
    Map<Claim, String> firstArticle = new HashMap<>();
    for (Claim c : group) {
      Optional<LocalDateTime> best = Optional.empty();
      for (String a : c.articles()) {
        Optional<LocalDateTime> m = ctx.moment(a);
        if (m.isPresent() && (best.isEmpty() || m.get().isBefore(best.get()))) {
          best = m;
          firstArticle.put(c, a);
        }
      }
      first.put(c, best);
    }
    byTime.sort(
        Comparator.comparing(
            (Claim c) -> first.get(c).orElse(LocalDateTime.MAX), Comparator.naturalOrder()));
    boolean update = isUpdate(byTime, first, firstArticle, ctx);
    List<String> values = new ArrayList<>();
    Set<String> articles = new LinkedHashSet<>();
    List<SourceRef> sources = new ArrayList<>();
    double conf = 0;
    StringBuilder desc = new StringBuilder(subject).append(": ");
    for (int i = 0; i < byTime.size(); i++) {
      Claim c = byTime.get(i);
      values.add(c.value());
      articles.addAll(c.articles());
      for (SourceRef s : used.get(c)) {
        if (!sources.contains(s)) {
          sources.add(s);
        }
      }
      conf = Math.max(conf, confidence.get(c));
      if (update) {
        desc.append(i == 0 ? "" : " → ").append(c.value());
      } else {
        desc.append(i == 0 ? "" : " vs ")
            .append(c.value())
            .append(" (")
            .append(sideLabel(c, ctx))
            .append(")");
      }
    }
    if (update) {
      Claim last = byTime.get(byTime.size() - 1);
      String lastArticle = firstArticle.get(last);
      desc.append(" (latest: ")
          .append(ctx.outlet(lastArticle))
          .append(", ")
          .append(ctx.when(lastArticle))
          .append(by(last))
          .append(")");
    }
    double salience = conf + (core(subject) ? 1 : 0) + Math.min(articles.size(), 10) / 10.0;
    return new Scored(
        new Disagreement(
            update ? "number-update" : "number",
            desc.toString(),
            List.copyOf(articles),
            values,
            sources,
            round(conf)),
        salience);
  }

  /** Least gap between two figures' first reports, within one day, for the later to be news. */
  static final Duration UPDATE_GAP = Duration.ofHours(3);

  /**
   * Whether the figures read as a revision: each first reported clearly later than the one before
   * it (on a later day, or the same day at least {@link #UPDATE_GAP} later where both times are
   * known). Figures given at about the same time, or undated, conflict.
   */
  private static boolean isUpdate(
      List<Claim> byTime,
      Map<Claim, Optional<LocalDateTime>> first,
      Map<Claim, String> firstArticle,
      Context ctx) {
    for (int i = 1; i < byTime.size(); i++) {
      Claim prev = byTime.get(i - 1);
      Claim cur = byTime.get(i);
      if (first.get(prev).isEmpty() || first.get(cur).isEmpty()) {
        return false;
      }
      LocalDateTime p = first.get(prev).get();
      LocalDateTime c = first.get(cur).get();
      if (p.toLocalDate().equals(c.toLocalDate())) {
        boolean timed = ctx.timed(firstArticle.get(prev)) && ctx.timed(firstArticle.get(cur));
        if (!timed || Duration.between(p, c).compareTo(UPDATE_GAP) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static String sideLabel(Claim c, Context ctx) {
    Set<String> outlets = new LinkedHashSet<>();
    for (String a : c.articles()) {
      outlets.add(ctx.outlet(a));
    }
    String attribution = c.attribution().map(s -> ", " + s).orElse("");
    return String.join(", ", outlets) + attribution;
  }

  private static boolean core(String subject) {
    return CORE.contains(subject.toLowerCase(Locale.ROOT));
  }

  private static String by(Claim c) {
    return c.attribution().map(s -> ", according to " + s).orElse("");
  }

  private static boolean shareArticle(Claim a, Claim b) {
    for (String x : a.articles()) {
      if (b.articles().contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /**
   * The number pair model: features of a candidate pair and a logistic score over them. The weights
   * and the threshold are read from the resource {@code number-model.tsv}, written by the trainer
   * ({@code io.storylens.core.eval.DisagreementModelTrainer}), which fits them on hand-annotated
   * events and calibrates the threshold by leave-events-out cross-validation.
   */
  public static final class NumberModel {
    /** Names of {@link #features}, in order (the first is the intercept). */
    public static final List<String> FEATURES =
        List.of(
            "bias",
            "same_subject",
            "window_overlap",
            "sentence_overlap",
            "log_ratio",
            "year_mismatch",
            "hedged",
            "small",
            "same_day",
            "shared_number",
            "near_overlap",
            "names_overlap",
            "core",
            "age",
            "age_same_name",
            "names_disjoint",
            "close",
            "other_knows",
            "nearest",
            "sole",
            "part_whole");

    /** The resource holding the fitted weights and the threshold. */
    public static final String RESOURCE = "number-model.tsv";

    private static final Map<String, Double> PARAMETERS = load();

    static final double[] WEIGHTS = weights(PARAMETERS);

    /** Least confidence of a shown flag, calibrated by cross-validation. */
    public static final double THRESHOLD = PARAMETERS.get("threshold");

    private NumberModel() {}

    /** The confidence of a pair with features {@code f}: the logistic of the weighted sum. */
    public static double confidence(double[] f) {
      return confidence(WEIGHTS, f);
    }

    /** As {@link #confidence(double[])} with the given weights. */
    public static double confidence(double[] weights, double[] f) {
      double z = 0;
      for (int i = 0; i < f.length; i++) {
        z += weights[i] * f[i];
      }
      return 1 / (1 + Math.exp(-z));
    }

    /** How alike the two sentences are around the figures, for picking the pair shown. */
    static double closeness(double[] f) {
      return 4 * f[10] + 2 * f[2] + f[3] + f[11];
    }

    /**
     * Reads {@code name value} lines (a feature of {@link #FEATURES} or {@code threshold}); a
     * missing or malformed line is a packaging error naming the resource and the line.
     */
    static Map<String, Double> parse(java.io.BufferedReader in, String source)
        throws java.io.IOException {
      Map<String, Double> out = new HashMap<>();
      int no = 0;
      for (String line; (line = in.readLine()) != null; ) {
        no++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("\\s+");
        if (parts.length != 2 || !(FEATURES.contains(parts[0]) || parts[0].equals("threshold"))) {
          throw new IllegalStateException(source + ":" + no + ": not 'FEATURE WEIGHT': " + t);
        }
        try {
          out.put(parts[0], Double.parseDouble(parts[1]));
        } catch (NumberFormatException e) {
          throw new IllegalStateException(source + ":" + no + ": not a number: " + parts[1], e);
        }
      }
      for (String f : FEATURES) {
        if (!out.containsKey(f)) {
          throw new IllegalStateException(source + ": no weight for feature " + f);
        }
      }
      if (!out.containsKey("threshold")) {
        throw new IllegalStateException(source + ": no threshold");
      }
      return out;
    }

    private static Map<String, Double> load() {
      try (var in = Disagreements.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " beside Disagreements");
        }
        return parse(
            new java.io.BufferedReader(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)),
            RESOURCE);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }

    private static double[] weights(Map<String, Double> p) {
      double[] w = new double[FEATURES.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = p.get(FEATURES.get(i));
      }
      return w;
    }

    /** Largest log ratio of two figures that counts as {@code close} (about 10 %). */
    static final double CLOSE = 0.1;

    static double[] features(
        Claim a,
        Claim b,
        String ta,
        String tb,
        Optional<LocalDate> da,
        Optional<LocalDate> db,
        String articleA,
        String articleB,
        Set<Double> toldA,
        Set<Double> toldB) {
      double ma = middle(a);
      double mb = middle(b);
      double ratio =
          ma <= 0 || mb <= 0
              ? 3
              : Math.min(3, Math.abs(Math.log(Math.max(ma, mb) / Math.min(ma, mb))));
      Set<String> wa = window(ta, a.value());
      Set<String> wb = window(tb, b.value());
      Set<String> ya = years(ta);
      Set<String> yb = years(tb);
      // Ages are of people: two ages meet only as one person's when the sentences name someone
      // in common.
      boolean age = a.unit().equals("age") && b.unit().equals("age");
      Set<String> na = names(ta);
      Set<String> nb = names(tb);
      boolean sameName = !Collections.disjoint(na, nb);
      // Both sentences name people or places, and none in common: likely about different ones.
      boolean namesDisjoint = na.size() >= 2 && nb.size() >= 2 && !sameName;
      return new double[] {
        1,
        a.subject().equalsIgnoreCase(b.subject()) ? 1 : 0,
        Overlap.jaccard(wa, wb),
        Overlap.jaccard(content(ta), content(tb)),
        ratio,
        ya.equals(yb) ? 0 : 1,
        ((a.hedge().isEmpty() ? 0 : 1) + (b.hedge().isEmpty() ? 0 : 1)) / 2.0,
        Math.max(ma, mb) <= 3 ? 1 : 0,
        da.isPresent() && da.equals(db) ? 1 : 0,
        sharedNumber(ta, tb, a.value(), b.value()) ? 1 : 0,
        Overlap.jaccard(window(ta, a.value(), NEAR), window(tb, b.value(), NEAR)),
        Overlap.jaccard(names(ta), names(tb)),
        core(Claims.subjectKey(a)) || core(a.unit()) ? 1 : 0,
        age ? 1 : 0,
        age && sameName ? 1 : 0,
        namesDisjoint ? 1 : 0,
        // One quantity misreported or revised is mostly a near figure (103 vs 105 billion, lap 20
        // vs 21); figures far apart are more often of different things.
        ratio <= CLOSE ? 1 : 0,
        // An article that states the other side's figure too knows both: for it they are two
        // quantities ("15.5 percent for cash and 8 percent for other assets"), not a dispute.
        (knows(articleB, a.value()) ? 0.5 : 0) + (knows(articleA, b.value()) ? 0.5 : 0),
        // Two reports of one quantity answer each other: of the figures the other article gives
        // for this subject, each is the nearest to the other (lap 13 against lap 14 among laps 7,
        // 14, 20 and 29).
        nearest(ma, mb, toldB) && nearest(mb, ma, toldA) ? 1 : 0,
        // An article giving one figure of a subject gives the subject's figure.
        (toldA.size() == 1 ? 0.5 : 0) + (toldB.size() == 1 ? 0.5 : 0),
        // A part against its whole: the difference of the two figures is itself a figure of one
        // of the sentences ("all 109 people aboard … and four on the ground" against "113
        // killed"): the two count different sets, and the writer says how they add up.
        partWhole(a, b, ta, tb) ? 1 : 0
      };
    }
  }

  private static final int WINDOW = 6;

  /**
   * Whether the difference of the two figures is a further figure of either sentence: one side
   * counts a part, the other the whole, and a sentence states the rest.
   */
  static boolean partWhole(Claim a, Claim b, String ta, String tb) {
    double diff = Math.abs(middle(a) - middle(b));
    if (diff < 2) {
      // A difference of one is any "one" of the sentence ("17-inch by one-inch").
      return false;
    }
    for (String[] side : new String[][] {{ta, a.value()}, {tb, b.value()}}) {
      String rest = side[0].replace(side[1], " ");
      for (Quantity q : Quantity.findAll(rest)) {
        if (q.hedge().isEmpty()
            && q.low() == q.high()
            && Math.abs(q.low() - diff) < 1e-9
            && countsAlike(rest.substring(q.end()), a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Pattern NEXT_WORD = Pattern.compile("^\\s*(\\p{L}+)");

  /**
   * Whether a figure followed by {@code after} counts what {@code a} and {@code b} count: no noun
   * of its own ("and four on the ground"), their noun, or people where they count people ("two
   * Costa Rican pilots"); not another measure ("two more weeks").
   */
  private static boolean countsAlike(String after, Claim a, Claim b) {
    Matcher m = NEXT_WORD.matcher(after);
    if (!m.find()) {
      return true;
    }
    String w = m.group(1).toLowerCase(Locale.ROOT);
    if (Tokens.STOP_WORDS.contains(w) && !w.equals("more")) {
      return true;
    }
    if (w.startsWith(a.unit()) || w.startsWith(b.unit()) || a.unit().startsWith(w)) {
      return true;
    }
    if (!CasualtyRoles.countsPeople(a.unit())) {
      return false;
    }
    // The noun within the next three words: "two Costa Rican pilots".
    String[] words = after.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    for (int i = 0; i < Math.min(3, words.length); i++) {
      if (CasualtyRoles.people(words[i]) || CasualtyRoles.generic(words[i]) && i == 0) {
        return true;
      }
    }
    return false;
  }

  /** Content words near {@code value} in {@code sentence}, numbers left out. */
  static Set<String> window(String sentence, String value) {
    return window(sentence, value, WINDOW);
  }

  /** Words right next to the figure: "posted _ photos", "shares fell _ percent". */
  private static final int NEAR = 3;

  /** Capitalized words past the first, which name who or what the sentence is about. */
  static Set<String> names(String sentence) {
    Set<String> out = new HashSet<>();
    String[] words = sentence.split("[^\\p{L}\\p{N}’'-]+");
    for (int i = 1; i < words.length; i++) {
      String w = words[i].replaceAll("[’']s$", "");
      if (w.length() > 1
          && Character.isUpperCase(w.charAt(0))
          && !Tokens.STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  static Set<String> window(String sentence, String value, int width) {
    int at = sentence.indexOf(value);
    if (at < 0) {
      return content(sentence);
    }
    List<String> before = Tokens.contentWords(sentence.substring(0, at));
    List<String> after = Tokens.contentWords(sentence.substring(at + value.length()), width);
    Set<String> out = new LinkedHashSet<>();
    for (String w : before.subList(Math.max(0, before.size() - width), before.size())) {
      addWord(out, w);
    }
    for (String w : after) {
      addWord(out, w);
    }
    return out;
  }

  private static Set<String> content(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : Tokens.contentWords(s)) {
      addWord(out, w);
    }
    return out;
  }

  private static void addWord(Set<String> out, String w) {
    if (!w.isEmpty() && !Character.isDigit(w.charAt(0))) {
      out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
    }
  }

  private static Set<String> years(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = YEAR.matcher(s);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** Whether {@code text} states the figure written with digits in {@code value}. */
  static boolean knows(String text, String value) {
    Set<String> v = figures(value);
    if (v.isEmpty()) {
      return false;
    }
    return figures(text).containsAll(v);
  }

  /** Whether the two sentences share another figure besides the compared ones ("$70 a share"). */
  private static boolean sharedNumber(String ta, String tb, String va, String vb) {
    Set<String> na = figures(ta.replace(va, " "));
    na.retainAll(figures(tb.replace(vb, " ")));
    return !na.isEmpty();
  }

  private static Set<String> figures(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = Pattern.compile("\\d[\\d,.]*\\d|\\d").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Slots

  /** A one-place difference between aligned sentences of two articles, with its confidence. */
  public record SlotCandidate(
      Article a,
      Article b,
      SentenceAligner.Pair pair,
      String valueA,
      String valueB,
      double confidence,
      double salience) {
    Disagreement toDisagreement() {
      String desc =
          String.format(
              Locale.ROOT,
              "%s (%s) says \"%s\" where %s (%s) says \"%s\" in the same sentence",
              a.outletName(),
              a.source(),
              valueA,
              b.outletName(),
              b.source(),
              valueB);
      return new Disagreement(
          "slot",
          desc,
          List.of(a.id(), b.id()),
          List.of(valueA, valueB),
          List.of(new SourceRef(a.id(), pair.a()), new SourceRef(b.id(), pair.b())),
          round(confidence));
    }
  }

  /** Every slot difference among {@code articles} with its confidence. */
  public static List<SlotCandidate> slotCandidates(List<Article> articles) {
    List<SlotCandidate> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        slots(articles.get(i), articles.get(j), out);
      }
    }
    return out;
  }

  private static void slots(Article a, Article b, List<SlotCandidate> out) {
    for (SentenceAligner.Pair p : SentenceAligner.align(a.text(), b.text())) {
      List<String> wa = WordDiff.words(p.textA());
      List<String> wb = WordDiff.words(p.textB());
      for (WordDiff.Change c : WordDiff.changes(wa, wb)) {
        if (!c.isSubstitution()
            || !c.interior()
            || c.removed().size() > MAX_SLOT_WORDS
            || c.added().size() > MAX_SLOT_WORDS
            || !slotLike(c.removed())
            || !slotLike(c.added())
            || equivalent(c.removed(), c.added())) {
          continue;
        }
        String va = String.join(" ", c.removed());
        String vb = String.join(" ", c.added());
        int anchor = anchor(wa, c.removed(), wb, c.added());
        out.add(new SlotCandidate(a, b, p, va, vb, slotConfidence(p.similarity(), anchor), 0.5));
      }
    }
  }

  /**
   * Words the two sentences share on the weaker side of the slot, counted outwards from it: "troops
   * to defend _ is not on the table" is anchored by four words or more on each side.
   */
  private static int anchor(List<String> a, List<String> ra, List<String> b, List<String> rb) {
    int ia = Collections.indexOfSubList(a, ra);
    int ib = Collections.indexOfSubList(b, rb);
    if (ia < 0 || ib < 0) {
      return 0;
    }
    int left = 0;
    while (ia - 1 - left >= 0
        && ib - 1 - left >= 0
        && a.get(ia - 1 - left).equalsIgnoreCase(b.get(ib - 1 - left))) {
      left++;
    }
    int right = 0;
    int ea = ia + ra.size();
    int eb = ib + rb.size();
    while (ea + right < a.size()
        && eb + right < b.size()
        && a.get(ea + right).equalsIgnoreCase(b.get(eb + right))) {
      right++;
    }
    return Math.min(left, right);
  }

  /**
   * A slot is surely the same statement with one fact changed when the sentences align well and the
   * slot sits between identical words on both sides; a rule, as the development events hold too few
   * real slot differences to fit one.
   */
  static double slotConfidence(double similarity, int anchor) {
    double z = -4.0 + 4.0 * similarity + 1.5 * Math.min(anchor, 4);
    return 1 / (1 + Math.exp(-z));
  }

  /** Names, numbers and dates: every word capitalized or a number (not "I"). */
  private static boolean slotLike(List<String> words) {
    for (String w : words) {
      boolean name = Character.isUpperCase(w.charAt(0)) && !w.equals("I");
      if (!name && !Character.isDigit(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Jan." and "January", "NordStream" and "Nord Stream", "Russia" and "Russian", weekday vs date.
   */
  private static boolean equivalent(List<String> x, List<String> y) {
    if (SpellingConventions.sameWords(x, y)) {
      return true; // "Center" and "Centre": house style, not another fact
    }
    String a = canon(x);
    String b = canon(y);
    if (a.equals(b) || a.length() >= 4 && b.startsWith(a) || b.length() >= 4 && a.startsWith(b)) {
      return true;
    }
    if (acronym(x) != acronym(y)) {
      return true; // "US" / "American", "EU" / "European": an abbreviation against a word
    }
    boolean weekdayA = CalendarWords.WEEKDAYS.contains(a);
    boolean weekdayB = CalendarWords.WEEKDAYS.contains(b);
    return weekdayA != weekdayB; // "Tuesday" vs "December 28": a timeline question, not a slot
  }

  private static boolean acronym(List<String> words) {
    return words.size() == 1 && words.get(0).matches("\\p{Lu}[\\p{Lu}.]+");
  }

  private static String canon(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      String x =
          w.toLowerCase(Locale.ROOT)
              .replace(".", "")
              .replace("-", "")
              .replace('’', '\'')
              .replace('‘', '\'');
      sb.append(MONTHS.getOrDefault(x, x));
    }
    return sb.toString();
  }

  private static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("jan", "january"),
          Map.entry("feb", "february"),
          Map.entry("mar", "march"),
          Map.entry("apr", "april"),
          Map.entry("jun", "june"),
          Map.entry("jul", "july"),
          Map.entry("aug", "august"),
          Map.entry("sep", "september"),
          Map.entry("sept", "september"),
          Map.entry("oct", "october"),
          Map.entry("nov", "november"),
          Map.entry("dec", "december"));
}
