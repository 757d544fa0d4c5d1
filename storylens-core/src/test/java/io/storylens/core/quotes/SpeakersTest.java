// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.testkit.NeedsModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers resolved to the entities an article names, on sentences of real articles (the names
 * typed as CoreNLP's NER types them; a name may be given several types, as NER does by context).
 */
class SpeakersTest {
  /** Extracts with NER hints: every occurrence of each "Name:TYPE" pair is a mention. */
  private static List<Attribution> extract(String text, String... typedNames) {
    return SpeakerStrategiesTest.extract("a1", text, typedNames);
  }

  private static Attribution quoteStarting(List<Attribution> found, String start) {
    return found.stream().filter(a -> a.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void aDescriptionIsTheNameItStandsInAppositionTo() {
    String text =
        "However, Berlin's safe zone has come under some criticism. The chairman of Germany's"
            + " police union, Rainer Wendt, criticized the plan. “Whoever came up with this idea"
            + " did not understand its political dimension,” the chairman said.";
    Attribution a = quoteStarting(extract(text, "Rainer Wendt:PERSON"), "Whoever");
    assertThat(a.speaker()).isEqualTo("Rainer Wendt");
    assertThat(a.kind()).isEqualTo(SpeakerKind.NOMINAL_RESOLVED);
  }

  @Test
  void aSurnameTakesTheFullestNameOfTheArticle() {
    String text =
        "NPR's Ofeibea Quist-Arcton reports from Dakar.\nAs Ofeibea explains, “till now there is"
            + " only one confirmed release of one of the students,” Ofeibea said.";
    Attribution a =
        quoteStarting(extract(text, "Ofeibea Quist-Arcton:PERSON", "Ofeibea:PERSON"), "till now");
    assertThat(a.speaker()).isEqualTo("Ofeibea Quist-Arcton");
  }

  @Test
  void aNameWithAPossessiveInsideIsNoFullerFormOfThePerson() {
    // The tagger reads "Elon Musk's SpaceX" as one organization: a thing of Musk's, not his name.
    String text =
        "Elon Musk's SpaceX will launch the rocket next week.\n“Test flights of new rockets"
            + " usually contain mass simulators,” Musk said.";
    Attribution a =
        quoteStarting(
            extract(text, "Elon Musk's SpaceX:ORGANIZATION", "Musk:PERSON"), "Test flights");
    assertThat(a.speaker()).isEqualTo("Musk");
  }

  @Test
  void aPronounStandsForTheSubjectOfTheSentenceThatNamedThePersonNotALaterName() {
    String text =
        "Earlier in the day, Lai Mohammed, the minister of information and culture, denied"
            + " preliminary reports that Boko Haram fighters might have been released in exchange"
            + " for the girls.\n“Please note that this is not a swap,” he said.";
    // NER types "Boko Haram" as a person here and as an organization elsewhere in the article.
    Attribution a =
        quoteStarting(
            extract(
                text + "\nBoko Haram has held the girls since 2014. Boko Haram is an armed group.",
                "Lai Mohammed:PERSON",
                "Boko Haram fighters:PERSON",
                "Boko Haram has:ORGANIZATION",
                "Boko Haram is:ORGANIZATION"),
            "Please note");
    assertThat(a.speaker()).isEqualTo("Lai Mohammed");
    assertThat(a.kind()).isEqualTo(SpeakerKind.PRONOUN_RESOLVED);
  }

  @Test
  void aPronounAfterAnUnnamedSpeakerContinuesThatSpeaker() {
    String text =
        "Noor Mohammad Faiz, the head of the provincial hospital, counted 128 wounded.\n“The"
            + " attack was suppressed in the early hours of Friday,” a foreign ministry spokesman"
            + " said.\n“All German employees of the consulate general are safe and"
            + " uninjured,” he said.";
    Attribution a = quoteStarting(extract(text, "Noor Mohammad Faiz:PERSON"), "All German");
    assertThat(a.speaker()).isEqualTo("a foreign ministry spokesman");
    assertThat(a.kind()).isEqualTo(SpeakerKind.NOMINAL);
  }

  @Test
  void anIndefiniteDescriptionStaysUnresolvedUnlessEveryWordFits() {
    String text =
        "A Taliban spokesman, Zabihullah Mujahid, called the attack a reprisal.\nA German foreign"
            + " ministry spokesman said: “The consulate staff are safe and accounted for tonight.”";
    Attribution a =
        quoteStarting(extract(text, "Zabihullah Mujahid:PERSON"), "The consulate staff");
    assertThat(a.kind()).isEqualTo(SpeakerKind.NOMINAL);
    assertThat(a.speaker()).isEqualTo("A German foreign ministry spokesman");
  }

  @Test
  void aBylineOrCaptionNameNeverSpeaks() {
    String text =
        "By Paula Bronstein\nOfficials gathered in Kabul on Friday after the attack on the"
            + " consulate.\n“We will rebuild the consulate as soon as we can,” she said.";
    Attribution a = quoteStarting(extract(text, "Paula Bronstein:PERSON"), "We will rebuild");
    assertThat(a.speaker()).isNotEqualTo("Paula Bronstein");
  }

  @Test
  void aPlaceNeverSpeaks() {
    String text =
        "The plane went down in Guanacaste.\n“All emergency services were activated from the"
            + " moment the first alert was received,” Costa Rica said.";
    Attribution a =
        quoteStarting(extract(text, "Costa Rica:LOCATION", "Guanacaste:LOCATION"), "All emergency");
    assertThat(a.speaker()).isEmpty();
    assertThat(a.kind()).isEqualTo(SpeakerKind.UNKNOWN);
  }

  @Test
  void aCapitalizedCommonNounIsADescriptionNotAName() {
    String text =
        "Cincinnati Zoo director Thane Maynard defended the decision.\nFirefighters tell WLWT that"
            + " the child \"was in between the gorilla's legs at the time of the kill-shot.\"";
    Attribution a =
        quoteStarting(
            extract(
                text, "Thane Maynard:PERSON", "Cincinnati Zoo:ORGANIZATION", "WLWT:ORGANIZATION"),
            "was in between");
    assertThat(a.speaker()).isEqualTo("Firefighters");
    assertThat(a.kind()).isEqualTo(SpeakerKind.NOMINAL);
  }

  @Test
  void aPronounIsNeverShownAsTheSpeakersName() {
    String text =
        "Uma Thurman met Harvey Weinstein in Paris. He had a chokehold on the type of films and"
            + " directors that were right for me.”\nThings soon went off-kilter in a meeting in his"
            + " Paris hotel room. “It went right over my head,” she says.\n“I didn’t feel"
            + " threatened,” she recalls. “I thought he was being super idiosyncratic.”";
    for (Attribution a : extract(text, "Uma Thurman:PERSON", "Harvey Weinstein:PERSON")) {
      assertThat(a.speaker()).isNotIn("He", "he", "She", "she");
    }
  }

  @Test
  @NeedsModels
  void sheStandsForTheWomanNamedLastNotTheManNamedAfterHer() {
    String text =
        "Uma Thurman says. (Quentin Tarantino did not respond to requests for comment.)\nIt’s"
            + " frightening to watch"
            + " Thurman wrestle with the car, as it drifts off the road and"
            + " smashes into a palm tree. Tarantino leans in and Thurman flashes a relieved smile"
            + " when she realizes that she can briefly stand.\n“The steering wheel was at my belly"
            + " and my legs were jammed under me,” she says.";
    Attribution a =
        quoteStarting(
            extract(
                text,
                "Uma Thurman:PERSON",
                "Quentin Tarantino:PERSON",
                "Thurman:PERSON",
                "Tarantino:PERSON"),
            "The steering wheel");
    assertThat(a.speaker()).isEqualTo("Uma Thurman");
    assertThat(a.kind()).isEqualTo(SpeakerKind.PRONOUN_RESOLVED);
  }

  @Test
  @NeedsModels
  void aFirstNameTellsTheGenderAPronounAgreesWith() {
    assertThat(NameGender.agreement("she", "Uma Thurman")).isEqualTo(1);
    assertThat(NameGender.agreement("she", "Quentin Tarantino")).isEqualTo(-1);
    assertThat(NameGender.agreement("he", "Quentin Tarantino")).isEqualTo(1);
    assertThat(NameGender.agreement("he", "Tarantino")).isZero(); // a surname tells nothing
    assertThat(NameGender.agreement("they", "Uma Thurman")).isZero();
  }
}
