// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
/**
 * Small learned models shared by the stages: a logistic regression fitted by Newton's method and
 * its weights as a resource file. Written by hand because the models have a dozen features and a
 * few hundred examples: a machine-learning library would add megabytes for forty lines of algebra,
 * and the fit must be exactly reproducible so that shipped weights can be checked against a refit.
 */
package io.storylens.core.learn;
