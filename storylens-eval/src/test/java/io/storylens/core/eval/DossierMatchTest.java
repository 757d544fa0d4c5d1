// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierMatchTest {
  @ParameterizedTest(name = "{0} / {1} vs {2} / {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Joseph Lombardo|person|Lombardo|named|true",
        "Joseph Lombardo|person|Sheriff Joseph Lombardo|named|true",
        "Joseph Lombardo|person|Joseph Smith|named|false",
        "Kim Jong Un|person|Kim Jong-un|named|true",
        "Kim Jong Un|person|Kim|named|false",
        "Martin Luther King Jr.|person|King|named|true",
        "Las Vegas Metropolitan Police Department|organization|LVMPD|named|true",
        "Las Vegas Metropolitan Police Department|organization|the police|nominal|false",
        "Broadcom|organization|Broadcom Ltd|named|true",
        "a police spokesman|nominal|a spokesman|nominal|true",
        "a police spokesman|nominal|John Smith|named|false",
        "unknown|unknown|''|unknown|true",
        "unknown|unknown|Smith|named|false",
        "Michael Soto|person|''|unknown|false",
      })
  void speakers(String gold, String goldKind, String shown, String shownKind, boolean right) {
    assertThat(DossierMatch.speakerRight(gold, goldKind, shown, shownKind)).isEqualTo(right);
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "No possibility can be left out for certain|“No possibility can be left out,” he said|true",
        "We’re in utter shock and disbelief|We're in utter shock and disbelief right now|true",
        "We are in utter shock|We are not in utter shock|false",
        "Short|Short|true",
      })
  void starts(String start, String quote, boolean found) {
    assertThat(DossierMatch.startFound(start, quote)).isEqualTo(found);
  }

  @ParameterizedTest(name = "{0} vs {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1,200 people|1200|true",
        "12 dead|at least 12 people were killed|true",
        "12 dead|10 Americans|false",
        "Mazar-i-Sharif|Mazar-e-Sharif|false",
        "Timberlake's|Timberlake|true",
        "Timberake's|Timberlake|false",
        "weather and visibility were ideal|weather and visibility ideal|true",
        "strong winds|weather was ideal|false",
      })
  void values(String flagged, String gold, boolean match) {
    assertThat(DossierMatch.valueMatches(flagged, gold)).isEqualTo(match);
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
    "2017-12-31,2017-12,true,true",
    "2017,2017-12-31,true,false",
    "2017-12-31,2017-12-31,true,true",
    "2017-12-30,2017-12-31,false,false"
  })
  void dates(String entry, String gold, boolean compatible, boolean recalled) {
    assertThat(DossierMatch.dateCompatible(entry, gold)).isEqualTo(compatible);
    assertThat(DossierMatch.dateRecalled(entry, gold)).isEqualTo(recalled);
  }

  @ParameterizedTest
  @CsvSource({
    "2100,2100 GMT,true",
    "May,PM Theresa May,true",
    "Dec. 31,12:10 p.m.,false",
    "Sunday,Sunday's crash,true"
  })
  void traps(String expression, String trap, boolean inside) {
    assertThat(DossierMatch.insideTrap(expression, trap)).isEqualTo(inside);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"55|57|55|57|true", "55|55|55|57|false", "55|60|55|57|false"})
  void flagsNeedTwoDifferentGoldValues(String f1, String f2, String g1, String g2, boolean m) {
    assertThat(DossierMatch.flagMatches(List.of(f1, f2), List.of(g1, g2))).isEqualTo(m);
  }
}
