// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageHintsTest {
  private static Article article(String text) {
    return Article.ofText("a1", "test", text);
  }

  @Test
  void aParserSubjectReplacesTheRuleSpeakerPhrase() {
    String text = "The man who runs the bakery on Main Street said the talks had failed badly.";
    // Without a parser the relative clause hides the subject: the rules find no speaker.
    assertThat(new RuleQuoteExtractor().extract(article(text)))
        .noneMatch(a -> a.speaker().contains("man"));
    int start = text.indexOf("The man");
    int end = text.indexOf(" who");
    LanguageHints parsed =
        new LanguageHints() {
          @Override
          public Optional<SpeakerSpan> subjectOf(int cueStart) {
            return cueStart == text.indexOf("said")
                ? Optional.of(new SpeakerSpan(start, end))
                : Optional.empty();
          }
        };
    List<Attribution> found = new RuleQuoteExtractor(a -> parsed).extract(article(text));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker()).isEqualTo("The man");
    assertThat(found.get(0).kind()).isEqualTo(SpeakerKind.NOMINAL);
    assertThat(found.get(0).text()).isEqualTo("the talks had failed badly");
  }

  @Test
  void nerPersonsResolvePronounsWhenNoSpeakerPrecedes() {
    String text = "Officials met Angela Merkel in Berlin on Monday. “We are ready,” she said.";
    int s = text.indexOf("Angela");
    LanguageHints ner =
        new LanguageHints() {
          @Override
          public List<Name> names() {
            return List.of(new Name(s, s + "Angela Merkel".length(), "PERSON"));
          }
        };
    Attribution a = new RuleQuoteExtractor(x -> ner).extract(article(text)).get(0);
    assertThat(a.kind()).isEqualTo(SpeakerKind.PRONOUN_RESOLVED);
    assertThat(a.speaker()).isEqualTo("Angela Merkel");
  }
}
