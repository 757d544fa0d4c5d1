// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.core.quotes;

import io.storylens.core.learn.WeightsFile;
import io.storylens.core.text.WordLists;
import io.storylens.model.Quote;
import io.storylens.model.SpeakerEvidence;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The probability that a quote's speaker is right, from how it was found ({@link SpeakerEvidence}
 * and the speaker kind), by a logistic model fitted on the hand-annotated development events with
 * leave-events-out cross-validation ({@code storylens eval speakers}; weights in {@code
 * speaker-confidence.tsv}). A speaker below the threshold is withheld: the threshold is where a
 * wrong speaker shown costs twice what a missing one does, the cost the project states for facts.
 */
public final class SpeakerConfidence {
  /** Feature names, in the order of {@link #features}. */
  public static final List<String> FEATURES =
      List.of(
          "named",
          "nominal_resolved",
          "nominal",
          "pronoun_resolved",
          "log_distance",
          "no_cue",
          "log_agreeing",
          "log_disagreeing",
          "log_articles",
          "one_word_name",
          "one_word_description",
          "marked",
          "indefinite",
          "document",
          "rule_prior_speaker",
          "rule_nearest_person",
          "rule_continuation",
          "rule_sentence_subject",
          "log_rivals",
          "nearer_person",
          "interview",
          "rule_salient_organization",
          "rule_joint",
          "rule_story_description",
          "rule_organization_pronoun",
          "rule_reported_subject",
          "rule_description_chain",
          "log_cued_elsewhere",
          "definite_role");

  /** Rules that carry a speaker over to a quote with no attribution of its own. */
  private static final Set<String> CONTINUATIONS =
      Set.of(ParagraphContinuation.RULE, Speakers.MAIN_SPEAKER);

  /**
   * An indefinite description ("a Met spokesman", "a relative") stands for a source the article
   * does not name; a definite one ("the director") for someone it usually does.
   */
  private static final Pattern INDEFINITE = Pattern.compile("(?i)(a|an|one)\\s");

  private static final Set<String> DOCUMENTS =
      WordLists.load(SpeakerConfidence.class, "document-heads.txt");

  private static final WeightsFile.Model MODEL =
      WeightsFile.read(SpeakerConfidence.class, "speaker-confidence.tsv", FEATURES);

  private SpeakerConfidence() {}

  /** The shipped model. */
  public static WeightsFile.Model model() {
    return MODEL;
  }

  /**
   * The feature vector of a speaker {@code candidate} of kind {@code kind} for a quote carried by
   * {@code articles} articles, {@code marked} or not.
   */
  public static double[] features(
      SpeakerKind kind, SpeakerEvidence e, int articles, boolean marked) {
    String candidate = e.candidate().strip();
    // A single word is a mononym or organization when it is a capitalized name (a surname other
    // articles of the story complete has been completed by then), a fragment when a description.
    boolean oneWord = !candidate.isEmpty() && !candidate.contains(" ");
    boolean name =
        oneWord
            && Character.isUpperCase(candidate.charAt(0))
            && kind != SpeakerKind.NOMINAL
            && kind != SpeakerKind.UNKNOWN;
    return new double[] {
      kind == SpeakerKind.NAMED ? 1 : 0,
      kind == SpeakerKind.NOMINAL_RESOLVED ? 1 : 0,
      kind == SpeakerKind.NOMINAL ? 1 : 0,
      kind == SpeakerKind.PRONOUN_RESOLVED ? 1 : 0,
      Math.log1p(e.distance()),
      e.cue() ? 0 : 1,
      Math.log1p(e.agreeing()),
      Math.log1p(e.disagreeing()),
      Math.log(Math.max(1, articles)),
      oneWord && name ? 1 : 0,
      oneWord && !name ? 1 : 0,
      marked ? 1 : 0,
      kind == SpeakerKind.NOMINAL && INDEFINITE.matcher(candidate).lookingAt() ? 1 : 0,
      kind == SpeakerKind.NOMINAL && document(candidate) ? 1 : 0,
      e.rule().equals("prior-speaker") ? 1 : 0,
      e.rule().equals("nearest-person") ? 1 : 0,
      CONTINUATIONS.contains(e.rule()) ? 1 : 0,
      e.rule().equals(SentenceSubject.RULE) ? 1 : 0,
      Math.log1p(e.rivals()),
      e.nearerPerson() ? 1 : 0,
      e.interview() ? 1 : 0,
      e.rule().equals(SalientOrganizations.RULE) ? 1 : 0,
      e.rule().equals(JointSpeakers.RULE) ? 1 : 0,
      e.rule().equals(StoryDescriptions.RULE) ? 1 : 0,
      e.rule().equals(OrganizationPronouns.RULE) ? 1 : 0,
      e.rule().equals(ReportedSubject.RULE) ? 1 : 0,
      e.rule().equals(DescriptionChain.RULE) ? 1 : 0,
      Math.log1p(e.cuedElsewhere()),
      kind == SpeakerKind.NOMINAL && definiteRole(candidate) ? 1 : 0
    };
  }

  /**
   * Whether description {@code candidate} is a definite role for one person that no name stands
   * beside ("the control tower", "the chief navigator", "the bishop"): in transcripts and wire copy
   * such roles are the speakers as the article gives them, unlike documents and organizations ("the
   * statement", "the company") that stand for someone the article names.
   */
  private static boolean definiteRole(String candidate) {
    return DescriptionChain.role(candidate.toLowerCase(Locale.ROOT));
  }

  /** Whether description {@code candidate}'s last word names a document ("the statement"). */
  private static boolean document(String candidate) {
    String[] w = candidate.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    return w.length > 0 && DOCUMENTS.contains(w[w.length - 1]);
  }

  /** The feature vector of a merged quote, from its evidence (its candidate, shown or not). */
  public static double[] features(Quote q) {
    SpeakerEvidence e = q.speakerEvidence();
    return features(SpeakerKind.of(e.candidateKind()), e, q.articles().size(), q.marked());
  }

  /** The probability that {@code candidate} of {@code kind} is the speaker; 0 without one. */
  static double of(SpeakerKind kind, SpeakerEvidence e, int articles, boolean marked) {
    if (kind == SpeakerKind.UNKNOWN || e.candidate().isBlank()) {
      return 0;
    }
    return MODEL.logistic().probability(features(kind, e, articles, marked));
  }

  /** Whether a speaker of kind {@code kind} and confidence {@code p} is shown. */
  static boolean shown(SpeakerKind kind, double p) {
    return shown(kind, p, MODEL.threshold());
  }

  /**
   * Whether a speaker is shown at {@code threshold}. Descriptions as written ("the company", "a
   * senior official") are judged like names: in the annotated events many are fragments or stand
   * where the article names the speaker, and the model rates them accordingly.
   */
  public static boolean shown(SpeakerKind kind, double p, double threshold) {
    return kind != SpeakerKind.UNKNOWN && p >= threshold;
  }
}
