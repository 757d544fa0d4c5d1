// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.core.nlp.ArticleAnnotations.RawTimex;
import io.storylens.core.nlp.LanguageAnnotator;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.core.nlp.NlpMode;
import io.storylens.core.nlp.Tense;
import io.storylens.model.Article;
import io.storylens.model.Timex;
import io.storylens.testkit.NeedsModels;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each known date trap (weekdays, years left out, stale headers) on real sentences: the seeds,
 * resolved against their own dates by the shared CoreNLP pipeline (loaded once for the whole test
 * JVM).
 */
@NeedsModels
class DateTrapsTest {
  private static final LanguageAnnotator TIME = LanguageAnnotator.coreNlp(NlpMode.TIME);

  private static ArticleTimes times(Article a) {
    return ArticleTimes.of(a, LanguageLayer.shared().annotateAll(List.of(a)).get(a.id()));
  }

  private static Map<String, String> values(ArticleTimes t) {
    return t.timexRecords().stream()
        .collect(Collectors.toMap(Timex::text, Timex::value, (x, y) -> x));
  }

  private static List<ResolvedTimex> resolve(String sentence, String date) {
    LocalDate d = LocalDate.parse(date);
    return TIME.annotate(sentence, Optional.of(d)).timexes().stream()
        .map(
            t ->
                new ResolvedTimex(
                    t.text(),
                    t.type(),
                    TimexResolver.resolve(t, Optional.of(d)).orElse("-"),
                    t.sentence(),
                    t.tense()))
        .toList();
  }

  @Test
  void seed000WeekdayInPastClauseAndJanuaryWrittenInDecember() {
    Article a = SeedArticles.seed("000");
    assertThat(a.publishedDate()).contains(LocalDate.of(2021, 12, 28));
    Map<String, String> v = values(times(a));
    assertThat(v).containsEntry("Monday", "2021-12-27"); // "the White House announced Monday"
    assertThat(v).containsEntry("Jan. 12", "2022-01-12");
    // SUTime alone says 2021-01-13 here: the year-boundary trap.
    assertThat(v).containsEntry("Jan. 13", "2022-01-13");
    assertThat(v).containsEntry("January 10", "2022-01-10");
    assertThat(v).containsEntry("2014", "2014");
    assertThat(times(a).check().from()).isEqualTo("header");
    assertThat(times(a).article().dateWarnings()).isEmpty();
  }

  @Test
  void seed002WeekdayInFutureClausePointsForward() {
    ArticleTimes t = times(SeedArticles.seed("002"));
    Map<String, String> v = values(t);
    assertThat(v).containsEntry("Thursday", "2021-12-30"); // "are set to speak Thursday"
    assertThat(v).containsEntry("Jan. 13", "2022-01-13");
    assertThat(v).containsEntry("2014", "2014");
  }

  @Test
  void seed004StaleRepublicationIsFlaggedWithEffectiveDate() {
    Article a = SeedArticles.seed("004");
    assertThat(a.publishedDate()).contains(LocalDate.of(2022, 1, 18));
    ArticleTimes t = times(a);
    Map<String, String> v = values(t);
    assertThat(v).containsEntry("December 7", "2021-12-07");
    assertThat(v).containsEntry("December 6", "2021-12-06");
    assertThat(v).containsEntry("2014", "2014");
    assertThat(t.check().from()).isEqualTo("text");
    assertThat(t.check().effectiveDate()).contains(LocalDate.of(2021, 12, 6));
    assertThat(t.check().evidence())
        .anyMatch(e -> e.contains("December 7") && e.contains("future-tense"))
        .anyMatch(e -> e.contains("republication note"));
    assertThat(t.article().dateWarnings()).anyMatch(w -> w.contains("2022-01-18"));
  }

  @Test
  void seed003HolidayInFutureClauseDoesNotContradictItsHeader() {
    // "talks ... would take place sometime after the Russian Orthodox Christmas on January 7"
    ArticleTimes t = times(SeedArticles.seed("003"));
    assertThat(t.check().from()).isEqualTo("header");
    assertThat(t.article().dateWarnings()).isEmpty();
    assertThat(values(t)).containsEntry("January 7", "2022-01-07");
  }

  @Test
  void seed003OrthodoxChristmasIsTheSeventhOfJanuary() {
    // "after the Russian Orthodox Christmas on January 7", written 2021-12-28: SUTime alone says
    // 2021-12-25 for "Christmas".
    Map<String, String> v = values(times(SeedArticles.seed("003")));
    assertThat(v).containsEntry("Orthodox Christmas", "2022-01-07");
    assertThat(v).doesNotContainValue("2021-12-25");
  }

