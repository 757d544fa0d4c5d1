// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.model.StorylensException;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paraphrase eval on a slice of MSRP train; the sentence table is not a pair file. */
class ParaphraseEvalTest {
  @TempDir Path dir;

  @NeedsSharedData
  @Test
  void scoresPairFilesAndSkipsTheSentenceTable() throws IOException {
    Path msrp = Fixtures.sharedData("msrp");
    List<String> lines = Files.readAllLines(msrp.resolve("msr_paraphrase_train.txt"));
    Files.write(dir.resolve("msr_paraphrase_slice.txt"), lines.subList(0, 601));
    Files.write(
        dir.resolve("msr_paraphrase_sentences_slice.txt"),
        Files.readAllLines(msrp.resolve("msr_paraphrase_sentences_train.txt")).subList(0, 50));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Map<String, Object> figures =
        new ParaphraseEval().run(dir, new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertThat(figures).containsEntry("pairs", 600);
    assertThat((double) figures.get("accuracy")).isBetween(0.68, 0.9);
    assertThat((double) figures.get("f1")).isBetween(0.75, 0.95);
    // The model with embeddings is fitted on the same train file: a broken feature order or a
    // missing embedding would drop it towards the 0.67 of always saying "paraphrase".
    assertThat((double) figures.get("embedding_accuracy")).isBetween(0.74, 0.9);
    assertThat((double) figures.get("embedding_f1")).isBetween(0.75, 0.95);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("with embeddings");
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("msr_paraphrase_slice.txt");
  }

  @Test
  void rejectsFoldersWithoutPairFilesAndMalformedLines() throws IOException {
    assertThatThrownBy(() -> new ParaphraseEval().run(dir, System.out))
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("no msr_paraphrase");
    Files.writeString(dir.resolve("msr_paraphrase_bad.txt"), "Quality\tx\n7\tonly two\n");
    assertThatThrownBy(() -> new ParaphraseEval().run(dir, System.out))
        .hasMessageContaining("msr_paraphrase_bad.txt line 2");
  }

  @Test
  void similarityOrdersRealParaphrasesAboveUnrelatedSentences() {
    SentenceSimilarity sim = new SentenceSimilarity(Idf.uniform());
    double para =
        sim.probability(
            "Amrozi accused his brother, whom he called \"the witness\", of deliberately"
                + " distorting his evidence.",
            "Referring to him as only \"the witness\", Amrozi accused his brother of deliberately"
                + " distorting his evidence.");
    double other =
        sim.probability(
            "Amrozi accused his brother of deliberately distorting his evidence.",
            "Russia has had tens of thousands of troops amassed on its border with Ukraine.");
    assertThat(para).isGreaterThan(SentenceSimilarity.THRESHOLD);
    assertThat(other).isLessThan(0.1);
    assertThat(sim.probability("", "")).isBetween(0.0, 1.0);
  }
}
