// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storylens.model.Provenance;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutletsTest {
  @Test
  void hostWithoutWwwAndPort() {
    assertThat(Outlets.host("https://www.washingtontimes.com:443/news/x"))
        .contains("washingtontimes.com");
    assertThat(Outlets.host("not a url")).isEmpty();
  }

  @Test
  void wireDatelineNamesTheOutlet() {
    var o = Outlets.fromText("WASHINGTON (AP) — The Senate voted on Tuesday.");
    assertThat(o.value()).contains("AP");
    assertThat(o.from()).isEqualTo(Provenance.BODY);
  }

  @Test
  void anInterviewGivenToTheOutletNamesIt() {
    var o =
        Outlets.fromText(
            "“A weak game plan,” Republican Nebraska Sen. Ben Sasse told the Daily Caller as Russia’s presence ramped up.");
    assertThat(o.value()).contains("Daily Caller");
  }

  @Test
  void aLongCapitalizedRunAfterToldIsScannedInLinearTime() {
    // Found by the fuzzer: the earlier pattern backtracked polynomially into such a run and hung.
    // The bound is a hang guard (minutes before the fix), not a speed target.
    String body = "He told " + "AbCd".repeat(4000) + " x and told the Daily Caller as well.";
    var o =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Outlets.fromText(body));
    assertThat(o.value()).contains("Daily Caller");
  }

  @Test
  void agenciesAndReportersAreNotOutlets() {
    assertThat(Outlets.fromText("a spokesperson told reporters on Monday.").value()).isEmpty();
    assertThat(
            Outlets.fromText(
                    "a spokesperson told the AFP and Reuters news agencies on December 27.")
                .value())
        .isEmpty();
  }

  @Test
  void creditsAreListed() {
    assertThat(Outlets.credits("Body text.\nBased on reporting by AFP and Reuters"))
        .containsExactly("AFP", "Reuters");
    assertThat(
            Outlets.credits(
                "Copyright (c) 2018. RFE/RL, Inc. Republished with the permission of Radio Free"
                    + " Europe/Radio Liberty, Washington DC 20036"))
        .containsExactly("Radio Free Europe/Radio Liberty");
  }
}