  @Test
  void seed004StaleHeaderResolvesWeekdaysAgainstTheEffectiveDate() {
    // Seed 004 (header 2022-01-18, written before the 2021-12-07 call) with the meeting named by
    // its weekday: against the header "Tuesday" would be in January 2022.
    Article a =
        SeedArticles.seedEdited(
            "004",
            "But the December 7 meeting, to be held via videoconference",
            "But the Tuesday meeting, to be held via videoconference on December 7");
    assertDatedByText(a, LocalDate.of(2021, 12, 6), "Tuesday", "2021-12-07");
  }

  /** The text, not the header, dates {@code a}, and {@code weekday} is resolved against it. */
  private static void assertDatedByText(
      Article a, LocalDate effective, String weekday, String value) {
    ArticleTimes t = times(a);
    assertThat(t.check().from()).isEqualTo("text");
    assertThat(t.check().effectiveDate()).contains(effective);
    assertThat(values(t)).containsEntry(weekday, value);
  }

  private static Article published(String text, LocalDate header) {
    return Article.ofText("a", "www.example.com", text)
        .withPublished(io.storylens.model.Sourced.of(header, io.storylens.model.Provenance.JSON));
  }

  /**
   * RT's page on the Cincinnati Zoo gorilla, its embedded posts signed with their year (May 2016).
   */
  private static final String RT_GORILLA =
      "The incident took place at the Cincinnati Zoo & Botanical Garden on Saturday when the"
          + " boy climbed through a public barrier at Gorilla World section and fell into the"
          + " moat, the zoo said in a statement.\n\nThere were three gorillas at the area at the"
          + " time – two females and one male, a western lowland gorilla called Harambe, who had"
          + " turned 17 only a day earlier.\n\nDetails on sad incident at Cincinnati Zoo today:"
          + " — Cincinnati Zoo (@CincinnatiZoo) May 28, 2016\n\nZoo Director Thane Maynard said"
          + " the animal didn't appear to be attacking the boy. — Cincinnati Zoo (@CincinnatiZoo)"
          + " May 27, 2016";

  @Test
  void weekdaysCountedFromAStaleHeaderDoNotVouchForIt() {
    // RT's page on the Cincinnati Zoo gorilla, re-dated 2017-11-30: its own "Saturday", "a day
    // earlier" and "today" are counted from that header and so lie near it; only the embedded
    // posts, signed with their year, say when it was written.
    assertDatedByText(
        published(RT_GORILLA, LocalDate.of(2017, 11, 30)),
        LocalDate.of(2016, 5, 28),
        "Saturday",
        "2016-05-28");
  }

  @Test
  void datesWithTheirYearAMonthBeforeTheHeaderLeaveItToTheStory() {
    // The same page under a header a month after the posts: a recent happening named with its
    // year is as likely as a re-dated page, so the header stands (the story's weekdays check it).
    ArticleTimes t = times(published(RT_GORILLA, LocalDate.of(2016, 6, 28)));
    assertThat(t.check().from()).isEqualTo("header");
  }

  @Test
  void aStaleHeaderBeforeALookedForwardDayDatesTheTextTheDayBefore() {
    // RT on Berlin's New Year's Eve safety zone, written the week before the festivities, under a
    // header of 2018-01-10. The future-tense New Year's Eve shows the header stale; the latest past
    // day the text names, "December 31, 2015", is background two years back, so the writer's day
    // is the one before the festivities, and "July this year" (only its year counted from the
    // header) is July 2017, not June 2016.
    String text =
        "New Year’s Eve festivities in the German capital will be marked by a “safety area” for"
            + " women seeking refuge from harassment.\n\nGermany has witnessed a surge in"
            + " sexually-motivated attacks during mass public events over the past few years. On"
            + " December 31, 2015, a wave of sexual assaults, as well as thefts and robberies"
            + " targeting women swept through a number of German cities.\n\nIn the aftermath of"
            + " the 2015 New Year’s Eve events, police have boosted security at mass events. In"
            + " July this year, some 1,000 youths and young men engaged in scuffles with police"
            + " and festival-goers during a fair in the German town of Schorndorf.";
    assertDatedByText(
        published(text, LocalDate.of(2018, 1, 10)),
        LocalDate.of(2017, 12, 31),
        "July this year",
        "2017-07");
  }

