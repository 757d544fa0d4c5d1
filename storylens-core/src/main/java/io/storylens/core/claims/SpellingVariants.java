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
 * Names spelled two ways for the same person or place ("Noor Mohammad Fayez" and "Noor Mohammad
 * Faiz", "Sao Paulo" and "Sao Paula", "Mazar-i-Sharif" and "Mazar-e-Sharif"): a reader notices them
 * and cannot tell which is right. Two spellings are taken for one name when they differ by a letter
 * or two, begin alike, and either stand beside the same other name ("Mohammad _") or are long
 * enough that one changed letter cannot make another name. Diacritics, case, inflection ("Russia"
 * and "Russian") and common words capitalized at a sentence start are no variants.
 */
final class SpellingVariants {
  /** Shortest name word compared. */
  private static final int MIN_LENGTH = 4;

  /** Length from which a name beside a shared neighbour may differ by two letters. */
  private static final int SHARED_TWO_LETTERS = 5;

  /** Length from which a name differing by one letter needs no shared neighbour. */
  private static final int LONG = 8;

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*[\\p{L}]");

  /** Endings that make another form of the same word, not another spelling. */
  private static final Set<String> INFLECTIONS =
      Set.of(
          "s", "es", "n", "an", "ian", "ese", "ish", "i", "ns", "ans", "ians", "er", "ers", "al");

  /**
   * Least number of articles spelling a name the story's way for a one-letter variant of a short
   * name, found in one article only, to be read as a misspelling ("Harambe" in seven articles,
   * "Harabe" in one).
   */
  private static final int ESTABLISHED = 2;

  private SpellingVariants() {}

  /** One spelling of a name word where it occurs. */
  private record Use(String article, int sentence, String left, String right) {}

  /** A pair of spellings of one name with how sure it is. */
  record Candidate(
      String valueA,
      String valueB,
      List<String> articlesA,
      List<String> articlesB,
      List<SourceRef> sources,
      boolean sharedNeighbour,
      int distance,
      double confidence) {
    Disagreement toDisagreement(Map<String, Article> byId) {
      return nameFlag("spelled", valueA, valueB, articlesA, articlesB, sources, confidence, byId);
    }
  }

  /**
   * A name flag: "name spelled (or written) "A" (outlets) and "B" (outlets)", with the articles of
   * both forms.
   */
  static Disagreement nameFlag(
      String how,
      String valueA,
      String valueB,
      List<String> articlesA,
      List<String> articlesB,
      List<SourceRef> sources,
      double confidence,
      Map<String, Article> byId) {
    String desc =
        String.format(
            Locale.ROOT,
            "name %s \"%s\" (%s) and \"%s\" (%s)",
            how,
            valueA,
            outlets(articlesA, byId),
            valueB,
            outlets(articlesB, byId));
    Set<String> all = new LinkedHashSet<>(articlesA);
    all.addAll(articlesB);
    return new Disagreement(
        "name",
        desc,
        List.copyOf(all),
        List.of(valueA, valueB),
        sources,
        Math.round(confidence * 1000) / 1000.0);
  }

  private static String outlets(List<String> articles, Map<String, Article> byId) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : articles) {
      out.add(byId.containsKey(a) ? byId.get(a).outletName() : a);
    }
    return String.join(", ", out);
  }

  /** Every pair of spellings among {@code articles}, in order of first use. */
  static List<Candidate> find(List<Article> articles) {
    Map<String, Map<String, List<Use>>> byKey = new LinkedHashMap<>();
    Set<String> lowerWords = new HashSet<>();
    for (Article a : articles) {
      List<String> sentences = Sentences.split(a.text());
      for (int i = 0; i < sentences.size(); i++) {
        collect(a.id(), i, sentences.get(i), byKey, lowerWords);
      }
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        candidate(keys.get(i), keys.get(j), byKey, lowerWords).ifPresent(out::add);
      }
    }
    return out;
  }

  private static void collect(
      String article,
      int sentence,
      String text,
      Map<String, Map<String, List<Use>>> byKey,
      Set<String> lowerWords) {
    List<String> words = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
      starts.add(m.start());
      ends.add(m.end());
    }
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      if (Character.isLowerCase(w.charAt(0))) {
        lowerWords.add(fold(w));
        continue;
      }
      if (w.length() < MIN_LENGTH || w.equals(w.toUpperCase(Locale.ROOT)) || k == 0) {
        continue; // short, shouted or an acronym, or capitalized only as the sentence's first word
      }
      String left =
          k > 0 && adjacent(text, ends.get(k - 1), starts.get(k)) ? name(words.get(k - 1)) : "";
      String right =
          k + 1 < words.size() && adjacent(text, ends.get(k), starts.get(k + 1))
              ? name(words.get(k + 1))
              : "";
      byKey
          .computeIfAbsent(fold(w), x -> new LinkedHashMap<>())
          .computeIfAbsent(w, x -> new ArrayList<>())
          .add(new Use(article, sentence, left, right));
    }
  }

  /** Two words of one name: only a space between them. */
  private static boolean adjacent(String text, int end, int start) {
    return text.substring(end, start).equals(" ");
  }

  /**
   * The neighbour as a name word, or empty when it is none: a capitalized function word ("The
   * National", "The Nation") names nothing, so two words beside it share no name.
   */
  private static String name(String w) {
    return Character.isUpperCase(w.charAt(0))
            && !Tokens.STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))
        ? w
        : "";
  }

  private static Optional<Candidate> candidate(
      String ka, String kb, Map<String, Map<String, List<Use>>> byKey, Set<String> lowerWords) {
    if (ka.charAt(0) != kb.charAt(0) || lowerWords.contains(ka) || lowerWords.contains(kb)) {
      return Optional.empty();
    }
    if (SpellingConventions.sameWord(ka, kb)) {
      return Optional.empty(); // "Centre" and "Center", "Süddeutsche" and "Sueddeutsche"
    }
    if (inflection(ka, kb)
        || inflection(kb, ka)
        || agentEnding(ka, kb)
        || calendar(ka)
        || calendar(kb)) {
      return Optional.empty();
    }
    int d = distance(ka, kb);
    int longest = Math.max(ka.length(), kb.length());
    if (d == 0 || d > 2) {
      return Optional.empty();
    }
    List<Use> ua = uses(byKey.get(ka));
    List<Use> ub = uses(byKey.get(kb));
    Use[] shared = sharedNeighbour(ua, ub);
    // Beside the same other name ("Mohammad Fayez", "Mohammad Faiz") two letters may differ;
    // alone, only one letter of a long name.
    // A long name alone may differ inside ("Mazar-i-Sharif", "Mazar-e-Sharif"), not only at its
    // end: "Associated" and "Associates" are two forms of one word.
    boolean close =
        shared != null
            ? d == 1 || longest >= SHARED_TWO_LETTERS
            : d == 1 && !endingOnly(ka, kb) && (longest >= LONG || rareForm(ua, ub));
    if (!close || shared == null && namesOfTwo(ua, ub)) {
      return Optional.empty();
    }
    // The name without a possessive ending: "Timberlake's" is spelled "Timberlake".
    String wa = POSSESSIVE.matcher(byKey.get(ka).keySet().iterator().next()).replaceFirst("");
    String wb = POSSESSIVE.matcher(byKey.get(kb).keySet().iterator().next()).replaceFirst("");
    String va = wa;
    String vb = wb;
    Use sa = ua.get(0);
    Use sb = ub.get(0);
    if (shared != null) {
      sa = shared[0];
      sb = shared[1];
      if (!sa.left().isEmpty() && fold(sa.left()).equals(fold(sb.left()))) {
        va = sa.left() + " " + wa;
        vb = sb.left() + " " + wb;
      } else {
        va = wa + " " + sa.right();
        vb = wb + " " + sb.right();
      }
    }
    double z = -1.0 + (shared != null ? 2.0 : 0) + (d == 1 ? 0.5 : 0) + 0.1 * Math.min(longest, 12);
    double confidence = 1 / (1 + Math.exp(-z));
    return Optional.of(
        new Candidate(
            va,
            vb,
            articles(ua),
            articles(ub),
            List.of(
                new SourceRef(sa.article(), sa.sentence()),
                new SourceRef(sb.article(), sb.sentence())),
            shared != null,
            d,
            confidence));
  }

  private static List<Use> uses(Map<String, List<Use>> forms) {
    List<Use> out = new ArrayList<>();
    forms.values().forEach(out::addAll);
    return out;
  }

  private static List<String> articles(List<Use> uses) {
    Set<String> out = new LinkedHashSet<>();
    uses.forEach(u -> out.add(u.article()));
    return List.copyOf(out);
  }

  /** A use of each spelling with the same name word beside it, or null. */
  private static Use[] sharedNeighbour(List<Use> ua, List<Use> ub) {
    for (Use a : ua) {
      for (Use b : ub) {
        if (!a.left().isEmpty() && fold(a.left()).equals(fold(b.left()))
            || !a.right().isEmpty() && fold(a.right()).equals(fold(b.right()))) {
          return new Use[] {a, b};
        }
      }
    }
    return null;
  }

  /**
   * Whether one spelling is found in a single article while the other is the story's own, used by
   * at least {@link #ESTABLISHED} articles: a slip of one writer ("Harabe", "Isiah"), not two
   * names. Two short names differing by a letter are otherwise often two people.
   */
  private static boolean rareForm(List<Use> ua, List<Use> ub) {
    List<String> aa = articles(ua);
    List<String> ab = articles(ub);
    return aa.size() == 1 && ab.size() >= ESTABLISHED || ab.size() == 1 && aa.size() >= ESTABLISHED;
  }

  /**
   * Whether the two spellings stand beside other name words and never beside the same one ("Noor
   * Mohammad" against "Mohammed Atta"): the names of two people, not one name spelled twice.
   */
  private static boolean namesOfTwo(List<Use> ua, List<Use> ub) {
    Set<String> na = neighbours(ua);
    Set<String> nb = neighbours(ub);
    return !na.isEmpty() && !nb.isEmpty() && Collections.disjoint(na, nb);
  }

  private static Set<String> neighbours(List<Use> uses) {
    Set<String> out = new HashSet<>();
    for (Use u : uses) {
      if (!u.left().isEmpty()) {
        out.add(fold(u.left()));
      }
      if (!u.right().isEmpty()) {
        out.add(fold(u.right()));
      }
    }
    return out;
  }

  /**
   * "Protesters" and "protestors", "adviser" and "advisor": the agent ending spelled "-er" or "-or"
   * is a choice of style, not another word.
   */
  private static boolean agentEnding(String a, String b) {
    return a.length() == b.length()
        && a.replaceAll("or(s?)$", "er$1").equals(b.replaceAll("or(s?)$", "er$1"));
  }

  /**
   * Weekdays and months are capitalized but name no one: "Mnday" is a slip of the calendar, and
   * "June" beside "Jane" two different words.
   */
  private static boolean calendar(String w) {
    return CalendarWords.WEEKDAYS.contains(w) || CalendarWords.MONTHS.contains(w);
  }

  /** Whether the two words differ only in their last two letters. */
  private static boolean endingOnly(String a, String b) {
    int common = 0;
    while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= Math.max(a.length(), b.length()) - 2;
  }

  private static boolean inflection(String stem, String word) {
    return word.startsWith(stem) && INFLECTIONS.contains(word.substring(stem.length()));
  }

  /** Lower case without diacritics or apostrophes: "Räikkönen" and "Raikkonen" are one. */
  static String fold(String w) {
    return SpellingConventions.withoutDiacritics(w)
        .replaceAll("['’]s$", "")
        .replaceAll("['’]", "")
        .toLowerCase(Locale.ROOT);
  }

  /** Edit distance (insertions, deletions, substitutions). */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
