// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylens.core.ingest.IngestOptions;
import io.storylens.core.ingest.Ingestor;
import io.storylens.core.nlp.LanguageLayer;
import io.storylens.model.Article;
import io.storylens.testkit.NeedsModels;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of date trap on real news sentences (most from the dossier gold articles), through the
 * path the dossier timeline takes: ingest, the shared annotations, {@link ArticleTimes#of} and the
 * expressions {@link TimelineBuilder} dates entries with. A trap must date no entry; the real date
 * of the same sentence, where there is one, must still date its entry.
 */
@NeedsModels
class TimelineTrapsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The dated expressions of a one-sentence article: text to entry date. */
  private static Map<String, String> dated(String published, String text) {
    ObjectNode n = JSON.createObjectNode();
    n.put("title", "Trap");
    n.put("text", text);
    n.put("date_publish", published + " 12:00:00");
    n.put("source_domain", "example.com");
    Article a =
        new Ingestor(IngestOptions.defaults())
            .readJsonLine("trap", 1, n.toString())
            .articles()
            .get(0);
    ArticleTimes t = ArticleTimes.of(a, LanguageLayer.shared().annotateAll(List.of(a)).get(a.id()));
    return TimelineBuilder.dated(t).stream()
        .collect(Collectors.toMap(d -> d.timex().text(), TimelineBuilder.Dated::date, (x, y) -> x));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          clock time GMT | 2017-09-12 | Talks were due to resume at 2100 GMT on Tuesday, diplomats said. | 2100 | Tuesday=2017-09-12
          clock time local | 2017-09-12 | Polls close at 1800 local time on Sunday. | 1800 |
          clock time alone | 2018-01-01 | "All emergency services were activated from the moment the first alert was received at 12:13 pm," he said. | 12:13 pm |
          clock time before weekday | 2018-01-01 | The plane took off from the Punta Islita Airport at 12:10 p.m. Sunday, bound for Costa Rica's capital, San Jose. | 12:10 p.m. | 12:10 p.m. Sunday=2017-12-31
          resolution number | 2017-09-12 | The Security Council unanimously adopted Resolution 2375 on Monday, imposing new sanctions on North Korea. | 2375 | Monday=2017-09-11
          bill number | 2000-07-18 | The bill is H.R. 2909, and the House passed it on Tuesday. | 2909 | Tuesday=2000-07-18
          screen size | 2017-09-12 | The iPhone X has a 5.8-inch display with a resolution of 2436 x 1125 pixels. | 1125 |
          screen resolution | 2017-09-12 | The panel runs at 2560 x 1440, up from 1920 by 1080 on last year's model. | 2560 |
          count | 2017-12-31 | More than 2000 people marched through Cologne on Saturday. | 2000 | Saturday=2017-12-30
          person named May | 2017-09-12 | Prime Minister Theresa May said on Tuesday that Britain would leave the single market. | May | Tuesday=2017-09-12
          person May speaks | 2017-09-12 | May told lawmakers the deal was the best available. | May |
          title and May | 2017-09-12 | Mrs May flew to Brussels in March to meet EU leaders. | May | March=2017-03
          surname Jan | 2016-11-11 | Ajmal Jan, a local shopkeeper, said the force of the blast had blown his windows out. | Jan |
          serial number | 2017-09-12 | China plans to launch the Long March 9 rocket by 2030, state media said. | March 9 | 2030=2030
          flight number | 2017-09-12 | Flight 1549 landed safely in the Hudson River. | 1549 |
          fashion collection | 2017-12-27 | FILE - In this Sept. 30, 2016, file photo, Singer Rihanna arrives to Christian Dior's Spring-Summer 2017 ready-to-wear fashion collection. | 2017 |
          collection name | 2017-12-27 | She arrives to Christian Dior's Spring-Summer 2017 ready-to-wear fashion collection in Paris. | 2017 |
          copyright line | 2017-12-31 | The plane crashed on Sunday, killing all 12 aboard. Copyright 2017 The Associated Press. All rights reserved. | 2017 | Sunday=2017-12-31
          updated stamp | 2018-01-01 | Updated 10:34 AM ET, Mon January 1, 2018 | January 1, 2018 |
          photo credit | 2016-11-11 | (Kabul, March 1, 2002) Paula Bronstein | March 1, 2002 |
          slide counter | 2016-11-11 | 3/16 2003 A mother and her two children look out from their cave dwelling. | 2003 |
          modal may | 2018-01-01 | He said investigators did not know the cause, but the cause this year, may be different. | this year, may |
          weekday in past sentence | 2018-01-01 | Costa Rican officials said 10 of the 12 victims in Sunday's crash were US citizens. | - | Sunday=2017-12-31
          weekday and future weekday | 2018-01-01 | Authorities said Sunday they were focusing on recovering the bodies and would begin an investigation first thing Monday. | - | Sunday=2017-12-31
          month found in | 2017-05-20 | In May, one of the missing girls was found with a baby. | - | May=2017-05
          month and year | 2017-05-20 | The Chibok girls were abducted in April 2014, drawing global attention. | - | April 2014=2014-04
          tenure span | 2017-12-31 | Laura Chinchilla, who was president of Costa Rica from 2010 to 2014, said on Twitter that her cousin had died in the accident. | 2010 |
          career span | 2016-11-14 | "I must say that he surprised me," said father, Jos, who competed in Formula One from 1994 to 2003. | 2003 |
          birth date | 2016-11-14 | Max Verstappen was born on September 30, 1997 in Belgium. | September 30, 1997 |
          publisher line | 2017-11-28 | 2015 Future Publishing A new PS4 update is incoming, and you can get early access with Sony's beta scheme | 2015 |
          wire credit | 2018-02-06 | (Feb. 6) AP | Feb. 6 |
          attributive champion | 2016-11-14 | Verstappen launched his Red Bull down the inside of turn one and the 2007 world champion was unable to respond. | 2007 |
          attributive target | 2018-03-12 | In January, Qualcomm announced an ambitious 2019 profit target predicated on a new $1 billion cost reduction plan. | 2019 | January=2018-01
          attributive photograph | 2018-02-07 | In this 1984 photograph of the first untethered spacewalk, NASA astronaut Bruce McCandless is in the midst of the tryout. | this 1984 |
          year after preposition | 2017-11-10 | The law was passed in 2016 after a long campaign. | - | 2016=2016
          birthday | 2018-01-01 | The family gave a surprise birthday party for Bruce, who turned 50 on Nov. 30. | Nov. 30 |
          clock reading beside another | 2000-08-17 | Baltin said that the Kursk submarine must have been rising to a periscopic level at between 11:30 a.m. and 11:45 a.m. Moscow time (0700 and 0745 GMT) on Saturday. | 0745 |
          event name with short year | 2000-01-05 | Having attended UNITY '99, we understand the needs of editors across the nation. | * |
          group named by a year | 1999-02-22 | Lee Jasper, director of the black policy group The 1990 Trust, said the report was full-blooded. | * |
          tenure span with a word after | 2017-11-30 | Hu Yaobang led the Communist Party from 1982 to 1987 before he was purged. | * |
          decade with apostrophe | 2017-11-30 | The American and the British governments would like Russia of the 1990’s under Yeltsin, when Russia was on its knees. | * |
          weekday in a paper's name | 1999-02-22 | Home Secretary Jack Straw obtained a judicial order on Saturday night forcing The Sunday Telegraph to drop an exclusive account of the report in its early editions, then had to back down when other papers protested the move. | Sunday |
          day counted from a happening | 2000-08-19 | At one point, there was talk of converting a Concorde to fly for Federal Express, Trubshaw says in "Concorde: The Inside Story," a book whose official publication date fell on the day after the crash. | * |
          participle in a past sentence | 2000-08-11 | U.S. investigators have suggested that a co-pilot of the jetliner may have deliberately plunged the plane into the sea, killing all 217 people aboard on Oct. 31. | - | Oct. 31=1999-10-31
          deadline in a past sentence | 2000-01-08 | The U.S. Immigration and Naturalization Service said last week the boy should be sent back to Cuba by Jan. 14. | - | Jan. 14=2000-01-14
          """)
  void trapDatesNoEntry(String kind, String published, String text, String trap, String real) {
    Map<String, String> dated = dated(published, text);
    if (trap.equals("*")) {
      assertThat(dated).as(kind).isEmpty();
    } else if (!trap.equals("-")) {
      assertThat(dated).as(kind).doesNotContainKey(trap);
    }
    if (real != null) {
      String[] kv = real.split("=");
      assertThat(dated).as(kind).containsEntry(kv[0], kv[1]);
    }
  }

  /**
   * A chronology writes each year once, on a heading line above its days (AP's "Key dates in the
   * Elian Gonzalez case", June 2000): the days below a heading are of its year, not the year
   * nearest the article date.
   */
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Nov. 22 | 1999-11-22
          Dec. 10 | 1999-12-10
          Jan. 5 | 2000-01-05
          April 6 | 2000-04-06
          """)
  void daysBelowAYearHeadingAreOfThatYear(String expression, String date) {
    String text =
        String.join(
            "\n",
            "Key dates in the Elian Gonzalez case:",
            "1999:",
            "Nov. 22 -- Elian, his mother and 12 others leave Cuba for U.S. aboard 16-foot motor"
                + " boat.",
            "Dec. 10 -- Lazaro Gonzalez applies for asylum for Elian.",
            "2000:",
            "Jan. 5 -- Immigration and Naturalization Service Commissioner Doris Meissner decides"
                + " Elian must be returned to Cuba.",
            "April 6 -- Juan Miguel Gonzalez, his wife and their son arrive in the United"
                + " States.");
    assertThat(dated("2000-06-28", text)).containsEntry(expression, date);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          piece of a cut weekday | 2018-01-01 | It was not immediately clear what caused the crash, which happened early Sunday afternoon in Nandayure.
          evening piece | 2018-01-02 | Officials said on Sunday evening that they were still seeking to establish the names.
          """)
  void piecesOfOneExpressionShareTheDay(String kind, String published, String text) {
    ObjectNode n = JSON.createObjectNode();
    n.put("text", text);
    n.put("date_publish", published + " 12:00:00");
    Article a =
        new Ingestor(IngestOptions.defaults())
            .readJsonLine("trap", 1, n.toString())
            .articles()
            .get(0);
    ArticleTimes t = ArticleTimes.of(a, LanguageLayer.shared().annotateAll(List.of(a)).get(a.id()));
    assertThat(t.timexes())
        .as(kind)
        .filteredOn(r -> r.value().startsWith("20"))
        .allMatch(r -> r.value().startsWith("2017-12-31"), "on Sunday 2017-12-31");
  }
}
