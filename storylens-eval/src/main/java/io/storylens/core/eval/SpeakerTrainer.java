// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.eval;

import io.storylens.core.learn.Logistic;
import io.storylens.core.learn.WeightsFile;
import io.storylens.core.pipeline.Analyzer;
import io.storylens.core.quotes.SpeakerConfidence;
import io.storylens.core.quotes.SpeakerKind;
import io.storylens.model.ErrorCode;
import io.storylens.model.SpeakerEvidence;
import io.storylens.model.StorylensException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code storylens eval speakers --data DIR [--data DIR2 ...]}: fits the speaker confidence model
 * ({@link SpeakerConfidence}) on the quotations of hand-annotated dossier gold folders and reports
 * it with leave-events-out cross-validation: each event's speakers are scored by a model fitted on
 * the other events only, which is what a reader of unseen news gets.
 *
 * <p>A speaker is shown when its probability is at least {@link #THRESHOLD}: the point where
 * showing it is worth more than withholding it if a wrong speaker costs twice a missing one. With
 * the system property {@code storylens.train.write=FILE} the model fitted on all events is written
 * there (the shipped file is {@code speaker-confidence.tsv} beside {@link SpeakerConfidence}).
 */
public final class SpeakerTrainer implements EvalTask {
  /** Show a speaker from this probability on: cost of a wrong one 2, of a missing one 1. */
  static final double THRESHOLD = 2.0 / 3.0;

  /** L2 penalty on standardized weights: a dozen features, a few hundred examples. */
  static final double L2 = 1.0;

  @Override
  public String name() {
    return "speakers";
  }

  @Override
  public String description() {
    return "dossier gold folders (as eval dossier); fits and cross-validates speaker confidence";
  }

  @Override
  public boolean pools() {
    return true;
  }

  @Override
  public Map<String, Object> run(Path data, PrintStream out) {
    return run(List.of(data), out);
  }

  @Override
  public Map<String, Object> run(List<Path> data, PrintStream out) {
    DossierEval eval =
        new DossierEval(
            Boolean.getBoolean("storylens.eval.details"),
            articles -> Analyzer.builder().build().analyze(articles));
    List<DossierEval.Found> found = eval.score(data, out).found();
    outcomes(found, out);
    List<Sample> samples = samples(found);
    return report(samples, out, System.getProperty("storylens.train.write"));
  }

  /**
   * Prints what became of the found quotations' speakers: shown right or wrong, a right or wrong
   * candidate withheld, or no candidate at all; where the speakers a reader misses come from.
   */
  static void outcomes(List<DossierEval.Found> found, PrintStream out) {
    Map<String, Integer> n = new LinkedHashMap<>();
    for (String k :
        List.of("right shown", "wrong shown", "right withheld", "wrong withheld", "no candidate")) {
      n.put(k, 0);
    }
    for (DossierEval.Found f : found) {
      SpeakerEvidence e = f.quote().speakerEvidence();
      boolean right =
          DossierMatch.speakerRight(
              f.gold().speaker(), f.gold().speakerKind(), e.candidate(), e.candidateKind());
      String k =
          e.candidate().isBlank()
              ? "no candidate"
              : (right ? "right " : "wrong ")
                  + (f.quote().speaker().isBlank() ? "withheld" : "shown");
      n.merge(k, 1, Integer::sum);
    }
    out.println("speaker outcomes of " + found.size() + " found quotations: " + n);
  }

  /**
   * One found quotation with a speaker candidate: its features and whether the candidate is right.
   */
  record Sample(String event, SpeakerKind kind, double[] x, boolean right) {}

  static List<Sample> samples(List<DossierEval.Found> found) {
    List<Sample> out = new ArrayList<>();
    for (DossierEval.Found f : found) {
      SpeakerEvidence e = f.quote().speakerEvidence();
      if (e.candidate().isBlank()) {
        continue; // nothing to decide: the quote shows no speaker whatever the model says
      }
      boolean right =
          DossierMatch.speakerRight(
              f.gold().speaker(), f.gold().speakerKind(), e.candidate(), e.candidateKind());
      out.add(
          new Sample(
              f.event(),
              SpeakerKind.of(e.candidateKind()),
              SpeakerConfidence.features(f.quote()),
              right));
    }
    return out;
  }

  /** Fits, cross-validates, prints the figures and writes the model when {@code write} is set. */
  static Map<String, Object> report(List<Sample> samples, PrintStream out, String write) {
    if (samples.isEmpty()) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "no found quotation has a speaker");
    }
    TreeSet<String> events = new TreeSet<>();
    samples.forEach(s -> events.add(s.event()));
    if (events.size() < 2) {
      throw new StorylensException(
          ErrorCode.INVALID_INPUT,
          "leave-events-out needs speakers in two events or more, got " + events);
    }
    double[] cv = new double[samples.size()];
    for (String held : events) {
      List<Sample> train = samples.stream().filter(s -> !s.event().equals(held)).toList();
      Logistic m = fit(train);
      for (int i = 0; i < samples.size(); i++) {
        if (samples.get(i).event().equals(held)) {
          cv[i] = m.probability(samples.get(i).x());
        }
      }
    }
    Logistic all = fit(samples);
    double[] in = samples.stream().mapToDouble(s -> all.probability(s.x())).toArray();
    double[] certain = new double[samples.size()];
    Arrays.fill(certain, 1.0);
    Decisions base = Decisions.of(samples, certain, THRESHOLD);
    Decisions cross = Decisions.of(samples, cv, THRESHOLD);
    Decisions dev = Decisions.of(samples, in, THRESHOLD);
    out.printf(
        Locale.ROOT,
        "speaker candidates %d in %d events; right %d%n"
            + "show all:                 shown %d, precision %.3f%n"
            + "leave-events-out (p>=%.2f): shown %d, precision %.3f, right kept %.3f%n"
            + "fitted on all (dev):      shown %d, precision %.3f, right kept %.3f%n",
        samples.size(),
        events.size(),
        base.right,
        base.shown,
        base.precision(),
        THRESHOLD,
        cross.shown,
        cross.precision(),
        cross.rightKept(),
        dev.shown,
        dev.precision(),
        dev.rightKept());
    out.println("calibration (leave-events-out): predicted → observed");
    for (int b = 0; b < 5; b++) {
      double lo = b / 5.0;
      double hi = (b + 1) / 5.0;
      int n = 0;
      int right = 0;
      double sum = 0;
      for (int i = 0; i < cv.length; i++) {
        if (cv[i] >= lo && (cv[i] < hi || b == 4)) {
          n++;
          sum += cv[i];
          right += samples.get(i).right() ? 1 : 0;
        }
      }
      if (n > 0) {
        out.printf(
            Locale.ROOT,
            "  %.1f–%.1f: %3d quotes, mean %.2f → %.2f%n",
            lo,
            hi,
            n,
            sum / n,
            (double) right / n);
      }
    }
    for (int j = 0; j < SpeakerConfidence.FEATURES.size(); j++) {
      out.printf(
          Locale.ROOT,
          "  weight %-17s %+.3f%n",
          SpeakerConfidence.FEATURES.get(j),
          all.weights()[j]);
    }
    if (write != null && !write.isBlank()) {
      write(Path.of(write), all, samples.size(), events.size());
      out.println("wrote " + write);
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("candidates", samples.size());
    f.put("events", events.size());
    f.put("show_all_precision", round(base.precision()));
    f.put("cv_shown_precision", round(cross.precision()));
    f.put("cv_right_kept", round(cross.rightKept()));
    f.put("dev_shown_precision", round(dev.precision()));
    f.put("dev_right_kept", round(dev.rightKept()));
    return f;
  }

  static Logistic fit(List<Sample> samples) {
    double[][] x = samples.stream().map(Sample::x).toArray(double[][]::new);
    boolean[] y = new boolean[samples.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = samples.get(i).right();
    }
    return Logistic.fit(SpeakerConfidence.FEATURES, x, y, L2);
  }

  private static void write(Path file, Logistic m, int samples, int events) {
    String text =
        WeightsFile.format(
            new WeightsFile.Model(m, THRESHOLD),
            List.of(
                "Speaker confidence: logistic model of P(speaker right) over the features of",
                "SpeakerConfidence. Written by `storylens eval speakers` with",
                "-Dstorylens.train.write; fitted on "
                    + samples
                    + " speaker candidates of "
                    + events
                    + " annotated events.",
                "Threshold: a wrong speaker costs twice a missing one."));
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorylensException(ErrorCode.INVALID_INPUT, "cannot write " + file + ": " + e, e);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /** Counts of the speakers shown at a threshold. */
  private record Decisions(int shown, int shownRight, int right) {
    static Decisions of(List<Sample> samples, double[] p, double threshold) {
      int shown = 0;
      int shownRight = 0;
      int right = 0;
      for (int i = 0; i < p.length; i++) {
        boolean r = samples.get(i).right();
        right += r ? 1 : 0;
        if (SpeakerConfidence.shown(samples.get(i).kind(), p[i], threshold)) {
          shown++;
          shownRight += r ? 1 : 0;
        }
      }
      return new Decisions(shown, shownRight, right);
    }

    double precision() {
      return shown == 0 ? 0 : (double) shownRight / shown;
    }

    double rightKept() {
      return right == 0 ? 0 : (double) shownRight / right;
    }
  }
}