  @Test
  void aPerfectInfinitiveLooksBack() {
    // CNN: the recording was made before CNN obtained it; "to have been recorded" is no plan, as
    // "to meet on January 10" is.
    assertThat(
            TIME.annotate(
                    "This includes a recording, believed to have been recorded in December, that"
                        + " CNN exclusively obtained in April showing 15 of the girls.",
                    Optional.of(LocalDate.of(2016, 10, 13)))
                .timexes())
        .filteredOn(t -> t.text().equals("December"))
        .extracting(RawTimex::tense)
        .containsExactly(Tense.PAST);
    assertThat(
            TIME.annotate(
                    "The two sides agreed to meet on January 10 in Geneva.",
                    Optional.of(LocalDate.of(2021, 12, 28)))
                .timexes())
        .extracting(RawTimex::tense)
        .containsExactly(Tense.FUTURE);
  }

  @Test
  void twoYearsWrittenFarApartDoNotMakeAHeaderStale() {
    // Background dates with their years (a birth, a debut) are no evidence of when the story was
    // written: the header's "Sunday" stands.
    String text =
        "Max Verstappen was born on September 30, 1997 in Belgium.\n\nHe made his debut at the"
            + " Australian Grand Prix on March 15, 2015.\n\nVerstappen finished third on Sunday"
            + " after a stunning drive through the field.";
    ArticleTimes t = times(published(text, LocalDate.of(2016, 11, 14)));
    assertThat(t.check().from()).isEqualTo("header");
    assertThat(values(t)).containsEntry("Sunday", "2016-11-13");
  }

  @Test
  void relativeWeekContradictedByItsOwnSentenceIsADateWarning() {
    // "last week, on December 6" cannot be read from a 2022-01-18 header: last week is 2022-W02.
    Article a =
        SeedArticles.seedEdited(
            "004",
            "Kremlin spokesman Dmitry Peskov told reporters on December 6",
            "Kremlin spokesman Dmitry Peskov told reporters last week, on December 6,");
    ArticleTimes t = times(a);
    assertThat(t.check().evidence())
        .anyMatch(e -> e.contains("last week") && e.contains("2021-12-06"));
    assertThat(t.article().dateWarnings()).anyMatch(w -> w.contains("2022-01-18"));
  }

  @Test
  void relativeMonthAgreeingWithItsSentenceIsNoEvidence() {
    // Written 2021-12-28: "last month, on November 30" is consistent with the header.
    List<ResolvedTimex> r =
        resolve(
            "Ryabkov told reporters last month, on November 30, that talks were needed.",
            "2021-12-28");
    assertThat(DateChecker.relativePeriodConflicts(r)).isEmpty();
    List<ResolvedTimex> stale =
        resolve(
            "Ryabkov told reporters last month, on November 30, that talks were needed.",
            "2022-01-18");
    assertThat(DateChecker.relativePeriodConflicts(stale)).hasSize(1);
  }

  @Test
  void weekdayFollowsTenseOfItsClause() {
    // Written on Wednesday 2021-12-29.
    assertThat(resolve("Russian officials met their U.S. counterparts on Monday.", "2021-12-29"))
        .extracting(ResolvedTimex::value)
        .containsExactly("2021-12-27");
    assertThat(
            resolve("Russian officials will meet their U.S. counterparts on Monday.", "2021-12-29"))
        .extracting(ResolvedTimex::value)
        .containsExactly("2022-01-03");
  }

  @Test
  void monthWithoutYearTakesTheNearestYearInTheTenseDirection() {
    // Written in January: "in June" in a past clause is last June, not next.
    assertThat(resolve("The two leaders held talks in June in Geneva.", "2022-01-18"))
        .extracting(ResolvedTimex::value)
        .contains("2021-06");
    // Written in late January: "Dec. 20" in a past clause is last December.
    assertThat(resolve("The ministry confirmed the shipment on Dec. 20.", "2022-01-05"))
        .extracting(ResolvedTimex::value)
        .containsExactly("2021-12-20");
  }

  @Test
  void durationsAndGranularityAreKept() {
    List<ResolvedTimex> r =
        resolve(
            "Russia has massed troops for two weeks, and talks are planned for early 2022.",
            "2021-12-29");
    assertThat(r).extracting(ResolvedTimex::type).contains("DURATION");
    assertThat(r).extracting(ResolvedTimex::value).contains("P2W", "2022");
    assertThat(r)
        .filteredOn(x -> x.value().equals("2022"))
        .extracting(ResolvedTimex::granularity)
        .containsExactly("year");
  }
}
