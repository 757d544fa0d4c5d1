// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import io.storylens.core.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-level difference of two wordings (Myers' diff from java-diff-utils over words, case and
 * punctuation ignored), and whether it can change the meaning. Inputs longer than {@link
 * #MAX_WORDS} words are compared as bags of words to bound time.
 */
public final class WordDiff {
  private WordDiff() {}

  /** Longest input diffed word by word. */
  public static final int MAX_WORDS = 600;

  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "n't", "nothing", "none", "nobody", "neither", "nor", "without");

  /** One changed region: words removed from the first wording and added in the second. */
  public record Change(List<String> removed, List<String> added, boolean interior) {
    public Change {
      removed = List.copyOf(removed);
      added = List.copyOf(added);
    }

    /** Without position information. */
    public Change(List<String> removed, List<String> added) {
      this(removed, added, false);
    }

    /** Both sides non-empty. */
    public boolean isSubstitution() {
      return !removed.isEmpty() && !added.isEmpty();
    }
  }

  /** The words of {@code s}, case kept, punctuation dropped ("it’s" stays one word). */
  public static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split("[^\\p{L}\\p{N}'’.-]+")) {
      String t = w.replaceAll("^[.'’-]+|[.'’-]+$", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The changed regions between {@code a} and {@code b}, in order. */
  public static List<Change> changes(List<String> a, List<String> b) {
    List<Change> out = new ArrayList<>();
    if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
      List<String> removed = new ArrayList<>(a);
      List<String> added = new ArrayList<>(b);
      for (String w : a) {
        added.remove(w);
      }
      for (String w : b) {
        removed.remove(w);
      }
      if (!removed.isEmpty() || !added.isEmpty()) {
        out.add(new Change(removed, added));
      }
      return out;
    }
    // Deltas are maximal and separated by matched words, so a delta is interior unless it
    // touches the start or the end of both wordings.
    for (AbstractDelta<String> d : DiffUtils.diff(a, b, WordDiff::same).getDeltas()) {
      Chunk<String> from = d.getSource();
      Chunk<String> to = d.getTarget();
      boolean matchedBefore = from.getPosition() > 0 || to.getPosition() > 0;
      boolean matchedAfter =
          from.getPosition() + from.size() < a.size() || to.getPosition() + to.size() < b.size();
      out.add(new Change(from.getLines(), to.getLines(), matchedBefore && matchedAfter));
    }
    return out;
  }

  private static boolean same(String x, String y) {
    return x.equalsIgnoreCase(y);
  }

  /** "-NATO -I -mean +Ukraine" style summary. */
  public static String describe(List<Change> changes) {
    StringBuilder sb = new StringBuilder();
    for (Change c : changes) {
      for (String w : c.removed()) {
        sb.append(sb.isEmpty() ? "" : " ").append('-').append(w);
      }
      for (String w : c.added()) {
        sb.append(sb.isEmpty() ? "" : " ").append('+').append(w);
      }
    }
    return sb.toString();
  }

  /**
   * Whether the changes can change meaning: a negation, number or name added, dropped or replaced,
   * or any content word replaced by another. Dropped filler and function words do not.
   */
  public static boolean changesMeaning(List<Change> changes) {
    for (Change c : changes) {
      if (String.join("", c.removed()).equalsIgnoreCase(String.join("", c.added()))) {
        continue; // "NordStream" / "Nord Stream"
      }
      for (String w : concat(c.removed(), c.added())) {
        String lw = w.toLowerCase(Locale.ROOT);
        if (NEGATIONS.contains(lw)
            || lw.endsWith("n't")
            || lw.endsWith("n’t")
            || Character.isDigit(w.charAt(0))
            || Character.isUpperCase(w.charAt(0)) && !lw.equals("i")) {
          return true;
        }
      }
      if (c.isSubstitution() && hasContent(c.removed()) && hasContent(c.added())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasContent(List<String> words) {
    for (String w : words) {
      if (!Tokens.STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
