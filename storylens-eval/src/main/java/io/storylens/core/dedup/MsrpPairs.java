// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import io.storylens.model.ErrorCode;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads MSRP-style pair files: {@code Quality, #1 ID, #2 ID, #1 String, #2 String} (TSV). */
public final class MsrpPairs {
  private MsrpPairs() {}

  /** One labelled sentence pair. */
  public record Pair(boolean paraphrase, String a, String b) {}

  /**
   * The pair files in {@code dir}: {@code msr_paraphrase_*.txt} except the sentence table ({@code
   * msr_paraphrase_sentences_*}); {@code dir} may also be one pair file. Sorted by name.
   */
  public static List<Path> files(Path dir) {
    if (Files.isRegularFile(dir)) {
      return List.of(dir);
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith("msr_paraphrase_")
                    && n.endsWith(".txt")
                    && !n.startsWith("msr_paraphrase_sentences");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, "cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The pairs of one file; lines that are not 5 tab-separated fields with a 0/1 label fail. */
  public static List<Pair> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "");
      if (line.isBlank() || (i == 0 && line.startsWith("Quality"))) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5 || !(f[0].equals("0") || f[0].equals("1"))) {
        throw new StorylensException(
            ErrorCode.INVALID_INPUT,
            file
                + " line "
                + (i + 1)
                + ": expected Quality(0/1), #1 ID, #2 ID, #1 String, #2 String");
      }
      out.add(new Pair(f[0].equals("1"), f[3], f[4]));
    }
    return out;
  }

  /** Every sentence of the pairs, for IDF counting. */
  public static List<String> sentences(List<Pair> pairs) {
    List<String> out = new ArrayList<>(pairs.size() * 2);
    for (Pair p : pairs) {
      out.add(p.a());
      out.add(p.b());
    }
    return out;
  }
}
