// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParsingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-12-28|2021-12-28",
        "20211229|2021-12-29",
        "Tue, 18 Jan 2022|2022-01-18",
        "Tue, 18 Jan 2022 10:15:00 GMT|2022-01-18",
        "2016-06-19T12:40:20|2016-06-19",
        "2021-12-29T14:02:11-05:00|2021-12-29",
        "December 27, 2021|2021-12-27",
        "Sept. 3, 2020|2020-09-03",
        "18 January 2022|2022-01-18"
      })
  void parsesTheNotationsFoundInHeadersAndMetadata(String raw, String expected) {
    assertThat(DateParsing.parse(raw)).contains(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "February 30, 2022", "20221345", "yesterday", "Mayday 3, 2020"})
  void rejectsWhatIsNotADate(String raw) {
    assertThat(DateParsing.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.washingtontimes.com:443/news/2021/dec/29/president-joe-biden/, 2021-12-29",
    "https://www.nytimes.com/2016/06/20/world/middleeast/x.html, 2016-06-20",
    "https://example.com/a/2019-03-04-slug, 2019-03-04"
  })
  void findsDatesInUrlPaths(String url, String expected) {
    assertThat(DateParsing.fromUrl(url)).contains(LocalDate.parse(expected));
  }
}
