// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.bench;

import io.storylens.core.cluster.ClusterDoc;
import io.storylens.core.eval.ClustersEval;
import io.storylens.core.text.Sentences;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic stream of articles derived from the news-clusters dev split: synthetic event {@code
 * k} takes dev article {@code k mod n} as its template and rewrites every longer word into one of
 * {@link #VARIANTS} spellings chosen by (word, k), so that events built on the same template share
 * only a few words (as unrelated real events do) while the vocabulary grows with the stream. Each
 * of its {@link #PER_EVENT} articles keeps a different two thirds of the template's sentences.
 * Events start a minute apart, so time advances as in a live feed.
 */
final class ClusterStream {
  /** Articles per synthetic event (the dev split averages 5.2). */
  static final int PER_EVENT = 5;

  /** Spellings per word. */
  static final int VARIANTS = 50;

  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

  private final List<ClusterDoc> templates;
  private final List<List<String>> sentences = new ArrayList<>();
  private final Instant start = Instant.parse("2018-01-01T00:00:00Z");

  ClusterStream(Path devJsonl) {
    templates = ClustersEval.read(devJsonl).stream().map(ClustersEval.Item::doc).toList();
    for (ClusterDoc d : templates) {
      sentences.add(Sentences.split(d.text()));
    }
  }

  /** The stream over the development news clusters of the shared data. */
  static ClusterStream dev() {
    return new ClusterStream(BenchData.shared("news-clusters").resolve("dev.jsonl"));
  }

  /** The first {@code n} articles, generated up front so that generating is never timed. */
  List<ClusterDoc> first(int n) {
    List<ClusterDoc> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      docs.add(article(i));
    }
    return docs;
  }

  private static String vary(String s, long k) {
    Matcher m = WORD.matcher(s);
    StringBuilder out = new StringBuilder(s.length() + s.length() / 4);
    while (m.find()) {
      String w = m.group();
      int v =
          (int) Math.floorMod(w.toLowerCase(Locale.ROOT).hashCode() * 31L + k * 7919L, VARIANTS);
      m.appendReplacement(out, w + (char) ('a' + v % 26) + (char) ('a' + v / 26));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The {@code i}-th article of the stream. */
  ClusterDoc article(long i) {
    long k = i / PER_EVENT;
    int t = (int) (k % templates.size());
    ClusterDoc tpl = templates.get(t);
    String tag = "ev" + Long.toString(k, 36);
    StringBuilder text = new StringBuilder(tag).append(". ");
    List<String> ss = sentences.get(t);
    for (int j = 0; j < ss.size(); j++) {
      if ((j + i) % 3 != 0) {
        text.append(ss.get(j)).append(' ');
      }
    }
    return new ClusterDoc(
        "syn-" + i,
        vary(tpl.title(), k) + " " + tag,
        vary(text.toString(), k),
        tpl.outlet(),
        start.plusSeconds(60 * k + (i % PER_EVENT) * 7),
        List.of(),
        Optional.empty());
  }
}
