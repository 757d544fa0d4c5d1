// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineFilterTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "LinkNaija October 06, 2018",
        "Updated: 18 Nov 2019, 19:11",
        "Marcus De Guzman 2019-11-20 17:27:46",
        "Published 4:00 am CST, Wednesday, November 20, 2019"
      })
  void recognizesDateLines(String line) {
    assertThat(DatelineFilter.isDateline(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "— Dele (@dele_official) November 19, 2019",
        "The council voted in March 2019 to close the bridge.",
        "Sales rose 4% in 2019",
        "Seats are still available for the November 2019 concert series in the park"
      })
  void keepsProseAndPostAttributions(String line) {
    assertThat(DatelineFilter.isDateline(line)).isFalse();
  }
}
