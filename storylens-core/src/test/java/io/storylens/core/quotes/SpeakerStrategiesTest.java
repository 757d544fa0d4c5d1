// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylens.model.Article;
import io.storylens.model.SpeakerEvidence;
import io.storylens.testkit.Fixtures;
import io.storylens.testkit.NeedsModels;
import io.storylens.testkit.NeedsSharedData;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The speaker strategies that run after the nearest-name rules, each on sentences of the
 * development events' articles ({@code news-clusters/dev.jsonl}), with the names typed as CoreNLP's
 * NER types them there.
 */
class SpeakerStrategiesTest {
  /** Extracts with NER hints: every occurrence of each "Name:TYPE" pair is a mention. */
  static List<Attribution> extract(String id, String text, String... typedNames) {
    List<LanguageHints.Name> names = new ArrayList<>();
    for (String typed : typedNames) {
      int colon = typed.lastIndexOf(':');
      String name = typed.substring(0, colon);
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        names.add(new LanguageHints.Name(i, i + name.length(), typed.substring(colon + 1)));
      }
    }
    names.sort(Comparator.comparingInt(LanguageHints.Name::start));
    LanguageHints hints =
        new LanguageHints() {
          @Override
          public List<Name> names() {
            return names;
          }
        };
    return new RuleQuoteExtractor(a -> hints).extract(Article.ofText(id, "test", text));
  }

  private static Attribution quoteStarting(List<Attribution> found, String start) {
    return found.stream().filter(a -> a.text().startsWith(start)).findFirst().orElseThrow();
  }

  static Stream<Arguments> relayedSpeech() {
    return Stream.of(
        Arguments.of(
            "Martin Bamford, 30, a passenger, said the train sped up and “everyone just literally"
                + " went flying,” the Associated Press reports.",
            List.of("Martin Bamford:PERSON", "Associated Press:ORGANIZATION"),
            "everyone just",
            "Martin Bamford"),
        Arguments.of(
            "Psychology experts say the worst-case scenarios of tech overuse include heightened"
                + " risks for depression, anxiety, and thoughts or attempts of suicide.\n\"The"
                + " decline in happiness and the rise in depression might be caused by the overuse"
                + " of screens leaving less time for activities more beneficial for mental health"
                + " such as seeing friends in person, sports and exercise, and sleeping,\""
                + " psychologist Jean Twenge, author of the book \"iGen\" and coauthor on numerous"
                + " studies of tech addiction, told Business Insider.",
            List.of("Jean Twenge:PERSON", "Business Insider:ORGANIZATION"),
            "The decline",
            "Jean Twenge"),
        Arguments.of(
            "Miguel John, who was on a bus to Bromley when it stopped by Sandilands tram stop, told"
                + " the Standard: \"The road hadn't been shut off yet but emergency services were"
                + " already at the scene.\"",
            List.of("Miguel John:PERSON", "Bromley:LOCATION", "Standard:ORGANIZATION"),
            "The road",
            "Miguel John"));
  }

  /** Speakers found elsewhere than at the cue: behind an outlet, or as the salient organization. */
  @ParameterizedTest
  @MethodSource({"relayedSpeech", "salientOrganizations"})
  void speakerBehindTheCue(String text, List<String> names, String start, String speaker) {
    List<Attribution> said =
        extract("a", text, names.toArray(String[]::new)).stream()
            .filter(a -> a.text().contains(start) && a.hasSpeaker())
            .toList();
    assertThat(said).isNotEmpty().allMatch(a -> a.speaker().equals(speaker), speaker);
  }

  @Test
  void anOutletReportingOnItsOwnAccountStaysTheSpeaker() {
    String text =
        "“Some 197 girls remain captive, though it is not known how many are still alive,” the"
            + " Associated Press reported.";
    Attribution a =
        quoteStarting(extract("a", text, "Associated Press:ORGANIZATION"), "Some 197 girls");
    assertThat(a.speaker()).isEqualTo("Associated Press");
  }

  static Stream<Arguments> articledOrganizations() {
    return Stream.of(
        Arguments.of(
            "\"The derailment occurred on the curve and initial indications suggest that the tram"
                + " was traveling at a significantly higher speed than is permitted,\" the RAIB said"
                + " in a statement.",
            List.of("RAIB:ORGANIZATION"),
            "The derailment",
            "RAIB",
            SpeakerKind.NAMED),
        Arguments.of(
            "\"At least seven people are now confirmed as having died,\" the British Transport"
                + " Police said.",
            List.of("British Transport Police:ORGANIZATION"),
            "At least seven",
            "British Transport Police",
            SpeakerKind.NAMED),
        // A family with an article is not an organization: the description stays as written.
        Arguments.of(
            "\"They were the kind of people you would want as neighbours,\" the Steinbergs said.",
            List.of("Steinbergs:PERSON"),
            "They were",
            "the Steinbergs",
            SpeakerKind.NOMINAL));
  }

  /** Descriptions that are names: an organization with its article, a name heading a phrase. */
  @ParameterizedTest
  @MethodSource({"articledOrganizations", "namedDescriptions"})
  void descriptionsThatAreNames(
      String text, List<String> names, String start, String speaker, SpeakerKind kind) {
    Attribution a = quoteStarting(extract("a", text, names.toArray(String[]::new)), start);
    assertThat(a.speaker()).isEqualTo(speaker);
    assertThat(a.kind()).isEqualTo(kind);
  }

  static Stream<Arguments> namedDescriptions() {
    return Stream.of(
        Arguments.of(
            "Broadcom shares edged up 0.2 percent to $235.77.\n“Qualcomm and its board now have a"
                + " tough decision, as this is a compelling offer in our opinion,” said analyst"
                + " Daniel Ives of GBH Insights.\nSingapore-based Broadcom is mainly a manufacturer.",
            List.of(
                "Broadcom:ORGANIZATION",
                "Qualcomm:ORGANIZATION",
                "Daniel Ives:PERSON",
                "GBH Insights:ORGANIZATION"),
            "Qualcomm and its board",
            "Daniel Ives",
            SpeakerKind.NAMED),
        Arguments.of(
            "''The problem with the nuclear propulsion system is that if the submarine has damaged"
                + " itself while it was running aground, then you've got a reasonable chance that"
                + " there will be some sort of radioactive leakage,'' said Lionel Trippett of the"
                + " Campaign for Nuclear Disarmament.",
            List.of("Lionel Trippett:PERSON", "Campaign for Nuclear Disarmament:ORGANIZATION"),
            "The problem",
            "Lionel Trippett",
            SpeakerKind.NAMED),
        Arguments.of(
            "“I can’t wait to see it fly and to see it fly again and again,” said the Southwest"
                + " Research Institute’s Alan Stern. He’s the lead scientist for NASA’s New"
                + " Horizons spacecraft.",
            List.of("Southwest Research Institute:ORGANIZATION", "Alan Stern:PERSON"),
            "I can’t wait",
            "Alan Stern",
            SpeakerKind.NAMED),
        Arguments.of(
            "“Likud completed the task of laying the mines for the diplomatic peace process that"
                + " Trump began with the false recognition of Jerusalem as a capital,” Ilan Gilon"
                + " of the Meretz party said.",
            List.of("Ilan Gilon:PERSON", "Meretz:ORGANIZATION", "Trump:PERSON"),
            "Likud completed",
            "Ilan Gilon",
            SpeakerKind.NAMED),
        Arguments.of(
            "\"Our firm did not maintain any business relationship or conduct business with or for"
                + " Mr. Eugenio Figueredo,\" the legal firm J.P. Damiani said in a statement to"
                + " CNN.",
            List.of("J.P. Damiani:ORGANIZATION", "Eugenio Figueredo:PERSON", "CNN:ORGANIZATION"),
            "Our firm",
            "J.P. Damiani",
            SpeakerKind.NAMED),
        // A name after a preposition is whom the speaker speaks for, not the speaker.
        Arguments.of(
            "“We express our condolences to all those affected by this tragedy,” a spokesperson"
                + " for the US State Department said.",
            List.of("US State Department:ORGANIZATION"),
            "We express",
            "a spokesperson for the US State Department",
            SpeakerKind.NOMINAL),
        // The language layer tagged only the tail of the organization's name.
        Arguments.of(
            "The Prime Minister's Bureau rejected any claims that the transfer of funds had"
                + " anything to do with Netanyahu's meeting on Tuesday, stating, \"The decision has"
                + " no connection to the meeting with the rabbis.\"",
            List.of("Bureau:ORGANIZATION", "Netanyahu:PERSON"),
            "The decision",
            "The Prime Minister's Bureau",
            SpeakerKind.NOMINAL),
        // A name before the head noun modifies it.
        Arguments.of(
            "“Payload will be my midnight cherry Tesla Roadster,” The SpaceX frontman wrote.",
            List.of("SpaceX:ORGANIZATION"),
            "Payload will",
            "The SpaceX frontman",
            SpeakerKind.NOMINAL));
  }

  static Stream<Arguments> salientOrganizations() {
    return Stream.of(
        Arguments.of(
            "\"We're getting ready for the next major system update for PS4, and can use some help"
                + " from PS4 owners to test it out ahead of launch,\" writes Sony.\nThe company"
                + " added that players who sign up will \"get an advance look at some of the"
                + " improvements and new features coming to PS4\".",
            List.of("Sony:ORGANIZATION"),
            "get an advance",
            "Sony"),
        Arguments.of(
            "To understand the issue, listen to the Planet Money piece we embedded above. To"
                + " understand how all of this can affect an entire city, read the Miami Herald's"
                + " piece based on the papers.\nIt may not be all dirty money flowing through South"
                + " Florida.\nThe bottom line, the paper reports: \"Money from people linked to"
                + " wrongdoing abroad is helping to power the gleaming condo towers rising on South"
                + " Florida's waterfront.\"",
            List.of(
                "Planet Money:ORGANIZATION", "Miami Herald:ORGANIZATION", "South Florida:LOCATION"),
            "Money from people",
            "Miami Herald"),
        // A report credit names the outlet, which is not what "the zoo" stands for.
        Arguments.of(
            "Details on sad incident at Cincinnati Zoo today: https://t.co/s9bYFTef0H — Cincinnati"
                + " Zoo (@CincinnatiZoo) May 28, 2016\nZoo Director Thane Maynard said the animal"
                + " didn't appear to be attacking the boy, but he said it was “an extremely strong”"
                + " animal in an agitated situation, according to AP reports.\nThe Zoo’s Dangerous"
                + " Animal Response Team “responded to the life-threatening situation and made the"
                + " difficult decision to dispatch the gorilla,” the zoo said.",
            List.of("Cincinnati Zoo:ORGANIZATION", "Thane Maynard:PERSON", "AP:ORGANIZATION"),
            "responded to",
            "Cincinnati Zoo"),
        // Nothing named before it: the description stays as written, for the model to doubt.
        Arguments.of(
            "\"We are cooperating fully with investigators,\" the company said. Later, Backroads"
                + " said the trip had been cancelled.",
            List.of("Backroads:ORGANIZATION"),
            "We are cooperating",
            "the company"));
  }

  static Stream<Arguments> jointSpeakers() {
    return Stream.of(
        Arguments.of(
            "In September 2017, Fergie and Josh Duhamel announced they were separating after eight"
                + " years of marriage. \"To give our family the best opportunity to adjust, we"
                + " wanted to keep this a private matter,\" the couple said in a joint statement.",
            List.of("Fergie:PERSON", "Josh Duhamel:PERSON"),
            "To give",
            "Fergie and Josh Duhamel"),
        Arguments.of(
            "Actors Chris Pratt and Anna Faris announced August 6 that they were separating after"
                + " eight years of marriage. \"We tried hard for a long time, and we're really"
                + " disappointed,\" they said in separate social media posts.",
            List.of("Chris Pratt:PERSON", "Anna Faris:PERSON"),
            "We tried",
            "Chris Pratt and Anna Faris"),
        Arguments.of(
            "\"Mad Men\" actor Jon Hamm and filmmaker Jennifer Westfeldt split in 2015. \"With"
                + " great sadness, we have decided to separate, after 18 years of love and shared"
                + " history,\" the pair said.",
            List.of("Jon Hamm:PERSON", "Jennifer Westfeldt:PERSON"),
            "With great",
            "Jon Hamm and Jennifer Westfeldt"));
  }

  @ParameterizedTest
  @MethodSource
  void jointSpeakers(String text, List<String> names, String start, String speaker) {
    Attribution a = quoteStarting(extract("a", text, names.toArray(String[]::new)), start);
    assertThat(a.speaker()).isEqualTo(speaker);
    assertThat(a.kind()).isEqualTo(SpeakerKind.NOMINAL_RESOLVED);
  }

  @Test
  void aCoupleNobodyNamesTogetherStaysADescription() {
    String text =
        "Kris Jenner filed for divorce. \"We will always have much love and respect for each"
            + " other,\" the couple said.";
    Attribution a = quoteStarting(extract("a", text, "Kris Jenner:PERSON"), "We will");
    assertThat(a.speaker()).isEqualTo("the couple");
  }

  @Test
  void aDocumentSpeaksForWhoeverIssuedItBefore() {
    String text =
        "Bruce and Irene Steinberg, and their three children were congregants at the town's"
            + " Westchester Reform Temple, said Rabbi Jonathan Blake in a statement posted on"
            + " Facebook.\n\"This tragedy hits our community very hard. Bruce, Irene and their"
            + " children have been devoted members of WRT since 2001.\" the statement said.";
    Attribution a =
        quoteStarting(
            extract(
                "a",
                text,
                "Bruce:PERSON",
                "Irene Steinberg:PERSON",
                "Westchester Reform Temple:ORGANIZATION",
                "Jonathan Blake:PERSON"),
            "This tragedy");
    assertThat(a.speaker()).isEqualTo("Jonathan Blake");
    assertThat(a.kind()).isEqualTo(SpeakerKind.NOMINAL_RESOLVED);
  }

  @Test
  void aDocumentNoNameGoesWithStaysADescription() {
    String text =
        "The zoo’s gorilla exhibit would remain closed “until further notice,” the news release"
            + " stated.";
    Attribution a = quoteStarting(extract("a", text, "Harambe:PERSON"), "until further");
    assertThat(a.speaker()).isEqualTo("the news release");
  }

  static Stream<Arguments> fragments() {
    return Stream.of(
        // A participle cut from "Asked about the driver, he said": not a speaker.
        Arguments.of(
            "Martin Bamford was on the tram.\nAsked about the driver, he said: \"I asked him if he"
                + " was okay. He said 'yeah'.\"",
            List.of("Martin Bamford:PERSON"),
            "I asked",
            Set.of("", "Martin Bamford")),
        // A capitalized word inside a sentence is a name NER missed: it stays.
        Arguments.of(
            "However, Tramlink, which is owned by First Group, told Buzzfeed News the incidents were"
                + " “all very different from each other in scope and cause”.",
            List.of("First Group:ORGANIZATION", "Buzzfeed News:ORGANIZATION"),
            "all very",
            Set.of("Tramlink")));
  }

  @ParameterizedTest
  @MethodSource
  void fragments(String text, List<String> names, String start, Set<String> speakers) {
    Attribution a = quoteStarting(extract("a", text, names.toArray(String[]::new)), start);
    assertThat(a.speaker()).isIn(speakers);
  }

  /** The NYT profile of Uma Thurman (development event 54), as the shared corpus holds it. */
  private static String thurmanProfile() throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r =
        Files.newBufferedReader(
            Fixtures.sharedData("news-clusters").resolve("dev.jsonl"), StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = json.readTree(line);
        if (n.get("id").asText().startsWith("6500961852ee48f9")) {
          return n.get("text").asText();
        }
      }
    }
    throw new AssertionError("the Thurman profile is not in news-clusters/dev.jsonl");
  }

  @Test
  @NeedsSharedData
  void inAnInterviewSheSaysIsTheMainSpeakerNotWhoeverWasNamedLast() throws Exception {
    String text = thurmanProfile();
    List<Attribution> found =
        extract(
            "a",
            text,
            "Thurman:PERSON",
            "Weinstein:PERSON",
            "Eve:PERSON",
            "Tarantino:PERSON",
            "Rose McGowan:PERSON",
            "Ethan Hawke:PERSON",
            "Robert Thurman:PERSON");
    assertThat(MainSpeaker.main(found)).isEqualTo("Thurman");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("I knew him pretty well before he attacked me", "Thurman"); // not "Eve"
    expected.put("It went right over my head", "Thurman");
    expected.put("When they turned on me after the accident", "Thurman"); // not "Rose McGowan"
    for (var e : expected.entrySet()) {
      assertThat(quoteStarting(found, e.getKey()).speaker()).as(e.getKey()).isEqualTo(e.getValue());
    }
    // "her father, Robert Thurman", named once late, does not take over the profile's subject.
    assertThat(found).noneMatch(a -> a.speaker().equals("Robert Thurman"));
  }

  @Test
  void aNewsReportQuotingOfficialsInTurnHasNoMainSpeaker() {
    String text =
        "“Please note that this is not a swap,” Lai Mohammed said. “We are very happy,” Lawan"
            + " Zanna said. “It is a first step,” Lai Mohammed said. “They are home,” Yemi"
            + " Osinbajo said. “We will continue,” Garba Shehu said. “It is a release,” Lai"
            + " Mohammed said.";
    List<Attribution> found =
        extract(
            "a",
            text,
            "Lai Mohammed:PERSON",
            "Lawan Zanna:PERSON",
            "Yemi Osinbajo:PERSON",
            "Garba Shehu:PERSON");
    assertThat(found).hasSize(6);
    assertThat(MainSpeaker.main(found)).isNull();
  }

  @Test
  void aSurnameTakesTheFullNameOtherArticlesOfTheStoryGiveIt() {
    Map<String, List<Attribution>> byArticle = new LinkedHashMap<>();
    byArticle.put(
        "nyt",
        extract(
            "nyt",
            "“I knew him pretty well before he attacked me,” Thurman said.",
            "Thurman:PERSON"));
    byArticle.put(
        "bbc",
        extract("bbc", "“It was a bat to the head,” Uma Thurman said.", "Uma Thurman:PERSON"));
    // NER takes a title into the name: the same person, not a second one.
    byArticle.put(
        "ap",
        extract(
            "ap",
            "“I am angry,” Actress Uma Thurman told the newspaper.",
            "Actress Uma Thurman:PERSON"));
    byArticle.put(
        "reuters",
        extract("reuters", "“He was outstanding,” Jos Verstappen said.", "Jos Verstappen:PERSON"));
    byArticle.put(
        "espn", extract("espn", "“He drove well,” Max Verstappen said.", "Max Verstappen:PERSON"));
    byArticle.put("f1", extract("f1", "“I am proud,” Verstappen said.", "Verstappen:PERSON"));
    Map<String, List<Attribution>> out = StoryNames.complete(byArticle);
    assertThat(quoteStarting(out.get("nyt"), "I knew").speaker()).isEqualTo("Uma Thurman");
    // A surname two people of the story share stays as written.
    assertThat(quoteStarting(out.get("f1"), "I am proud").speaker()).isEqualTo("Verstappen");
  }

  static Stream<Arguments> confidenceFeatures() {
    int oneWordName = SpeakerConfidence.FEATURES.indexOf("one_word_name");
    int oneWordDescription = SpeakerConfidence.FEATURES.indexOf("one_word_description");
    int indefinite = SpeakerConfidence.FEATURES.indexOf("indefinite");
    int document = SpeakerConfidence.FEATURES.indexOf("document");
    return Stream.of(
        Arguments.of("Rihanna", SpeakerKind.NAMED, oneWordName),
        Arguments.of("network", SpeakerKind.NOMINAL, oneWordDescription),
        Arguments.of("A Met spokesman", SpeakerKind.NOMINAL, indefinite),
        Arguments.of("the news release", SpeakerKind.NOMINAL, document),
        Arguments.of("Uma Thurman", SpeakerKind.NAMED, -1));
  }

  @ParameterizedTest
  @MethodSource
  void confidenceFeatures(String candidate, SpeakerKind kind, int feature) {
    double[] x =
        SpeakerConfidence.features(
            kind,
            new SpeakerEvidence(
                candidate, kind.label(), 2, true, 1, 0, "cue", 0, false, "person", false, 0),
            1,
            true);
    for (String f : List.of("one_word_name", "one_word_description", "indefinite", "document")) {
      int j = SpeakerConfidence.FEATURES.indexOf(f);
      assertThat(x[j]).as(candidate + " " + f).isEqualTo(j == feature ? 1.0 : 0.0);
    }
  }

  @Test
  void aQuoteInsideASentenceIsOfferedToItsSubject() {
    Attribution a =
        quoteStarting(
            extract(
                "arians",
                "Arians retired on Monday. Shipley, through Twitter, congratulated Palmer on “one"
                    + " hell of a career.”",
                "Shipley:PERSON",
                "Palmer:PERSON",
                "Arians:PERSON",
                "Twitter:ORGANIZATION"),
            "one hell");
    assertThat(a.speaker()).isEqualTo("Shipley");
    // Palmer, named between the subject and the quote, is what makes such a speaker doubtful.
    assertThat(a.clues())
        .isEqualTo(new SpeakerClues(SentenceSubject.RULE, 2, true, "person", false, 0));
    double[] x = SpeakerConfidence.features(a.kind(), evidence(a), 1, true);
    assertThat(x[SpeakerConfidence.FEATURES.indexOf("rule_sentence_subject")]).isEqualTo(1.0);
    assertThat(x[SpeakerConfidence.FEATURES.indexOf("nearer_person")]).isEqualTo(1.0);
  }

  @Test
  void theCluesSayWhenAnotherPersonStandsBetweenTheSpeakerAndTheQuote() {
    Attribution a =
        quoteStarting(
            extract(
                "thurman",
                "Weinstein confirmed Friday that he apologized, an unusual admission from him,"
                    + " which spurred Thurman to wryly note, “His therapy must be working.”",
                "Weinstein:PERSON",
                "Thurman:PERSON"),
            "His therapy");
    // The rules give Weinstein; Thurman, named between him and the quote, is who noted it.
    assertThat(a.clues())
        .isEqualTo(new SpeakerClues(SpeakerClues.CUE, 1, true, "person", false, 0));
    double[] x = SpeakerConfidence.features(a.kind(), evidence(a), 1, true);
    assertThat(x[SpeakerConfidence.FEATURES.indexOf("nearer_person")]).isEqualTo(1.0);
    assertThat(x[SpeakerConfidence.FEATURES.indexOf("log_rivals")]).isEqualTo(Math.log(2));
  }

  /** Broadcom's bid for Qualcomm: a letter quoted over two paragraphs, and a quote in the prose. */
  private static final String BROADCOM =
      "In a letter to Qualcomm board members, Broadcom chief executive Hock Tan called the offer"
          + " “extremely compelling compared to any other alternative available to Qualcomm” and"
          + " called on the board to open talks on the proposal. But he said the deal would be off"
          + " the table if it fails to win approval next month by shareholders.\n"
          + "With Qualcomm’s debt included, the deal’s value would be some $146 billion.\n"
          + "“We continue to hope you choose to engage with us for the benefit of your"
          + " stockholders,” Tan said.\n"
          + "“However, we will withdraw this proposal and cease our pursuit of Qualcomm immediately"
          + " following your upcoming annual meeting unless we have entered into a definitive"
          + " agreement or the Broadcom-nominated slate is elected.”\n"
          + "Broadcom last year proposed a slate of 11 new Qualcomm board members.";

  private static final String[] BROADCOM_NAMES = {
    "Hock Tan:PERSON", "Tan:PERSON", "Qualcomm:ORGANIZATION", "Broadcom:ORGANIZATION"
  };

  @Test
  void aQuotedParagraphWithoutAttributionContinuesThePreviousOne() {
    List<Attribution> found = extract("broadcom", BROADCOM, BROADCOM_NAMES);
    Attribution first = quoteStarting(found, "We continue");
    assertThat(first.speaker()).isEqualTo("Hock Tan");
    assertThat(first.clues())
        .isEqualTo(new SpeakerClues(SpeakerClues.CUE, 0, false, "person", false, 1));
    Attribution next = quoteStarting(found, "However");
    assertThat(next.speaker()).isEqualTo("Hock Tan");
    assertThat(next.clues().rule()).isEqualTo(ParagraphContinuation.RULE);
  }

  @Test
  void aParagraphOfReportingBetweenEndsTheRun() {
    String text =
        BROADCOM.replace(
            " Tan said.\n",
            " Tan said.\nQualcomm chairman Paul Jacobs has rejected the earlier offer.\n");
    List<Attribution> found =
        extract("broadcom", text, "Paul Jacobs:PERSON", "Hock Tan:PERSON", "Tan:PERSON");
    assertThat(quoteStarting(found, "However").hasSpeaker()).isFalse();
  }

  private static SpeakerEvidence evidence(Attribution a) {
    return new SpeakerEvidence(
        a.speaker(),
        a.kind().label(),
        0,
        !a.cue().isEmpty(),
        1,
        0,
        a.clues().rule(),
        a.clues().rivals(),
        a.clues().nearerPerson(),
        a.clues().entityType(),
        a.clues().interview(),
        a.clues().cuedElsewhere());
  }

  static Stream<Arguments> captions() {
    return Stream.of(
        Arguments.of(
            "No wonder then that Nico Rosberg was content with second place that leaves him with a"
                + " 12 point lead in the championship with one to go.\nLewis Hamilton talks about how"
                + " good the team at Mercedes are\nHe added: \"It did not go my way. Lewis did a"
                + " great job but I can live with second.\"",
            List.of("Nico Rosberg:PERSON", "Lewis Hamilton:PERSON", "Lewis:PERSON"),
            "It did not",
            "Nico Rosberg"),
        Arguments.of(
            "Max Verstappen drove his way into the record books.\nThe champagne was flowing once"
                + " again for Lewis Hamilton (left) after he won in Brazil\n'The heartbeat went a bit"
                + " higher there,' he said coolly over the team radio.",
            List.of("Max Verstappen:PERSON", "Lewis Hamilton:PERSON", "Brazil:LOCATION"),
            "The heartbeat",
            "Max Verstappen"));
  }

  @Test
  void aLineOfProseIsNoCaption() {
    String text =
        "Hamilton's win was good but the real star was Verstappen.\nLewis Hamilton talks about"
            + " how good the team at Mercedes are\n'I was genuinely chilling up front,' he said.";
    assertThat(Captions.inCaption(text, text.indexOf("Verstappen"))).isFalse();
    assertThat(Captions.inCaption(text, text.indexOf("Lewis"))).isTrue();
    assertThat(Captions.inCaption(text, text.indexOf("chilling"))).isFalse();
  }

  static Stream<Arguments> genderAgreement() {
    return Stream.of(
        Arguments.of(
            "Uma Thurman went to Cannes.\nLater, by the pool under the Cypress trees at the"
                + " luxurious Hotel du Cap, Thurman recalls, Harvey Weinstein said he was hurt and"
                + " surprised by her accusations. She then firmly reiterated what happened in London."
                + " “At some point, his eyes changed and he went from aggressive to ashamed,” she says,"
                + " and he offered her an apology.",
            List.of("Uma Thurman:PERSON", "Thurman:PERSON", "Harvey Weinstein:PERSON"),
            "At some point",
            "Uma Thurman"),
        Arguments.of(
            "Michael Sheen in 2016 opened up to People about the dynamics of their relationship."
                + "\nDistance: Sarah Silverman explained that 'it got hard' to maintain the"
                + " relationship as they 'live in different countries'\nOut and about: Silverman"
                + " wore a black dress with fishnet stockings at the Grammys last month\n'So we did"
                + " say ... \"Can we please have a scene together?\"' he said.",
            List.of(
                "Michael Sheen:PERSON",
                "Sheen:PERSON",
                "Sarah Silverman:PERSON",
                "Silverman:PERSON",
                "People:ORGANIZATION"),
            "So we did",
            "Michael Sheen"));
  }

  static Stream<Arguments> storyDescriptions() {
    String abc =
        "\"Pulp Fiction\" director Quentin Tarantino has responded to an interview Uma Thurman"
            + " gave to The New York Times.\nThe director said: \"It affected me and Uma for the next"
            + " two to three years. It wasn't like we didn't talk. But a trust was broken.\"";
    String[] abcNames = {"Quentin Tarantino:PERSON", "Uma Thurman:PERSON", "Uma:PERSON"};
    String bbc =
        "Quentin Tarantino has said allowing Uma Thurman to drive a car that crashed on the set of"
            + " 2003 film Kill Bill is \"one of my most horrendous mistakes\".\nThe director said:"
            + " \"I love Michael, he's a terrific actor, but I didn't trust him with this kind of"
            + " intricate work, of nailing this.\"";
    String[] bbcNames = {"Quentin Tarantino:PERSON", "Uma Thurman:PERSON", "Michael:PERSON"};
    String ap =
        "Harvey Weinstein's lawyer Ben Brafman said on Saturday that the producer never"
            + " threatened Thurman.\nThe director said: \"I love Michael, he's a terrific actor.\"";
    String[] apNames = {"Harvey Weinstein:PERSON", "Ben Brafman:PERSON", "Thurman:PERSON"};
    return Stream.of(
        // One article puts "director" beside the name; the other's "The director" is the same man.
        Arguments.of(abc, abcNames, bbc, bbcNames, "I love Michael", "Quentin Tarantino"),
        // Without an article that resolves it, or a person speaking just before, the description
        // stays as written.
        Arguments.of(
            ap,
            apNames,
            "The crash on the set of Kill Bill was filmed in 2003.\nThe director said: \"I love"
                + " Michael, he's a terrific actor.\"",
            new String[] {"Michael:PERSON"},
            "I love Michael",
            "The director"));
  }

  /** A description one article leaves as written takes what the story's other articles read. */
  @ParameterizedTest
  @MethodSource
  void storyDescriptions(
      String first,
      String[] firstNames,
      String second,
      String[] secondNames,
      String start,
      String speaker) {
    Map<String, List<Attribution>> byArticle = new LinkedHashMap<>();
    byArticle.put("first", extract("first", first, firstNames));
    byArticle.put("second", extract("second", second, secondNames));
    Attribution a = quoteStarting(StoryDescriptions.resolve(byArticle).get("second"), start);
    assertThat(a.speaker()).isEqualTo(speaker);
  }

  static Stream<Arguments> organizationPronouns() {
    return Stream.of(
        Arguments.of(
            "People for the Ethical Treatment of Animals has long opposed the larger concept of"
                + " zoos. It said on Twitter that the tragic episode in Cincinnati was the latest"
                + " proof that \"even under the 'best' circumstances ... captivity is never"
                + " acceptable for gorillas or other primates.\"",
            List.of(
                "People for the Ethical Treatment of Animals:ORGANIZATION", "Cincinnati:LOCATION"),
            "even under",
            "People for the Ethical Treatment of Animals"),
        Arguments.of(
            "Sony announced the beta on Tuesday. Its chief, Jim Ryan, spoke at the launch. It said"
                + " the update would \"improve the image quality of some games on a TV.\"",
            List.of("Sony:ORGANIZATION", "Jim Ryan:PERSON"),
            "improve the",
            ""));
  }

  @Test
  void aTitledSurnameTakesTheFullName() {
    String text =
        "Zhu Congpeng, a top engineer at the China Aerospace Science and Technology Corporation,"
            + " told the state-backed Science and Technology Daily newspaper that the space station"
            + " was not crashing.\n“We have been continuously monitoring Tiangong-1 and expect to"
            + " allow it to fall within the first half of this year,” Mr Zhu told the newspaper.";
    Attribution a =
        quoteStarting(
            extract(
                "a",
                text,
                "Zhu Congpeng:PERSON",
                "Mr Zhu:PERSON",
                "China Aerospace Science and Technology Corporation:ORGANIZATION"),
            "We have been");
    assertThat(a.speaker()).isEqualTo("Zhu Congpeng");
  }

  /**
   * Pronouns that the nearest name would get wrong: a caption or heading names whom a picture
   * shows, a first name of the other gender rules a person out, and "it" is an organization.
   */
  @ParameterizedTest
  @MethodSource({"captions", "organizationPronouns"})
  void pronouns(String text, List<String> names, String start, String speaker) {
    Attribution a = quoteStarting(extract("a", text, names.toArray(String[]::new)), start);
    assertThat(a.speaker()).isEqualTo(speaker);
  }

  /** Pronouns judged by first names: the name list comes with the CoreNLP models jar. */
  @NeedsModels
  @ParameterizedTest
  @MethodSource("genderAgreement")
  void pronounsByFirstName(String text, List<String> names, String start, String speaker) {
    pronouns(text, names, start, speaker);
  }

  static Stream<Arguments> reportedSubjects() {
    return Stream.of(
        Arguments.of(
            "The removal suggests Telegram may have breached Apple's content guidelines for the"
                + " store. Apple's guidelines for iOS apps say that exclusively pornographic apps or"
                + " apps which allow abusive content \"do not belong on the App Store and may be"
                + " removed without notice\".",
            List.of("Telegram:ORGANIZATION", "Apple:ORGANIZATION"),
            "do not belong",
            "Apple"),
        Arguments.of(
            "A disclaimer by the ICIJ, which coordinated the investigation, states that \"There are"
                + " legitimate uses for offshore companies, foundations and trusts,\" adding that"
                + " those listed in the papers may not have \"broken the law or otherwise acted"
                + " improperly.\"",
            List.of("ICIJ:ORGANIZATION"),
            "broken the law",
            "ICIJ"),
        // An owner who speaks through nothing written is not the subject: the lawyers speak.
        Arguments.of(
            "Lawyers representing Mossack Fonseca's clients argued that the firm had \"always"
                + " acted within the law.\"",
            List.of("Mossack Fonseca:ORGANIZATION"),
            "always acted",
            ""));
  }

  static Stream<Arguments> reportedParagraphs() {
    return Stream.of(
        Arguments.of(
            "Gavin Barwell, the Croydon Central MP, said his friend was on the tram.\n\"He's been"
                + " injured, he's in hospital, he's going to be ok.\"",
            List.of("Gavin Barwell:PERSON", "Croydon Central:LOCATION"),
            "He's been",
            "Gavin Barwell"),
        Arguments.of(
            "What are the consequences of this leak?\nRyle says the biggest consequence of the leak"
                + " is the massive blow to secrecy -- the biggest selling point of offshore tax"
                + " havens.\n\"The offshore world really only has one product and that is"
                + " secrecy.\"",
            List.of("Ryle:PERSON"),
            "The offshore world",
            "Ryle"),
        // Reporting after the statement in its paragraph ends the run.
        Arguments.of(
            "Ryle says the biggest consequence of the leak is the massive blow to secrecy. The"
                + " files were leaked a year ago.\n\"The offshore world really only has one"
                + " product and that is secrecy.\"",
            List.of("Ryle:PERSON"),
            "The offshore world",
            ""));
  }

  static Stream<Arguments> speakerPhrases() {
    return Stream.of(
        Arguments.of(
            "The release is \"a result of the round-the-clock efforts by the administration to put"
                + " a closure to the sad issue of the (kidnappings),\" Nigerian information"
                + " minister Alhaji Lai Mohammed told reporters in Abuja.",
            List.of("Alhaji Lai Mohammed:PERSON", "Abuja:LOCATION"),
            "a result of",
            "Alhaji Lai Mohammed"),
        Arguments.of(
            "“It should be named the Offshore Papers,” Eyda Varela de Chinchilla, Panama’s vice"
                + " minister of finance, insisted.",
            List.of("Eyda Varela de Chinchilla:PERSON", "Panama:LOCATION"),
            "It should be",
            "Eyda Varela de Chinchilla"));
  }

  /**
   * Quotations inside reported speech: its subject speaks through something written, it goes on in
   * the next paragraph, or its speaker phrase has a premodifier or a name particle.
   */
  @ParameterizedTest
  @MethodSource({"reportedSubjects", "reportedParagraphs", "speakerPhrases"})
  void quotationsOfReportedSpeech(String text, List<String> names, String start, String speaker) {
    Attribution a = quoteStarting(extract("a", text, names.toArray(String[]::new)), start);
    assertThat(a.speaker()).isEqualTo(speaker);
  }

  static Stream<Arguments> descriptionChains() {
    return Stream.of(
        Arguments.of(
            "Quentin Tarantino has said allowing Uma Thurman to drive a car that crashed on the set"
                + " of 2003 film Kill Bill is \"one of the biggest regrets of my life\".\nHe said he"
                + " drove the car in one direction to test it, but then asked Thurman to drive it the"
                + " other way.\nThe director said failing to test the route one more time was \"one"
                + " of my most horrendous mistakes\".",
            List.of("Quentin Tarantino:PERSON", "Uma Thurman:PERSON", "Thurman:PERSON"),
            "one of my most",
            "Quentin Tarantino"),
        Arguments.of(
            "Adil Salahi, whose property overlooks the track, told Press Association he heard a"
                + " \"sudden\" noise.\nThe 76-year-old said: \"It was about 6.10am or 6.15am and"
                + " because I was praying.\"",
            List.of("Adil Salahi:PERSON", "Press Association:ORGANIZATION"),
            "It was about",
            "Adil Salahi"),
        // A spokesman speaks for someone else: not the person who spoke before.
        Arguments.of(
            "Luis Guillermo Solis said the authorities were working on the identification.\n\"We"
                + " express our condolences to all those affected,\" the spokesman said.",
            List.of("Luis Guillermo Solis:PERSON"),
            "We express",
            "the spokesman"),
        // A name with its article is no role.
        Arguments.of(
            "Vladimir Putin said the reports were lies.\n\"The fund, which was established in the"
                + " 1980s, never paid tax,\" the Telegraph reported.",
            List.of("Vladimir Putin:PERSON"),
            "The fund",
            "the Telegraph"));
  }

  /** A definite description beside no name continues the person who spoke before it. */
  @ParameterizedTest
  @MethodSource("descriptionChains")
  void descriptionChains(String text, List<String> names, String start, String speaker) {
    Attribution a = quoteStarting(extract("a", text, names.toArray(String[]::new)), start);
    assertThat(a.speaker()).isEqualTo(speaker);
  }

  static Stream<Arguments> appositiveNames() {
    return Stream.of(
        Arguments.of(
            "The Center for Humane Technology is led by former Google design ethicist Tristan"
                + " Harris and former Facebook investor and adviser Roger McNamee.\n“Tech companies"
                + " are conducting a massive, real-time experiment on our kids, and, at present, no"
                + " one is really holding them accountable,” said Common Sense’s CEO, James Steyer,"
                + " warning that tech companies’ attention-grabbing business models may hurt “the"
                + " social, emotional and cognitive development of kids”.",
            List.of(
                "Tristan Harris:PERSON",
                "Roger McNamee:PERSON",
                "Common Sense:ORGANIZATION",
                "James Steyer:PERSON"),
            "Tech companies",
            "James Steyer"),
        Arguments.of(
            "When Thurman was able to talk again, Herman said, she revealed that Weinstein, who was"
                + " one of the most powerful men in Hollywood, had threatened to derail her career.\n"
                + "A representative for Thurman, Leslie Sloane, responded to an Associated Press"
                + " request for more details on all the encounters by saying only: “The article"
                + " speaks for itself.”",
            List.of(
                "Thurman:PERSON",
                "Herman:PERSON",
                "Weinstein:PERSON",
                "Leslie Sloane:PERSON",
                "Associated Press:ORGANIZATION"),
            "The article",
            "Leslie Sloane"));
  }

  @ParameterizedTest
  @MethodSource
  void appositiveNames(String text, List<String> names, String start, String speaker) {
    Attribution a = quoteStarting(extract("a", text, names.toArray(String[]::new)), start);
    assertThat(a.speaker()).isEqualTo(speaker);
  }

  @Test
  void aNameAppositionNeverReplacesAPersonsName() {
    // "Thurman, Leslie Sloane" would be two people; the phrase is a name of its own.
    Attribution a =
        quoteStarting(
            extract(
                "a",
                "“It was wrong,” said Thurman, Sloane, the actress’s representative, added.",
                "Thurman:PERSON",
                "Sloane:PERSON"),
            "It was");
    assertThat(a.speaker()).isEqualTo("Thurman");
  }

  @Test
  void aPersonInsideTheReportedStatementDoesNotStandBetween() {
    String text =
        "“It’s just hard to accept that more people didn’t get to see what a wonderful young man he"
            + " was.”\nLeslie Adelson Lewin, the executive director of Seeds of Peace, said that"
            + " William had “ambitions for a political career that were formed at Seeds of Peace”"
            + " and that his mother was especially passionate about the organization.";
    Attribution a =
        quoteStarting(
            extract(
                "a",
                text,
                "Leslie Adelson Lewin:PERSON",
                "William:PERSON",
                "Seeds of Peace:ORGANIZATION"),
            "ambitions");
    assertThat(a.speaker()).isEqualTo("Leslie Adelson Lewin");
    // William is what she speaks of: no cue follows him before the quotation.
    assertThat(a.clues().nearerPerson()).isFalse();
  }

  @Test
  void theCluesCountTheSpeakersOtherQuotationsAtACue() {
    List<Attribution> found = extract("broadcom", BROADCOM, BROADCOM_NAMES);
    Attribution next = quoteStarting(found, "However");
    assertThat(next.clues().rule()).isEqualTo(ParagraphContinuation.RULE);
    // "“We continue …,” Tan said" and "Hock Tan called the offer “…”" give him quotations by name.
    assertThat(next.clues().cuedElsewhere()).isEqualTo(2);
    double[] x = SpeakerConfidence.features(next.kind(), evidence(next), 1, true);
    assertThat(x[SpeakerConfidence.FEATURES.indexOf("log_cued_elsewhere")])
        .isCloseTo(Math.log(3), org.assertj.core.data.Offset.offset(1e-9));
  }

  static Stream<Arguments> premodifiedNamesAfterTheCue() {
    return Stream.of(
        Arguments.of(
            "Their tour bus, filled with 12- to 19-year-old band members, was late arriving at the"
                + " Hotelissimo, stalled in traffic after the trip from Ipswich, England.\n"
                + "''We could see smoke for some time and there were rescue vehicles on the road,''"
                + " said conductor Philip Shaw. ''When we arrived at the hotel it was"
                + " explained just what had happened.''",
            List.of("Philip Shaw:PERSON", "Hotelissimo:ORGANIZATION"),
            "We could see",
            "Philip Shaw"),
        Arguments.of(
            "Despite the crash and the actions of French and British officials, Concorde retained"
                + " its allure for many flyers.\n''I'd get on it in a minute,'' said American film"
                + " director John Waters, who confessed he never flew the Concorde.",
            List.of("John Waters:PERSON", "Concorde:ORGANIZATION"),
            "I'd get on",
            "John Waters"));
  }

  @ParameterizedTest
  @MethodSource
  void premodifiedNamesAfterTheCue(String text, List<String> names, String start, String speaker) {
    Attribution a = quoteStarting(extract("a", text, names.toArray(String[]::new)), start);
    assertThat(a.speaker()).isEqualTo(speaker);
    assertThat(a.kind()).isEqualTo(SpeakerKind.NAMED);
  }

  @Test
  void aDefiniteRoleIsAFeatureOfItsOwn() {
    for (String role : List.of("the control tower", "the chief navigator", "the bishop")) {
      double[] x =
          SpeakerConfidence.features(
              SpeakerKind.NOMINAL,
              new SpeakerEvidence(role, "nominal", 2, true, 1, 0, "cue", 0, false, "", false, 0),
              1,
              true);
      assertThat(x[SpeakerConfidence.FEATURES.indexOf("definite_role")]).as(role).isEqualTo(1.0);
    }
    for (String other : List.of("the statement", "the company", "a spokesman", "officials")) {
      double[] x =
          SpeakerConfidence.features(
              SpeakerKind.NOMINAL,
              new SpeakerEvidence(other, "nominal", 2, true, 1, 0, "cue", 0, false, "", false, 0),
              1,
              true);
      assertThat(x[SpeakerConfidence.FEATURES.indexOf("definite_role")]).as(other).isEqualTo(0.0);
    }
  }

  @Test
  void aSurnameInIngBeforeItsCueIsTheSpeaker() {
    String text =
        "Alice Brooking tossed her suitcases on her hotel bed Tuesday afternoon and dialed the"
            + " phone to call her sister in London. She had just arrived for a summer job in Paris.\n"
            + "''All of a sudden I heard a noise. It sounded like a normal takeoff. It just got louder"
            + " and louder until the whole building started trembling,'' Brooking recalled a day"
            + " after the Concorde, smoke and flames streaming from its engines, slammed into the"
            + " backside of her 40-room hotel, about two miles from Charles de Gaulle airport.";
    Attribution a =
        quoteStarting(
            extract("a", text, "Alice Brooking:PERSON", "Brooking:PERSON", "Paris:LOCATION"),
            "All of a sudden");
    assertThat(a.speaker()).isEqualTo("Alice Brooking");
    assertThat(a.cue()).isEqualTo("recalled");
  }
}
