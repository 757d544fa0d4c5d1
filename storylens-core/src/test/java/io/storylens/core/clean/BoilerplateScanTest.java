// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylens.model.json.Json;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsSharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Boilerplate}'s fast path (one combined pattern ruling out most paragraphs, substring gates
 * that ignore ASCII case without a lower-cased copy) picks the same rule as trying every rule in
 * turn with the lower-cased paragraph, as first written.
 */
class BoilerplateScanTest {
  private static final String[] PIECES = {
    "Read more",
    "READ MORE:",
    "See also: ",
    "related stories",
    "Sign up for our ",
    "newsletter",
    "NEWSLETTER",
    "a daily newsletter",
    "A Weekly Newsletter",
    "share this",
    "Follow us",
    "Photo: ",
    "(Photo by AP)",
    "photo",
    "Advertisement",
    "Copyright ",
    "© ",
    "(c) 2020",
    "Reporting by ",
    "Editing by",
    "republished with the permission of ",
    "reprinted by permission",
    "PERMİSSION",
    "permiſſion",
    "pic.twitter.com/abc",
    " (@user)",
    "PIC.TWITTER.COM/x",
    "Officials said",
    " ",
    ": ",
    ".",
    "\r",
    "\u2028",
    "İ",
    "\u212A",
    "x".repeat(70),
    "y".repeat(200),
  };

  @Test
  void picksTheSameRuleAsTryingEveryRule() throws Exception {
    List<String> paragraphs = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 30_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(1, 6); k > 0; k--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      paragraphs.add(b.toString());
    }
    for (Path seed : Files.list(Fixtures.seeds()).sorted().toList()) {
      paragraphs.addAll(Cleaner.paragraphs(Files.readString(seed)));
    }
    int removed = 0;
    for (String p : paragraphs) {
      String reason = Boilerplate.reasonFor(p);
      assertThat(reason).as(p).isEqualTo(reference(p));
      removed += reason == null ? 0 : 1;
    }
    assertThat(removed).isBetween(1000, paragraphs.size() - 1000); // both answers exercised
  }

  @NeedsSharedData
  @Test
  void picksTheSameRuleOnTheDevSet() throws Exception {
    Path dev = Fixtures.sharedData("news-clusters").resolve("dev.jsonl");
    int checked = 0;
    for (String line : Files.readAllLines(dev)) {
      JsonNode n = Json.mapper().readTree(line);
      for (String p : Cleaner.paragraphs(n.path("text").asText())) {
        assertThat(Boilerplate.reasonFor(p)).as(p).isEqualTo(reference(p));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  /** Every rule in turn, the substring looked up in the lower-cased paragraph. */
  private static String reference(String paragraph) {
    String lower = paragraph.toLowerCase(Locale.ROOT);
    for (Boilerplate.Rule rule : Boilerplate.PARAGRAPH_RULES) {
      if (paragraph.length() <= rule.maxLength()
          && (rule.mustContain().isEmpty() || lower.contains(rule.mustContain()))
          && rule.pattern().matcher(paragraph).lookingAt()) {
        return rule.reason();
      }
    }
    return null;
  }
}
