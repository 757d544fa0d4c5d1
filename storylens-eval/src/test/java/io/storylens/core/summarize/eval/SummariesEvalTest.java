// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.summarize.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storylens.core.eval.EvalTasks;
import io.storylens.model.Article;
import io.storylens.model.StorylensException;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummariesEvalTest {
  @NeedsSharedData
  @Test
  void scoresStorylensAndBothBaselinesOnThreeDucTopics() {
    Path duc = Fixtures.sharedData("duc2006");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Map<String, Object> f =
        new SummariesEval(3).run(duc, new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertThat(f).containsKeys("rouge1_r", "rouge2_r", "lead_rouge2_r", "lexrank_rouge2_r", "sets");
    assertThat(f.get("sets")).isEqualTo(3);
    double r2 = (double) f.get("rouge2_r");
    assertThat(r2).isBetween(0.0, 1.0);
    assertThat(r2).isGreaterThan((double) f.get("lead_rouge2_r"));
    assertThat((double) f.get("rouge1_r")).isGreaterThan(r2);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("D0601A", "mean over 3 sets");
    assertThat(EvalTasks.find("summaries")).isPresent();
  }

  @NeedsSharedData
  @Test
  void readsTrecSgmlAndStripsDatelines() {
    Path duc = Fixtures.sharedData("duc2006");
    DucCorpus.Topic t = DucCorpus.read(duc).get(0);
    assertThat(t.id()).isEqualTo("D0601A");
    assertThat(t.models()).hasSize(4);
    assertThat(t.query()).contains("reservation");
    Article first = t.documents().get(0);
    assertThat(first.id()).isEqualTo("APW19990707.0181");
    assertThat(first.text()).startsWith("President Clinton turned the attention");
    assertThat(first.publishedDate()).map(Object::toString).contains("1999-07-07");
  }

  @Test
  void rejectsAFolderThatIsNotDuc(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> new SummariesEval().run(dir, System.out))
        .isInstanceOf(StorylensException.class)
        .hasMessageContaining("topics.sgml is missing");
    Files.writeString(dir.resolve("topics.sgml"), "<topic><num> D0999Z </num></topic>");
    assertThatThrownBy(() -> new SummariesEval().run(dir, System.out))
        .hasMessageContaining("no topic with both documents and model summaries");
    Path docs = Files.createDirectories(dir.resolve("docs/D0999Z"));
    Files.write(docs.resolve("BROKEN"), new byte[] {0, 1, 2, (byte) 0xff});
    Files.createDirectories(dir.resolve("models"));
    Files.writeString(dir.resolve("models/D0999.M.250.Z.A"), "A model summary.");
    Map<String, Object> f = new SummariesEval().run(dir, System.out);
    assertThat(f.get("rouge2_r")).isEqualTo(0.0); // no readable document: empty summary
  }
}
