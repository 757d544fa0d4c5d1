// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Article;
import io.storylens.model.Claim;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How figures are read, on sentences of the dossier development articles: numbers before their
 * noun, parts of a whole, ordinals, ages, number words, ranges, hedges and casualty roles.
 */
class NumberReadingTest {
  private static List<Claim> claims(String sentence) {
    return new ClaimExtractor().extract(Article.ofText("a", "a.txt", sentence));
  }

  private static Claim claim(String sentence, String value) {
    return claims(sentence).stream()
        .filter(c -> c.value().equalsIgnoreCase(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim '" + value + "' in: " + claims(sentence)));
  }

  @Test
  void aNumberAfterItsNounLabelsIt() {
    Claim lap =
        claim(
            "A chaotic Brazilian Grand Prix was suspended on lap 20 after Kimi Raikkonen crashed"
                + " out in the treacherous conditions at Interlagos.",
            "20");
    assertThat(lap.unit()).isEqualTo("lap");
    assertThat(claim("On lap seven the safety car peeled into the pit lane.", "seven").unit())
        .isEqualTo("lap");
    // A verb before a figure labels nothing: "killed 12" counts people, not "killed".
    assertThat(claims("The attack killed 12 on Sunday."))
        .extracting(Claim::unit)
        .doesNotContain("killed");
  }

  @Test
  void theLinesOfAListSayWhatTheirFiguresCount() {
    // The Sun's race timeline: each line opens with "Lap" and a figure.
    String timeline =
        "TIMELINE\nLap 14 Marcus Ericsson has a big smash in his Sauber and the safety car is"
            + " deployed\nLap 20 Kimi Raikkonen has a huge smash and the race is red flagged.\nLap"
            + " 29 Drivers are left furious as Charlie Whiting stops the race with another red"
            + " flag.";
    List<Claim> laps = new ClaimExtractor().extract(Article.ofText("a", "a.txt", timeline));
    assertThat(laps)
        .filteredOn(c -> c.unit().equals("lap"))
        .extracting(Claim::value)
        .containsExactly("14", "20", "29");
    // A capitalized word before a figure once is a label, not a list: "Article 5" counts nothing.
    assertThat(claims("Article 5 of the treaty commits each member to defend the others."))
        .isEmpty();
  }

  @Test
  void aConversionInBracketsIsTheSameQuantity() {
    // Each payload is claimed once, in the unit written first; the kilograms in brackets carry no
    // hedge of their own ("up to" belongs to both) and would otherwise meet other rockets' figures.
    List<Claim> payloads =
        claims(
            "The Delta 4-Heavy rocket, the most capable rocket in service today in terms of lift"
                + " capacity, can haul up to 62,540 pounds (28,370 kilograms) to a low-altitude"
                + " orbit approximately 120 miles (200 kilometers) above Earth.");
    assertThat(payloads)
        .extracting(Claim::value)
        .containsExactly("up to 62,540", "approximately 120");
    assertThat(claims("a day after the 400-pound (181-kg) gorilla was shot dead"))
        .extracting(Claim::value)
        .containsExactly("400");
  }

  @Test
  void aRoundFigureStandsForWhatRoundsToIt() {
    // "37,000 pounds" is 37,040 rounded: the ranges meet, so the two never disagree.
    Claim round = claim("The rocket can lift 37,000 pounds to Mars.", "37,000");
    assertThat(round.low()).contains(36_500.0);
    assertThat(round.high()).contains(37_500.0);
    // One significant digit or a count below the hundreds is exact: "100" rising to "140" is news.
    assertThat(claim("The storm killed 100 people.", "100").high()).contains(100.0);
    assertThat(claim("The storm killed 30 people.", "30").high()).contains(30.0);
  }

  @Test
  void aPartOfAWholeCountsWhatTheWholeCounts() {
    Claim part =
        claim(
            "The race was red-flagged shortly afterwards with 21 of 71 laps completed and drivers"
                + " were told to return to the pits.",
            "21");
    assertThat(part.unit()).isEqualTo("laps");
    assertThat(part.low()).contains(21.0);
  }

  @Test
  void ordinalsAreRead() {
    Claim place =
        claim(
            "The gambled backfired and a subsequent stop dropped him down to 15th place --"
                + " incredibly he battled back to third.",
            "15th");
    assertThat(place.unit()).isEqualTo("place");
    assertThat(place.low()).contains(15.0);
    assertThat(Quantity.findAll("in the 28th lap").get(0).ordinal()).isTrue();
  }

  @Test
  void agesAreReadInEveryForm() {
    assertThat(
            claim(
                    "\"I'm not comfortable with the way I'm being kept from him,\" the 21-year-old"
                        + " said at an undisclosed location in Abuja",
                    "21")
                .unit())
        .isEqualTo("age");
    assertThat(claim("Her cousin, Tavon Kaiseen Alleyne, 21, was killed on Tuesday.", "21").unit())
        .isEqualTo("age");
    assertThat(claim("Alleyne was 21 years old.", "21").unit()).isEqualTo("age");
  }

  @Test
  void numberWordsAndCasualtyRoles() {
    String s = "Twelve people were killed and dozens more were injured.";
    assertThat(claim(s, "Twelve").unit()).isEqualTo("dead");
    assertThat(claim(s, "Twelve").low()).contains(12.0);
    assertThat(claim(s, "dozens").unit()).isEqualTo("injured");
    String hospital =
        "Noor Mohammad Faiz, the head doctor in Mazar-i-Sharif provincial hospital, said four dead"
            + " bodies and 120 wounded had been brought in and that the numbers might rise.";
    assertThat(claim(hospital, "four").unit()).isEqualTo("dead");
    assertThat(claim(hospital, "120").unit()).isEqualTo("injured");
    assertThat(
            claim(
                    "There have been at least two fatalities and 84 people have been taken to"
                        + " hospital.",
                    "84")
                .unit())
        .isEqualTo("injured");
    assertThat(
            claim(
                    "The death toll from a powerful Taliban truck bombing at the German consulate"
                        + " rose to at least six Friday, with more than 100 others wounded.",
                    "at least six")
                .unit())
        .isEqualTo("dead");
    // Another statement after "and": the displaced are not the dead.
    Claim displaced =
        claim(
            "The insurgency has claimed more than 20,000 lives and displaced 2.6 million people"
                + " from their homes.",
            "2.6 million");
    assertThat(displaced.unit()).isNotEqualTo("dead");
    // "or" between two words of one phrase does not end the statement: these are the injured.
    assertThat(
            claim(
                    "London Ambulance Service said eight people have serious or life-threatening"
                        + " injuries, while a total of 51 had been taken to two hospitals.",
                    "eight")
                .unit())
        .isEqualTo("injured");
    // A specific noun stays beside the role.
    assertThat(claim("The Taliban said the strikes killed 30 civilians in Kunduz.", "30").subject())
        .isEqualTo("dead civilians");
  }

  @Test
  void hedgesReachAsFarAsTheFigureIsRounded() {
    Quantity some = Quantity.findAll("the deal's value would be some $146 billion").get(0);
    Quantity exact = Quantity.findAll("amounts to $148.9 billion including debt").get(0);
    assertThat(some.overlaps(exact)).isFalse();
    Quantity nearly = Quantity.findAll("nearly 1,000 troops").get(0);
    assertThat(nearly.overlaps(Quantity.findAll("990 troops").get(0))).isTrue();
    Quantity roughly = Quantity.findAll("roughly 1,000 troops").get(0);
    Quantity about = Quantity.findAll("about 850 soldiers").get(0);
    assertThat(roughly.overlaps(about)).isFalse();
    assertThat(Quantity.granularity("1,200")).isEqualTo(100);
    assertThat(Quantity.granularity("148.9"))
        .isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void rangesAreOneQuantityButChangesAreTwo() {
    Quantity between = Quantity.findAll("between 20 and 30 people were hurt").get(0);
    assertThat(between.low()).isEqualTo(20);
    assertThat(between.high()).isEqualTo(30);
    assertThat(Quantity.findAll("the toll rose from 50 to 59"))
        .extracting(Quantity::low)
        .containsExactly(50.0, 59.0);
    assertThat(Quantity.findAll("two and three")).hasSize(2);
  }

  @Test
  void casualtyRoleNeedsACasualtyWord() {
    assertThat(
            CasualtyRoles.role(
                "Some 197 girls remain captives.",
                Quantity.findAll("Some 197 girls remain captives.").get(0),
                List.of("girls")))
        .isEqualTo(Optional.empty());
  }

  @Test
  void aFloorOnACountOfPeopleIsTheTollSoFar() {
    // "At least five" dead, later "seven": the floor is the confirmed toll, so the two differ.
    Claim five =
        claim("At least five people are dead after a tram overturned in Croydon.", "At least five");
    assertThat(five.unit()).isEqualTo("dead");
    assertThat(five.high().get()).isLessThan(7.0);
    // "More than 51" taken to hospital still meets "51": the floor reaches only as far as rounding.
    Claim more =
        claim(
            "More than 51 people were also rushed to hospital after the horror crash, which"
                + " happened during rush hour on Wednesday morning.",
            "More than 51");
    assertThat(more.low()).contains(51.0);
    assertThat(more.high().get()).isLessThan(60.0);
    // A floor on a measure is a loose magnitude: "over 200 feet" tall may well be 230 feet.
    Claim height =
        claim(
            "Five years behind schedule, the Falcon Heavy is now poised to take off, standing over"
                + " 200 feet tall on a historic launch pad.",
            "over 200");
    assertThat(height.high().get()).isGreaterThan(230.0);
  }

  @Test
  void aUnitJoinedToItsFigureIsWhatItMeasures() {
    Claim weight =
        claim(
            "(CNN) The judgment and criticism built quickly after a 3-year-old got into the"
                + " enclosure of a 450-pound gorilla at the Cincinnati Zoo.",
            "450");
    assertThat(Claims.subjectKey(weight)).isEqualTo("pound");
    assertThat(
            Claims.subjectKey(
                claim(
                    "Harambe, a gorilla weighing more than 400 pounds, dragged the boy.",
                    "more than 400")))
        .isEqualTo("pound");
  }

  @Test
  void othersCountMoreOfWhatTheSentenceCountedBefore() {
    Claim displaced =
        claim(
            "Boko Haram has been blamed for the deaths of more than 20,000 people and"
                + " displacement of 2.3 million others in Nigeria since their insurgency in 2009.",
            "2.3 million");
    assertThat(Claims.subjectKey(displaced)).isEqualTo("people");
    assertThat(displaced.unit()).isNotEqualTo("dead");
  }

  @Test
  void aCeilingIsNoFloorAndAClockReadingIsNoFigure() {
    // Associated Press on the EgyptAir search: a ceiling reaches down to nothing, so the seas of 5
    // to 7 feet a later report gives lie under it.
    Claim ceiling =
        claim(
            "The Navy has said it needs seas of no more than about eight feet before they can send"
                + " out the USS Grapple.",
            "no more than about eight");
    assertThat(ceiling.low()).contains(0.0);
    assertThat(ceiling.high().get()).isBetween(8.0, 9.0);
    assertThat(claim("Rescuers need waves of at most 3 meters.", "at most 3").low()).contains(0.0);
    // Xinhua on the Kursk: 24-hour readings of a time zone are times of day, not counts.
    assertThat(
            claims(
                "The explosions were recorded at 11:28 and 11:30 a.m. Moscow time (0700 and 0745"
                    + " GMT) on Saturday. Divers opened the ninth unit at about 1 p.m. Moscow time"
                    + " (0900 GMT) Monday."))
        .extracting(Claim::value)
        .doesNotContain("0700", "0745", "0900");
  }

  @Test
  void aFloorOnAGroupOfPeopleOtherThanATollReachesHalfAgain() {
    // "more than 100 sailors" of a crew later given as 116: a rounded count, not a toll so far.
    Claim sailors =
        claim(
            "The Russian navy struggled Monday to rescue more than 100 sailors trapped at the"
                + " bottom of the Barents Sea.",
            "more than 100");
    assertThat(sailors.high().get()).isGreaterThanOrEqualTo(116.0);
    // A toll with a floor stays tight: "more than 100 wounded" against 120 is a revision.
    Claim wounded =
        claim(
            "At least two dead bodies and more than 100 wounded people had so far been brought to"
                + " two city hospitals.",
            "more than 100");
    assertThat(wounded.high().get()).isLessThan(120.0);
  }

  @Test
  void killingBeforeAFigureGivesTheDead() {
    // A report of the Mazar-i-Sharif bombing: "killing at least four civilians" counts the dead.
    Claim c =
        claim(
            "A Taliban suicide bomber rammed a car packed with explosives into a wall around the"
                + " German consulate in the northern Afghan city of Mazar-i-Sharif, killing at"
                + " least four civilians and wounding scores of other people, officials said.",
            "at least four");
    assertThat(c.unit()).isEqualTo("dead");
  }
}
